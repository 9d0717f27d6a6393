import { IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PROJECT_ROLES, ProjectRoleEnum, type ProjectRole } from '../project/project-roles';

/** The attributes of a new link, whoever is linked. */
@InputType()
abstract class NewProjectLinkInput {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID()
  projectId: string;

  @Field(() => ProjectRoleEnum, { description: 'The part played in the project.' })
  @IsIn(PROJECT_ROLES)
  role: ProjectRole;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Since when.' })
  @IsOptional()
  since?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Until when; not before `since`.' })
  @IsOptional()
  until?: string | null;

  @Field(() => String, { nullable: true, description: 'A free note about the link.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'A contact to link to a project, in a role.' })
export class LinkContactToProjectInput extends NewProjectLinkInput {
  @Field(() => ID, { description: 'The contact.' })
  @IsUUID()
  contactId: string;
}

@InputType({ description: 'An organization to link to a project, in a role.' })
export class LinkOrganizationToProjectInput extends NewProjectLinkInput {
  @Field(() => ID, { description: 'The organization.' })
  @IsUUID()
  organizationId: string;
}

/** Changes to a link's attributes: only the fields given change. */
@InputType()
export abstract class ProjectLinkChangesInput {
  @Field(() => ID, { description: 'The link.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: "The link's version you edited; a newer one on the server means CONFLICT." })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => ProjectRoleEnum, { nullable: true, description: 'The part played in the project.' })
  @IsOptional()
  @IsIn(PROJECT_ROLES)
  role?: ProjectRole;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Since when.' })
  @IsOptional()
  since?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Until when; not before `since`.' })
  @IsOptional()
  until?: string | null;

  @Field(() => String, { nullable: true, description: 'A free note about the link.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: "Changes to a contact's link to a project: only the fields given change." })
export class UpdateProjectContactLinkInput extends ProjectLinkChangesInput {}

@InputType({ description: "Changes to an organization's link to a project: only the fields given change." })
export class UpdateProjectOrganizationLinkInput extends ProjectLinkChangesInput {}

/** Which link to remove. */
@InputType()
export abstract class ProjectLinkRemovalInput {
  @Field(() => ID, { description: 'The link.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a newer one on the server means CONFLICT.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

@InputType({ description: "Which contact's link to a project to remove." })
export class UnlinkContactFromProjectInput extends ProjectLinkRemovalInput {}

@InputType({ description: "Which organization's link to a project to remove." })
export class UnlinkOrganizationFromProjectInput extends ProjectLinkRemovalInput {}
