import { ArrayMaxSize, ArrayUnique, IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { describedEnum } from '../../core/graphql/enums';

@InputType({ description: 'Two records that are the same, and which one stays.' })
export class MergeRecordsInput {
  @Field(() => ID, {
    description: 'The record that stays: it gets the links, the history and the empty fields of the other.',
  })
  @IsUUID()
  survivorId: string;

  @Field(() => ID, { description: 'The duplicate: emptied into the survivor, then moved to the trash.' })
  @IsUUID()
  duplicateId: string;

  @Field(() => Int, { description: 'The version of the survivor you saw; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  survivorVersion: number;
}

const TAKEN =
  'Fields whose value the survivor takes from the duplicate, even over a filled one of its own; ' +
  'the others keep the survivor’s value (an empty one is filled from the duplicate).';

export enum OrganizationMergeField {
  NAME = 'name',
  ACRONYM = 'acronym',
  KIND = 'kind',
  COUNTRY = 'country',
  CITY = 'city',
  WEBSITE = 'website',
  DESCRIPTION = 'description',
  OWNER = 'ownerId',
  TEAM = 'teamId',
}
describedEnum(
  OrganizationMergeField,
  'OrganizationMergeField',
  'A field of an organization whose value a merge chooses.',
);

export enum ContactMergeField {
  FIRST_NAME = 'firstName',
  LAST_NAME = 'lastName',
  TITLE = 'title',
  EMAILS = 'emails',
  PHONES = 'phones',
  COUNTRY = 'country',
  EXPERTISE = 'expertise',
  NOTES = 'notes',
  CONSENT = 'consentBasis',
  OWNER = 'ownerId',
  TEAM = 'teamId',
}
describedEnum(
  ContactMergeField,
  'ContactMergeField',
  'A field of a contact whose value a merge chooses. CONSENT is the basis with its date and source; ' +
    'a list (EMAILS, PHONES, EXPERTISE) taken from the duplicate replaces the survivor’s instead of joining it.',
);

@InputType({ description: 'Two organizations that are the same, which one stays, and which values.' })
export class MergeOrganizationsInput extends MergeRecordsInput {
  @Field(() => [OrganizationMergeField], { nullable: true, description: TAKEN })
  @IsOptional()
  @IsIn(Object.values(OrganizationMergeField), { each: true })
  @ArrayUnique()
  @ArrayMaxSize(20)
  takeFromDuplicate?: OrganizationMergeField[] | null;
}

@InputType({ description: 'Two contacts who are the same person, which one stays, and which values.' })
export class MergeContactsInput extends MergeRecordsInput {
  @Field(() => [ContactMergeField], { nullable: true, description: TAKEN })
  @IsOptional()
  @IsIn(Object.values(ContactMergeField), { each: true })
  @ArrayUnique()
  @ArrayMaxSize(20)
  takeFromDuplicate?: ContactMergeField[] | null;
}

@InputType({ description: 'Two tags that mean the same, and which one stays.' })
export class MergeTagsInput extends MergeRecordsInput {}
