import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { LinkEntity } from '../../core/db/record.entity';
import { Organization } from '../organization/organization.entity';
import { Contact } from './contact.entity';

/** A contact's position at an organization. A contact has at most one primary affiliation. */
@ObjectType({ description: "A contact's position at an organization; a contact may have several." })
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

  /** Role or position; empty when unknown (the API says null). */
  @Column({ type: 'text', default: '' })
  role: string;

  @Field({ name: 'primary', description: "Whether this is the contact's main affiliation (one at most)." })
  @Column({ type: 'boolean', default: false })
  isPrimary: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Since when.' })
  @Column({ type: 'date', nullable: true })
  since: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Until when; null while it lasts.' })
  @Column({ type: 'date', nullable: true })
  until: string | null;
}

/** An affiliation as it is written in the history of both of its ends. */
export function affiliationSnapshot(affiliation: Affiliation) {
  return {
    id: affiliation.id,
    contactId: affiliation.contactId,
    organizationId: affiliation.organizationId,
    role: affiliation.role,
    isPrimary: affiliation.isPrimary,
    since: affiliation.since,
    until: affiliation.until,
  };
}
