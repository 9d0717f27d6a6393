import { Field, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../../core/graphql/enums';
import { Activity } from '../../activity/activity.entity';
import { Document } from '../../document/document.entity';
import { Change } from '../../shared/change.entity';

export const TIMELINE_KINDS = ['activity', 'document', 'link', 'change'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export const TimelineItemKindEnum = graphqlEnum(TIMELINE_KINDS, 'TimelineItemKind', 'What a timeline item is.', {
  activity: 'An activity concerning the record (for a contact, also one they take part in); `activity` is set.',
  document: 'A document attached to the record; `document` is set.',
  link: 'A link to another record made or removed; `change` is set.',
  change: 'The record itself created, changed, trashed, restored, merged or reverted; `change` is set.',
});

@ObjectType({ description: 'One thing in the life of a record: an activity, a document, a link or a change.' })
export class TimelineItem {
  @Field(() => TimelineItemKindEnum, { description: 'What it is; says which of the other fields is set.' })
  kind: TimelineKind;

  @Field({
    description:
      'When: an activity when it starts (else is due, else was recorded), a document when it was recorded, a change when it was made.',
  })
  at: Date;

  @Field(() => Activity, { nullable: true, description: 'The activity, for an ACTIVITY item.' })
  activity: Activity | null;

  @Field(() => Document, { nullable: true, description: 'The document, for a DOCUMENT item.' })
  document: Document | null;

  @Field(() => Change, { nullable: true, description: 'The change, for a LINK or CHANGE item.' })
  change: Change | null;
}
