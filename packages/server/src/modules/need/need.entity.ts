import { Column, Entity } from 'typeorm';
import { OwnedRecordEntity } from '../../core/db/record.entity';

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

export const NEED_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export type NeedPriority = (typeof NEED_PRIORITIES)[number];

/** identified → being addressed → fulfilled or not pursued. */
export const NEED_STATUSES = ['identified', 'being_addressed', 'fulfilled', 'not_pursued'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** An e-infrastructure need of an organization or of a project (exactly one of them). */
@Entity('needs')
export class Need extends OwnedRecordEntity {
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  category: NeedCategory;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: 'medium' })
  priority: NeedPriority;

  @Column({ type: 'text', default: 'identified' })
  status: NeedStatus;

  /** Where we learnt of the need: a meeting, a survey, a person. */
  @Column({ type: 'text', nullable: true })
  source: string | null;
}
