import { Column, Entity } from 'typeorm';
import type { Visibility } from '../../core/auth/visibility';
import { OwnedRecordEntity } from '../../core/db/record.entity';

export const ACTIVITY_KINDS = ['call', 'meeting', 'event', 'todo', 'email', 'note'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Short-term work: a call, a meeting, an event, a to-do, an email or a note. */
@Entity('activities')
export class Activity extends OwnedRecordEntity {
  @Column({ type: 'text' })
  kind: ActivityKind;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'text', default: 'planned' })
  status: ActivityStatus;

  @Column({ type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'text', default: 'everyone' })
  visibility: Visibility;
}
