import { Column, Entity } from 'typeorm';
import { OwnedRecordEntity } from '../../core/db/record.entity';

export const PROJECT_KINDS = ['esfri', 'national', 'international', 'collaboration', 'initiative', 'other'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const PROJECT_STATUSES = ['planned', 'active', 'completed', 'suspended', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Long-term work or an initiative: an ESFRI project, a national project, a collaboration. */
@Entity('projects')
export class Project extends OwnedRecordEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Column({ type: 'text' })
  kind: ProjectKind;

  @Column({ type: 'text', default: 'active' })
  status: ProjectStatus;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'text', nullable: true })
  scientificDomain: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
