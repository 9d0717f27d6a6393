import {
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
import { GraphQLLocalDate } from 'graphql-scalars';
import { SortDirection, describedEnum } from '../../core/graphql/enums';
import { RecordFilter } from '../shared/record-filter';
import { PROJECT_ROLES, ProjectRoleEnum, type ProjectRole } from './project-roles';
import {
  PROJECT_KINDS,
  PROJECT_STATUSES,
  ProjectKindEnum,
  ProjectStatusEnum,
  type ProjectKind,
  type ProjectStatus,
} from './project.entity';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };
const URL_MESSAGE = { message: 'website must be an http or https URL' };
const BLANK_MESSAGE = { message: 'name must not be blank' };

@InputType({ description: 'A new project.' })
export class CreateProjectInput {
  @Field({ description: 'Full name.' })
  @Length(1, 300)
  @Matches(/\S/, BLANK_MESSAGE)
  name: string;

  @Field(() => String, { nullable: true, description: 'Short name.' })
  @IsOptional()
  @MaxLength(50)
  acronym?: string | null;

  @Field(() => ProjectKindEnum, { description: 'What sort of project.' })
  @IsIn(PROJECT_KINDS)
  kind: ProjectKind;

  @Field(() => ProjectStatusEnum, { nullable: true, description: 'Where it stands; ACTIVE when not given.' })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it starts.' })
  @IsOptional()
  startDate?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it ends; not before the start.' })
  @IsOptional()
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'The field of science.' })
  @IsOptional()
  @MaxLength(200)
  scientificDomain?: string | null;

  @Field(() => String, { nullable: true, description: 'Web site, http or https.' })
  @IsOptional()
  @IsUrl(URL_OPTIONS, URL_MESSAGE)
  @MaxLength(2000)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is about.' })
  @IsOptional()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible user; yourself when not given.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team it belongs to.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Changes to a project: only the fields given change.' })
export class UpdateProjectInput {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'Full name.' })
  @IsOptional()
  @Length(1, 300)
  @Matches(/\S/, BLANK_MESSAGE)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Short name.' })
  @IsOptional()
  @MaxLength(50)
  acronym?: string | null;

  @Field(() => ProjectKindEnum, { nullable: true, description: 'What sort of project.' })
  @IsOptional()
  @IsIn(PROJECT_KINDS)
  kind?: ProjectKind;

  @Field(() => ProjectStatusEnum, { nullable: true, description: 'Where it stands.' })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it starts.' })
  @IsOptional()
  startDate?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it ends; not before the start.' })
  @IsOptional()
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'The field of science.' })
  @IsOptional()
  @MaxLength(200)
  scientificDomain?: string | null;

  @Field(() => String, { nullable: true, description: 'Web site, http or https.' })
  @IsOptional()
  @IsUrl(URL_OPTIONS, URL_MESSAGE)
  @MaxLength(2000)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is about.' })
  @IsOptional()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible user.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team it belongs to.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'Projects an organization takes part in, optionally in given roles.' })
export class HasOrganizationFilter {
  @Field(() => ID, { description: 'The organization.' })
  @IsUUID()
  organizationId: string;

  @Field(() => [ProjectRoleEnum], { nullable: true, description: 'Only in these roles.' })
  @IsOptional()
  @IsIn(PROJECT_ROLES, { each: true })
  roles?: ProjectRole[];
}

@InputType({ description: 'Projects a contact takes part in, optionally in given roles.' })
export class HasContactFilter {
  @Field(() => ID, { description: 'The contact.' })
  @IsUUID()
  contactId: string;

  @Field(() => [ProjectRoleEnum], { nullable: true, description: 'Only in these roles.' })
  @IsOptional()
  @IsIn(PROJECT_ROLES, { each: true })
  roles?: ProjectRole[];
}

@InputType({ description: 'Which projects to list.' })
export class ProjectFilter extends RecordFilter {
  @Field(() => [ProjectKindEnum], { nullable: true, description: 'Of any of these kinds.' })
  @IsOptional()
  @IsIn(PROJECT_KINDS, { each: true })
  kinds?: ProjectKind[];

  @Field(() => [ProjectStatusEnum], { nullable: true, description: 'In any of these statuses.' })
  @IsOptional()
  @IsIn(PROJECT_STATUSES, { each: true })
  statuses?: ProjectStatus[];

  @Field({ nullable: true, description: 'In this scientific domain (whole value, case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  scientificDomain?: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Running on this day: started on or before it (or no start) and ending on or after it (or no end).',
  })
  @IsOptional()
  activeOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Starting on or after this day.' })
  @IsOptional()
  startsAfter?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Starting before this day.' })
  @IsOptional()
  startsBefore?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Ending on or after this day.' })
  @IsOptional()
  endsAfter?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Ending before this day.' })
  @IsOptional()
  endsBefore?: string;

  @Field(() => HasOrganizationFilter, { nullable: true, description: 'With this organization (in these roles).' })
  @IsOptional()
  @ValidateNested()
  hasOrganization?: HasOrganizationFilter;

  @Field(() => HasContactFilter, { nullable: true, description: 'With this contact (in these roles).' })
  @IsOptional()
  @ValidateNested()
  hasContact?: HasContactFilter;
}

export enum ProjectOrderField {
  NAME = 'name',
  START_DATE = 'startDate',
  END_DATE = 'endDate',
  STATUS = 'status',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
}
describedEnum(
  ProjectOrderField,
  'ProjectOrderField',
  'What to sort projects by; STATUS follows the life of a project, from PLANNED to CANCELLED.',
);

@InputType({ description: 'How to sort projects.' })
export class ProjectOrder {
  @Field(() => ProjectOrderField, { description: 'The field to sort by.' })
  field: ProjectOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
  direction: SortDirection;
}
