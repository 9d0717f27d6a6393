import { createUnionType, Field, ID, ObjectType, type ClassType } from 'type-graphql';
import { graphqlEnum } from '../../../core/graphql/enums';
import { ConnectionType } from '../../../core/graphql/pagination';
import { Activity } from '../../activity/activity.entity';
import { Contact } from '../../contact/contact.entity';
import { Document } from '../../document/document.entity';
import { Need } from '../../need/need.entity';
import { Organization } from '../../organization/organization.entity';
import { Project } from '../../project/project.entity';

export const TRASH_TYPES = ['organization', 'contact', 'project', 'activity', 'document', 'need'] as const;
export type TrashTypeValue = (typeof TRASH_TYPES)[number];
export const TrashType = graphqlEnum(TRASH_TYPES, 'TrashType', 'The kinds of record that go to the trash.');

/** The entity of each kind of trashed record. */
export const TRASH_ENTITIES: Record<TrashTypeValue, ClassType<{ id: string }>> = {
  organization: Organization,
  contact: Contact,
  project: Project,
  activity: Activity,
  document: Document,
  need: Need,
};

export const TrashedRecord = createUnionType({
  name: 'TrashedRecord',
  description: 'A record in the trash.',
  types: () => [Organization, Contact, Project, Activity, Document, Need] as const,
});

@ObjectType({
  description: 'A record in the trash, with who trashed it and when; restore it with its restore mutation.',
})
export class TrashItem {
  @Field(() => TrashType, { description: 'What kind of record it is.' })
  type: TrashTypeValue;

  @Field(() => ID, { description: 'The id of the record.' })
  id: string;

  @Field({ description: 'Its name, title or subject.' })
  title: string;

  @Field({ description: 'When it was moved to the trash.' })
  deletedAt: Date;

  deletedById: string | null;
}

@ObjectType()
export class TrashItemConnection extends ConnectionType(TrashItem) {}
