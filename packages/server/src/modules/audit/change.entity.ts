import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const CHANGE_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'link',
  'unlink',
  'merge',
  'revert',
  'erase',
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/** Field-by-field before and after values of one change. */
export type ChangeDiff = Record<string, { before: unknown; after: unknown }>;

/**
 * One audit entry: who changed which fields of which record, and when. It has no foreign key
 * to the record so that history outlives the record itself.
 */
@Entity('changes')
export class Change {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  recordType: string;

  @Column({ type: 'uuid' })
  recordId: string;

  @Column({ type: 'text' })
  action: ChangeAction;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  diff: ChangeDiff;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'uuid', nullable: true })
  revertsChangeId: string | null;
}
