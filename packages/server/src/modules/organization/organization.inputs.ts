import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection, describedEnum } from '../../core/graphql/enums';
import { RecordFilter } from '../shared/record-filter';
import { ORGANIZATION_KINDS, OrganizationKindEnum, type OrganizationKind } from './organization.entity';
import { PROJECT_ROLES, ProjectRoleEnum, type ProjectRole } from '../project/project-roles';
import { PROJECT_STATUSES, ProjectStatusEnum, type ProjectStatus } from '../project/project.entity';

const COUNTRY = /^[A-Z]{2}$/;
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@InputType({ description: 'A new organization.' })
export class CreateOrganizationInput {
  @Field({ description: 'Full name.' })
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Short name.' })
  @IsOptional()
  @MaxLength(50)
  acronym?: string | null;

  @Field(() => OrganizationKindEnum, { description: 'What sort of organization.' })
  @IsIn(ORGANIZATION_KINDS)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, upper case.' })
  @IsOptional()
  @Matches(COUNTRY, { message: 'country must be a two-letter ISO 3166 code in capitals, like FR' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  @IsOptional()
  @MaxLength(200)
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Web site, http or https.' })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'website must be an http or https URL' })
  @MaxLength(2000)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is and does.' })
  @IsOptional()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization this one is part of.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible user; yourself when not given.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team it belongs to.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Changes to an organization: only the fields given change.' })
export class UpdateOrganizationInput {
  @Field(() => ID, { description: 'The organization.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'Full name.' })
  @IsOptional()
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Short name.' })
  @IsOptional()
  @MaxLength(50)
  acronym?: string | null;

  @Field(() => OrganizationKindEnum, { nullable: true, description: 'What sort of organization.' })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, upper case.' })
  @IsOptional()
  @Matches(COUNTRY, { message: 'country must be a two-letter ISO 3166 code in capitals, like FR' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  @IsOptional()
  @MaxLength(200)
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Web site, http or https.' })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'website must be an http or https URL' })
  @MaxLength(2000)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is and does.' })
  @IsOptional()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization this one is part of.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible user.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team it belongs to.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Organizations linked to a project, optionally with given roles.' })
export class LinkedToProjectFilter {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID()
  projectId: string;

  @Field(() => [ProjectRoleEnum], { nullable: true, description: 'Only these roles.' })
  @IsOptional()
  @IsIn(PROJECT_ROLES, { each: true })
  roles?: ProjectRole[];
}

@InputType({ description: 'Records linked to some live project in any of these roles and of any of these statuses.' })
export class InProjectsFilter {
  @Field(() => [ProjectRoleEnum], { nullable: true, description: 'In any of these roles.' })
  @IsOptional()
  @IsIn(PROJECT_ROLES, { each: true })
  roles?: ProjectRole[];

  @Field(() => [ProjectStatusEnum], { nullable: true, description: 'Of projects in any of these statuses.' })
  @IsOptional()
  @IsIn(PROJECT_STATUSES, { each: true })
  statuses?: ProjectStatus[];
}

@InputType({ description: 'Which organizations to list.' })
export class OrganizationFilter extends RecordFilter {
  @Field(() => [OrganizationKindEnum], { nullable: true, description: 'Of any of these kinds.' })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS, { each: true })
  kinds?: OrganizationKind[];

  @Field(() => [String], { nullable: true, description: 'In any of these countries.' })
  @IsOptional()
  @Matches(COUNTRY, { each: true, message: 'countries must be two-letter ISO 3166 codes in capitals' })
  @ArrayMaxSize(300)
  countries?: string[];

  @Field(() => ID, { nullable: true, description: 'Direct children of this organization.' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @Field(() => LinkedToProjectFilter, { nullable: true, description: 'Linked to this project (with these roles).' })
  @IsOptional()
  @ValidateNested()
  linkedToProject?: LinkedToProjectFilter;

  @Field(() => ID, { nullable: true, description: 'Where this contact is affiliated.' })
  @IsOptional()
  @IsUUID()
  hasContactId?: string;

  @Field(() => InProjectsFilter, {
    nullable: true,
    description: 'Taking part in projects (in these roles, of these statuses).',
  })
  @IsOptional()
  @ValidateNested()
  inProjects?: InProjectsFilter;
}

export enum OrganizationOrderField {
  NAME = 'name',
  COUNTRY = 'country',
  KIND = 'kind',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
  LAST_CONTACTED_AT = 'lastContactedAt',
}
describedEnum(
  OrganizationOrderField,
  'OrganizationOrderField',
  'What to sort organizations by; LAST_CONTACTED_AT as the `lastContactedAt` field (never contacted last).',
);

@InputType({ description: 'How to sort organizations.' })
export class OrganizationOrder {
  @Field(() => OrganizationOrderField, { description: 'The field to sort by.' })
  field: OrganizationOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
  direction: SortDirection;
}
