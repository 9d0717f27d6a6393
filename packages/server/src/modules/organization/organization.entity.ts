import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { OwnedRecordEntity } from '../../core/db/record.entity';

export const ORGANIZATION_KINDS = [
  'research_institute',
  'university',
  'company',
  'non_profit',
  'government_body',
  'research_infrastructure',
  'consortium',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** A "client" endpoint: an institute, university, company, infrastructure … */
@Entity('organizations')
export class Organization extends OwnedRecordEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Organization | null;
}
