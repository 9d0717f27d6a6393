import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { OwnedRecordEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';

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
export const ConsentBasisEnum = graphqlEnum(
  CONSENT_BASES,
  'ConsentBasis',
  'The legal basis (GDPR article 6) on which we hold the personal data of a contact.',
);

/**
 * A person we know. `emails` and `phones` have no `@Field` here: the contact resolver shows
 * them only to editors and admins.
 */
@ObjectType({ description: 'A person we know: a researcher, a manager, a community member.' })
@Entity('contacts')
export class Contact extends OwnedRecordEntity {
  @Field(() => String, { nullable: true, description: 'Given name.' })
  @Column({ type: 'text', nullable: true })
  firstName: string | null;

  @Field({ description: 'Family name.' })
  @Column({ type: 'text' })
  lastName: string;

  @Field(() => String, { nullable: true, description: 'Job title or position, as the person gives it.' })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emails: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phones: string[];

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  /** Topics the person works on or knows about. */
  @Field(() => [String], { description: 'Topics the person works on or knows about.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise: string[];

  @Field(() => String, { nullable: true, description: 'Free notes about the person.' })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => ConsentBasisEnum, {
    nullable: true,
    description: 'The legal basis on which we hold their personal data; null when none is recorded.',
  })
  @Column({ type: 'text', nullable: true })
  consentBasis: ConsentBasis | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When that basis was established.' })
  @Column({ type: 'date', nullable: true })
  consentDate: string | null;

  @Field(() => String, { nullable: true, description: 'Where the consent comes from: a form, an email, an event.' })
  @Column({ type: 'text', nullable: true })
  consentSource: string | null;

  /** Set when the person's data was erased on request: the row stays as a tombstone. */
  @Field(() => Date, { nullable: true, description: 'When the personal data was erased; the record is a tombstone.' })
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}

/** The fields clients edit, recorded one by one in the history. */
export const CONTACT_FIELDS = [
  'firstName',
  'lastName',
  'title',
  'emails',
  'phones',
  'country',
  'expertise',
  'notes',
  'consentBasis',
  'consentDate',
  'consentSource',
  'ownerId',
  'teamId',
] as const satisfies readonly (keyof Contact)[];

/** "Ada Lovelace", or the family name alone. */
export function fullName(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  return [contact.firstName, contact.lastName].filter((part) => part?.trim()).join(' ');
}
