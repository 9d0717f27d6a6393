import { Arg, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionType } from '../../core/graphql/pagination';
import { Contact } from '../contact/contact.entity';
import { Organization } from '../organization/organization.entity';
import { AuthorFieldsResolver } from '../user/author-fields.resolver';
import { recordById } from '../shared/record-loaders';
import { mutation } from '../shared/transaction';
import { ProjectContact, ProjectOrganization } from './project-link.entity';
import {
  LinkContactToProjectInput,
  LinkOrganizationToProjectInput,
  UnlinkContactFromProjectInput,
  UnlinkOrganizationFromProjectInput,
  UpdateProjectContactLinkInput,
  UpdateProjectOrganizationLinkInput,
} from './project-link.inputs';
import {
  PROJECT_CONTACT,
  PROJECT_ORGANIZATION,
  linkToProject,
  unlinkFromProject,
  updateProjectLink,
} from './project-link.service';
import { Project } from '../project/project.entity';

@ObjectType()
export class ProjectContactLinkConnection extends ConnectionType(ProjectContact, 'ProjectContactLink') {}

@ObjectType()
export class ProjectOrganizationLinkConnection extends ConnectionType(ProjectOrganization, 'ProjectOrganizationLink') {}

const projectOf = (context: GraphQLContext, link: { projectId: string }) =>
  recordById(context, Project).load(link.projectId);

@Resolver(() => ProjectContact)
export class ProjectContactLinkResolver extends AuthorFieldsResolver(ProjectContact) {
  @FieldResolver(() => Project, { description: 'The project (shown even when in the trash).' })
  project(@Root() link: ProjectContact, @Ctx() context: GraphQLContext) {
    return projectOf(context, link);
  }

  @FieldResolver(() => Contact, { description: 'The contact (shown even when in the trash).' })
  contact(@Root() link: ProjectContact, @Ctx() context: GraphQLContext) {
    return recordById(context, Contact).load(link.contactId);
  }

  @Authorized('editor')
  @Mutation(() => ProjectContact, {
    description: 'Links a contact to a project in a role; CONFLICT when that link already exists.',
  })
  linkContactToProject(
    @Arg('input', { description: 'The project, the contact and the role.' }) input: LinkContactToProjectInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => linkToProject(manager, PROJECT_CONTACT, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => ProjectContact, {
    description: "Changes a contact's link to a project; CONFLICT when `version` is stale.",
  })
  updateProjectContactLink(
    @Arg('input', { description: "What changes, and the link's version edited." }) input: UpdateProjectContactLinkInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateProjectLink(manager, PROJECT_CONTACT, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => ProjectContact, { description: "Removes a contact's link to a project; answers the link as it was." })
  unlinkContactFromProject(
    @Arg('input', { description: 'The link to remove.' }) input: UnlinkContactFromProjectInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => unlinkFromProject(manager, PROJECT_CONTACT, input, actor));
  }
}

@Resolver(() => ProjectOrganization)
export class ProjectOrganizationLinkResolver extends AuthorFieldsResolver(ProjectOrganization) {
  @FieldResolver(() => Project, { description: 'The project (shown even when in the trash).' })
  project(@Root() link: ProjectOrganization, @Ctx() context: GraphQLContext) {
    return projectOf(context, link);
  }

  @FieldResolver(() => Organization, { description: 'The organization (shown even when in the trash).' })
  organization(@Root() link: ProjectOrganization, @Ctx() context: GraphQLContext) {
    return recordById(context, Organization).load(link.organizationId);
  }

  @Authorized('editor')
  @Mutation(() => ProjectOrganization, {
    description: 'Links an organization to a project in a role; CONFLICT when that link already exists.',
  })
  linkOrganizationToProject(
    @Arg('input', { description: 'The project, the organization and the role.' }) input: LinkOrganizationToProjectInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => linkToProject(manager, PROJECT_ORGANIZATION, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => ProjectOrganization, {
    description: "Changes an organization's link to a project; CONFLICT when `version` is stale.",
  })
  updateProjectOrganizationLink(
    @Arg('input', { description: "What changes, and the link's version edited." })
    input: UpdateProjectOrganizationLinkInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateProjectLink(manager, PROJECT_ORGANIZATION, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => ProjectOrganization, {
    description: "Removes an organization's link to a project; answers the link as it was.",
  })
  unlinkOrganizationFromProject(
    @Arg('input', { description: 'The link to remove.' }) input: UnlinkOrganizationFromProjectInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => unlinkFromProject(manager, PROJECT_ORGANIZATION, input, actor));
  }
}
