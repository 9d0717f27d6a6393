import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { VISIBILITIES, type Visibility } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import { SortDirection } from '../../core/graphql/enums';
import { RecordFilter } from '../shared/record-filter';
import {
  LEAD_SOURCES,
  LEAD_STATUSES,
  LeadSourceEnum,
  LeadStatusEnum,
  type LeadSource,
  type LeadStatus,
} from './lead.entity';

const COUNTRY = /^[A-Z]{2}$/;
const COUNTRY_MESSAGE = 'country must be a two-letter ISO 3166 code in capitals, like FR';
const EMAIL_MESSAGE = 'email must be a valid address, like ada@example.org';
/** The statuses set by hand; DISQUALIFIED and CONVERTED have mutations of their own. */
const WORKING_STATUSES = ['new', 'contacted', 'qualified'] as const;

/** The editable fields, shared by creation and update; every one optional here. */
@InputType()
abstract class LeadFieldsInput {
  @Field(() => String, { nullable: true, description: 'The organization they belong to, as told.' })
  @IsOptional()
  @MaxLength(300)
  organizationName?: string | null;

  @Field(() => String, { nullable: true, description: 'An email address.' })
  @IsOptional()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(320)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, upper case.' })
  @IsOptional()
  @Matches(COUNTRY, { message: COUNTRY_MESSAGE })
  country?: string | null;

  @Field(() => LeadSourceEnum, { nullable: true, description: 'Where it came from; OTHER when not given.' })
  @IsOptional()
  @IsIn(LEAD_SOURCES)
  source?: LeadSource;

  @Field(() => String, { nullable: true, description: 'What they are interested in (markdown).' })
  @IsOptional()
  @MaxLength(20000)
  interest?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes (markdown).' })
  @IsOptional()
  @MaxLength(20000)
  notes?: string | null;

  @Field(() => LeadStatusEnum, {
    nullable: true,
    description: 'NEW, CONTACTED or QUALIFIED; disqualifying and converting have mutations of their own.',
  })
  @IsOptional()
  @IsIn(WORKING_STATUSES, { message: 'status must be NEW, CONTACTED or QUALIFIED; use disqualifyLead or convertLead' })
  status?: LeadStatus;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it; EVERYONE when not given.' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: 'The responsible user; yourself when not given.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team it belongs to (needed for TEAM visibility).' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'A new lead.' })
export class CreateLeadInput extends LeadFieldsInput {
  @Field({ description: 'The person or community.' })
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;
}

@InputType({
  description: 'Changes to a lead: only the fields given change. A converted lead changes only its notes.',
})
export class UpdateLeadInput extends LeadFieldsInput {
  @Field(() => ID, { description: 'The lead.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'The person or community.' })
  @IsOptional()
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;
}

@InputType({ description: 'A lead to disqualify, and why.' })
export class DisqualifyLeadInput {
  @Field(() => ID, { description: 'The lead.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you saw; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ description: 'Why it is not pursued.' })
  @Length(1, 2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}

@InputType({ description: 'The opportunity a conversion opens.' })
export class ConvertLeadOpportunityInput {
  @Field(() => ID, { description: 'Its pipeline.' })
  @IsUUID()
  pipelineId: string;

  @Field(() => ID, { description: 'The stage of that pipeline it starts in.' })
  @IsUUID()
  stageId: string;

  @Field({ description: 'Its title.' })
  @Length(1, 300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title: string;
}

@InputType({
  description:
    'A lead to convert: into a new contact (or one that exists), a new organization when it names one (or one that exists), ' +
    'the contact affiliated with the organization, and optionally an opportunity of that organization, shared as the lead is.',
})
export class ConvertLeadInput {
  @Field(() => ID, { description: 'The lead.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you saw; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => ID, { nullable: true, description: 'An existing contact to link instead of creating one.' })
  @IsOptional()
  @IsUUID()
  contactId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An existing organization to link instead of creating one.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => ConvertLeadOpportunityInput, { nullable: true, description: 'An opportunity to open as well.' })
  @IsOptional()
  @ValidateNested()
  createOpportunity?: ConvertLeadOpportunityInput | null;
}

@InputType({ description: 'Which leads to list.' })
export class LeadFilter extends RecordFilter {
  @Field(() => [LeadStatusEnum], { nullable: true, description: 'In any of these statuses.' })
  @IsOptional()
  @IsIn(LEAD_STATUSES, { each: true })
  statuses?: LeadStatus[];

  @Field(() => [LeadSourceEnum], { nullable: true, description: 'From any of these sources.' })
  @IsOptional()
  @IsIn(LEAD_SOURCES, { each: true })
  sources?: LeadSource[];

  @Field(() => [String], { nullable: true, description: 'In any of these countries.' })
  @IsOptional()
  @Matches(COUNTRY, { each: true, message: 'countries must be two-letter ISO 3166 codes in capitals' })
  @ArrayMaxSize(300)
  countries?: string[];

  @Field({ nullable: true, description: 'Words of its name, organization name or email, as search finds them.' })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

export enum LeadOrderField {
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
  NAME = 'name',
  STATUS = 'status',
}
registerEnumType(LeadOrderField, {
  name: 'LeadOrderField',
  description: 'What to sort leads by.',
  valuesConfig: {
    CREATED_AT: { description: 'When it was recorded.' },
    UPDATED_AT: { description: 'When it was last changed.' },
    NAME: { description: 'Its name, regardless of case.' },
    STATUS: { description: 'In the order of the life of a lead: NEW, CONTACTED, QUALIFIED, DISQUALIFIED, CONVERTED.' },
  },
});

@InputType({ description: 'How to sort leads.' })
export class LeadOrder {
  @Field(() => LeadOrderField, { description: 'The field to sort by.' })
  field: LeadOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
  direction: SortDirection;
}
