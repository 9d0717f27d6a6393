import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { PageArgs } from '../../core/graphql/pagination';
import { ContactConnection } from '../contact/contact.resolver';
import { ContactFilter, ContactOrder } from '../contact/contact.inputs';
import { OrganizationFilter, OrganizationOrder } from '../organization/organization.inputs';
import { OrganizationConnection } from '../organization/organization.resolver';
import { ProjectRoleEnum, type ProjectRole } from '../project/project-roles';
import { PROJECT_CONTACT, PROJECT_ORGANIZATION } from './project-link.service';
import { ProjectContactLinkConnection, ProjectOrganizationLinkConnection } from './project-link.resolver';
import { Project } from '../project/project.entity';
import { contactsOfProject, linksOfProject, organizationsOfProject } from './project-link.relations';

const ROLES = { nullable: true, description: 'Only links in any of these roles.' } as const;

/** The contacts and organizations of a project, as links or as records. */
@Resolver(() => Project)
export class ProjectRelationsResolver {
  @FieldResolver(() => ProjectContactLinkConnection, {
    description: 'The links of contacts to this project, by family name then role.',
  })
  contactLinks(
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg('roles', () => [ProjectRoleEnum], ROLES) roles: ProjectRole[] | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return linksOfProject(context, PROJECT_CONTACT, { ...page, roles }, project.id);
  }

  @FieldResolver(() => ProjectOrganizationLinkConnection, {
    description: 'The links of organizations to this project, by name then role.',
  })
  organizationLinks(
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg('roles', () => [ProjectRoleEnum], ROLES) roles: ProjectRole[] | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return linksOfProject(context, PROJECT_ORGANIZATION, { ...page, roles }, project.id);
  }

  @FieldResolver(() => ContactConnection, { description: 'The contacts linked to this project, each once.' })
  contacts(
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg('roles', () => [ProjectRoleEnum], ROLES) roles: ProjectRole[] | undefined,
    @Arg('filter', () => ContactFilter, { nullable: true, description: 'Which ones to list.' })
    filter: ContactFilter | undefined,
    @Arg('orderBy', () => ContactOrder, { nullable: true, description: 'How to sort them; by name when not given.' })
    orderBy: ContactOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return contactsOfProject(context, { ...page, roles, filter, orderBy }, project.id);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'The organizations linked to this project, each once.' })
  organizations(
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg('roles', () => [ProjectRoleEnum], ROLES) roles: ProjectRole[] | undefined,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Which ones to list.' })
    filter: OrganizationFilter | undefined,
    @Arg('orderBy', () => OrganizationOrder, {
      nullable: true,
      description: 'How to sort them; by name when not given.',
    })
    orderBy: OrganizationOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return organizationsOfProject(context, { ...page, roles, filter, orderBy }, project.id);
  }
}
