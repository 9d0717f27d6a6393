import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { LinkEntity } from '../../core/db/record.entity';
import { Organization } from '../organization/organization.entity';
import { Contact } from './contact.entity';

/** A contact's position at an organization. A contact has at most one primary affiliation. */
@Entity('affiliations')
export class Affiliation extends LinkEntity {
  @Column({ type: 'uuid' })
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** Role or position; empty when unknown. */
  @Column({ type: 'text', default: '' })
  role: string;

  @Column({ type: 'boolean', default: false })
  isPrimary: boolean;

  @Column({ type: 'date', nullable: true })
  since: string | null;

  @Column({ type: 'date', nullable: true })
  until: string | null;
}
