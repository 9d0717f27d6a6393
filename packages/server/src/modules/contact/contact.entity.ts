import { Column, Entity } from 'typeorm';
import { OwnedRecordEntity } from '../../core/db/record.entity';

/** The legal bases of the GDPR (article 6) on which personal data may be held. */
export const CONSENT_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const;
export type ConsentBasis = (typeof CONSENT_BASES)[number];

/** A person we know. */
@Entity('contacts')
export class Contact extends OwnedRecordEntity {
  @Column({ type: 'text', nullable: true })
  firstName: string | null;

  @Column({ type: 'text' })
  lastName: string;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emails: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phones: string[];

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  /** Topics the person works on or knows about. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise: string[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'text', nullable: true })
  consentBasis: ConsentBasis | null;

  @Column({ type: 'date', nullable: true })
  consentDate: string | null;

  @Column({ type: 'text', nullable: true })
  consentSource: string | null;
}
