import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../core/graphql/enums';

const CHANGE_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'link',
  'unlink',
  'merge',
  'revert',
  'erase',
  'export',
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];
export const ChangeActionEnum = graphqlEnum(CHANGE_ACTIONS, 'ChangeAction', 'What a change did to its record.', {
  create: 'The record was created.',
  update: 'Fields of the record (or of one of its links) were changed.',
  delete: 'The record was moved to the trash.',
  restore: 'The record was brought back from the trash.',
  link: 'A link to another record was made.',
  unlink: 'A link to another record was removed.',
  merge: 'A duplicate was merged into the record, or the record into another one.',
  revert: 'An earlier change was undone.',
  erase: 'Personal data was erased on request.',
  export: 'Personal data was exported on request.',
});

/** Field-by-field before and after values of one change. */
export type ChangeDiff = Record<string, { before: unknown; after: unknown }>;

/**
 * One audit entry: who changed which fields of which record, and when. It has no foreign key
 * to the record so that history outlives the record itself.
 */
@ObjectType({ description: 'One entry of the history: who changed which fields of which record, and when.' })
@Entity('changes')
export class Change {
  @Field(() => ID, { description: 'The unique id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When the change was made (the start of its transaction).' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'The type of the changed record: Organization, Contact, Project …' })
  @Column({ type: 'text' })
  recordType: string;

  @Field(() => ID, { description: 'The id of the changed record.' })
  @Column({ type: 'uuid' })
  recordId: string;

  @Field(() => ChangeActionEnum, { description: 'What the change did.' })
  @Column({ type: 'text' })
  action: ChangeAction;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  diff: ChangeDiff;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'uuid', nullable: true })
  revertsChangeId: string | null;
}
