import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { OwnedRecordEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';

export const NEED_CATEGORIES = [
  'compute',
  'storage',
  'data_management',
  'identity_access',
  'training',
  'consultancy',
  'network',
  'other',
] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];
export const NeedCategoryEnum = graphqlEnum(NEED_CATEGORIES, 'NeedCategory', 'What sort of e-infrastructure need.');

/** From least to most pressing. */
export const NEED_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export type NeedPriority = (typeof NEED_PRIORITIES)[number];
export const NeedPriorityEnum = graphqlEnum(NEED_PRIORITIES, 'NeedPriority', 'How pressing a need is.');

/** identified → being addressed → fulfilled or not pursued. */
export const NEED_STATUSES = ['identified', 'being_addressed', 'fulfilled', 'not_pursued'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const NeedStatusEnum = graphqlEnum(
  NEED_STATUSES,
  'NeedStatus',
  'Where a need stands: IDENTIFIED → BEING_ADDRESSED → FULFILLED or NOT_PURSUED.',
);
/** The statuses of a need still to be met. */
export const OPEN_NEED_STATUSES: readonly NeedStatus[] = ['identified', 'being_addressed'];

/** An e-infrastructure need of an organization or of a project (exactly one of them). */
@ObjectType({ description: 'An e-infrastructure need of an organization or of a project.' })
@Entity('needs')
export class Need extends OwnedRecordEntity {
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Field({ description: 'What is needed, in a few words.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => NeedCategoryEnum, { description: 'What sort of need.' })
  @Column({ type: 'text' })
  category: NeedCategory;

  @Field({ description: 'The need in detail (markdown); empty when not described.' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => NeedPriorityEnum, { description: 'How pressing it is.' })
  @Column({ type: 'text', default: 'medium' })
  priority: NeedPriority;

  @Field(() => NeedStatusEnum, { description: 'Where it stands.' })
  @Column({ type: 'text', default: 'identified' })
  status: NeedStatus;

  /** Where we learnt of the need: a meeting, a survey, a person. */
  @Field(() => String, { nullable: true, description: 'Where we learnt of it: a meeting, a survey, a person.' })
  @Column({ type: 'text', nullable: true })
  source: string | null;
}

/** The fields clients edit, recorded one by one in the history. */
export const NEED_FIELDS = [
  'title',
  'category',
  'description',
  'priority',
  'status',
  'source',
  'organizationId',
  'projectId',
  'ownerId',
  'teamId',
] as const satisfies readonly (keyof Need)[];
