import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ExternalIdKind = 'organization' | 'contact';

/** A record's identifier in the system it was imported from: unique per kind and source. */
@Entity('external_ids')
export class ExternalId {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'text' })
  kind: ExternalIdKind;

  @Column({ type: 'uuid' })
  recordId: string;

  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'text' })
  externalId: string;

  /** The import that set it, so that undoing the import removes it. */
  @Column({ type: 'uuid', nullable: true })
  importJobId: string | null;
}
