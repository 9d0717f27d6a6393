import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { SortDirection, describedEnum } from '../../core/graphql/enums';
import { RecordFilter } from '../shared/record-filter';
import { InProjectsFilter, LinkedToProjectFilter } from '../organization/organization.inputs';
import { ORGANIZATION_KINDS, OrganizationKindEnum, type OrganizationKind } from '../organization/organization.entity';
import { CONSENT_BASES, ConsentBasisEnum, type ConsentBasis } from './contact.entity';

const COUNTRY = /^[A-Z]{2}$/;
const COUNTRY_MESSAGE = 'country must be a two-letter ISO 3166 code in capitals, like FR';
const PHONE = /^[+0-9 ()./-]{3,40}$/;
const PHONE_MESSAGE = 'each phone number must be 3 to 40 digits, spaces and + ( ) . / -';
const EMAIL_MESSAGE = 'each email must be a valid address, like ada@example.org';
const EXPERTISE_MESSAGE = 'each expertise topic must be 1 to 100 characters, not blank';
export const CONSENT_DATE_MESSAGE = 'consentDate is required when a consent basis is given';

/** The editable fields, shared by creation and update; every one optional here. */
@InputType()
abstract class ContactFieldsInput {
  @Field(() => String, { nullable: true, description: 'Given name.' })
  @IsOptional()
  @MaxLength(200)
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Job title or position.' })
  @IsOptional()
  @MaxLength(300)
  title?: string | null;

  @Field(() => [String], { nullable: true, description: 'Email addresses, the preferred one first.' })
  @IsOptional()
  @IsEmail({}, { each: true, message: EMAIL_MESSAGE })
  @ArrayUnique({ message: 'emails must not repeat an address' })
  @ArrayMaxSize(20)
  emails?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Phone numbers, international form preferred.' })
  @IsOptional()
  @Matches(PHONE, { each: true, message: PHONE_MESSAGE })
  @ArrayMaxSize(20)
  phones?: string[] | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, upper case.' })
  @IsOptional()
  @Matches(COUNTRY, { message: COUNTRY_MESSAGE })
  country?: string | null;

  @Field(() => [String], { nullable: true, description: 'Topics the person works on or knows about.' })
  @IsOptional()
  @Length(1, 100, { each: true, message: EXPERTISE_MESSAGE })
  @Matches(/\S/, { each: true, message: EXPERTISE_MESSAGE })
  @ArrayMaxSize(50)
  expertise?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Free notes about the person.' })
  @IsOptional()
  @MaxLength(20000)
  notes?: string | null;

  @Field(() => ConsentBasisEnum, { nullable: true, description: 'Legal basis for holding their data.' })
  @IsOptional()
  @IsIn(CONSENT_BASES)
  consentBasis?: ConsentBasis | null;

  @Field(() => String, { nullable: true, description: 'Where the consent comes from.' })
  @IsOptional()
  @MaxLength(500)
  consentSource?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible user.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team it belongs to.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Where a new contact works, created with the contact.' })
export class NewContactAffiliationInput {
  @Field(() => ID, { description: 'The organization.' })
  @IsUUID()
  organizationId: string;

  @Field(() => String, { nullable: true, description: 'Role or position there; none when unknown.' })
  @IsOptional()
  @MaxLength(200)
  role?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it is their main affiliation; true when not given.' })
  @IsOptional()
  @IsBoolean()
  primary?: boolean | null;
}

@InputType({
  description:
    'A new contact. A consent basis needs its date. An email address another contact already has is refused ' +
    '(BAD_USER_INPUT with `reason: DUPLICATE_EMAIL`) unless `allowDuplicateEmail` is true.',
})
export class CreateContactInput extends ContactFieldsInput {
  @Field({ description: 'Family name.' })
  @Length(1, 200)
  @Matches(/\S/, { message: 'lastName must not be blank' })
  lastName: string;

  // `IsDefined` is checked even though missing properties are otherwise skipped.
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When that basis was established.' })
  @ValidateIf((input: CreateContactInput) => input.consentBasis != null)
  @IsDefined({ message: CONSENT_DATE_MESSAGE })
  consentDate?: string | null;

  @Field(() => NewContactAffiliationInput, {
    nullable: true,
    description: 'An organization they work at: the affiliation is created with the contact, or neither is.',
  })
  @IsOptional()
  @ValidateNested()
  affiliation?: NewContactAffiliationInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Create the contact even when another contact has one of its email addresses.',
  })
  @IsOptional()
  @IsBoolean()
  allowDuplicateEmail?: boolean | null;
}

@InputType({ description: 'Changes to a contact: only the fields given change.' })
export class UpdateContactInput extends ContactFieldsInput {
  @Field(() => ID, { description: 'The contact.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true, description: 'Family name; cannot be removed.' })
  @IsOptional()
  @Length(1, 200)
  @Matches(/\S/, { message: 'lastName must not be blank' })
  lastName?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'When that basis was established; cannot be removed while a basis is recorded.',
  })
  consentDate?: string | null;
}

@InputType({ description: 'Contacts affiliated with an organization, optionally in given roles.' })
export class AffiliatedWithFilter {
  @Field(() => ID, { description: 'The organization.' })
  @IsUUID()
  organizationId: string;

  @Field(() => [String], { nullable: true, description: 'Only these roles (exact, any of them).' })
  @IsOptional()
  @ArrayMaxSize(50)
  roles?: string[];
}

@InputType({ description: 'Which contacts to list.' })
export class ContactFilter extends RecordFilter {
  @Field(() => [String], { nullable: true, description: 'In any of these countries.' })
  @IsOptional()
  @Matches(COUNTRY, { each: true, message: 'countries must be two-letter ISO 3166 codes in capitals' })
  @ArrayMaxSize(300)
  countries?: string[];

  @Field(() => [String], { nullable: true, description: 'Knowing about any of these topics (exact).' })
  @IsOptional()
  @ArrayMaxSize(100)
  expertise?: string[];

  @Field(() => AffiliatedWithFilter, { nullable: true, description: 'Affiliated with this organization.' })
  @IsOptional()
  @ValidateNested()
  affiliatedWith?: AffiliatedWithFilter;

  @Field(() => LinkedToProjectFilter, { nullable: true, description: 'Linked to this project (with these roles).' })
  @IsOptional()
  @ValidateNested()
  linkedToProject?: LinkedToProjectFilter;

  @Field(() => [ConsentBasisEnum], { nullable: true, description: 'Held on any of these legal bases.' })
  @IsOptional()
  @IsIn(CONSENT_BASES, { each: true })
  consentBasis?: ConsentBasis[];

  @Field({ nullable: true, description: 'With (true) or without (false) a recorded legal basis.' })
  @IsOptional()
  hasConsent?: boolean;

  @Field(() => [OrganizationKindEnum], {
    nullable: true,
    description: 'Affiliated with some live organization of any of these kinds.',
  })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS, { each: true })
  affiliatedOrganizationKinds?: OrganizationKind[];

  @Field(() => InProjectsFilter, {
    nullable: true,
    description: 'Taking part in projects (in these roles, of these statuses).',
  })
  @IsOptional()
  @ValidateNested()
  inProjects?: InProjectsFilter;
}

export enum ContactOrderField {
  NAME = 'name',
  COUNTRY = 'country',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
  LAST_CONTACTED_AT = 'lastContactedAt',
}
describedEnum(
  ContactOrderField,
  'ContactOrderField',
  'What to sort contacts by: NAME is the family name, then the given name; LAST_CONTACTED_AT as the `lastContactedAt` field (never contacted last).',
);

@InputType({ description: 'How to sort contacts.' })
export class ContactOrder {
  @Field(() => ContactOrderField, { description: 'The field to sort by.' })
  field: ContactOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
  direction: SortDirection;
}
