import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import type { Visibility } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import { OwnedRecordEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';

export const ACTIVITY_KINDS = ['call', 'meeting', 'event', 'todo', 'email', 'note'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ActivityKindEnum = graphqlEnum(ACTIVITY_KINDS, 'ActivityKind', 'What sort of activity.');

export const ACTIVITY_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ActivityStatusEnum = graphqlEnum(
  ACTIVITY_STATUSES,
  'ActivityStatus',
  'Where an activity stands: PLANNED, DONE or CANCELLED.',
);

/** Short-term work: a call, a meeting, an event, a to-do, an email or a note. */
@ObjectType({ description: 'Short-term work: a call, a meeting, an event, a to-do, an email or a note.' })
@Entity('activities')
export class Activity extends OwnedRecordEntity {
  @Field(() => ActivityKindEnum, { description: 'What sort of activity.' })
  @Column({ type: 'text' })
  kind: ActivityKind;

  @Field({ description: 'What it is about, in one line.' })
  @Column({ type: 'text' })
  subject: string;

  @Field(() => String, { nullable: true, description: 'Details: agenda, what was said.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'What came out of it.' })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Field(() => ActivityStatusEnum, { description: 'Planned, done or cancelled.' })
  @Column({ type: 'text', default: 'planned' })
  status: ActivityStatus;

  @Field(() => Date, { nullable: true, description: 'When it starts (calls, meetings, events).' })
  @Column({ type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it ends; not before it starts.' })
  @Column({ type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it is due (to-dos).' })
  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Where it takes place: a room, a city, a video link.' })
  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Field(() => VisibilityEnum, { description: 'Who may see it.' })
  @Column({ type: 'text', default: 'everyone' })
  visibility: Visibility;
}

/** The fields clients edit, recorded one by one in the history. */
export const ACTIVITY_FIELDS = [
  'kind',
  'subject',
  'description',
  'outcome',
  'status',
  'startsAt',
  'endsAt',
  'dueAt',
  'location',
  'visibility',
  'ownerId',
  'teamId',
] as const satisfies readonly (keyof Activity)[];
