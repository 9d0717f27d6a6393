import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { PageArgs } from '../../core/graphql/pagination';
import { Organization } from '../organization/organization.entity';
import { ProjectRoleEnum, type ProjectRole } from '../project/project-roles';
import { PROJECT_ORGANIZATION } from './project-link.service';
import { ProjectOrganizationLinkConnection } from './project-link.resolver';
import { ProjectFilter, ProjectOrder } from '../project/project.inputs';
import { ProjectConnection } from '../project/project.resolver';
import { linksOfTarget, projectsOfTarget } from './project-link.relations';

const ROLES = { nullable: true, description: 'Only links in any of these roles.' } as const;

/** The projects an organization takes part in, as links or as records. */
@Resolver(() => Organization)
export class OrganizationProjectsResolver {
  @FieldResolver(() => ProjectOrganizationLinkConnection, {
    description: "The organization's links to projects, by project name then role.",
  })
  projectLinks(
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg('roles', () => [ProjectRoleEnum], ROLES) roles: ProjectRole[] | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return linksOfTarget(context, PROJECT_ORGANIZATION, { ...page, roles }, organization.id);
  }

  @FieldResolver(() => ProjectConnection, { description: 'The projects the organization is linked to, each once.' })
  projects(
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg('roles', () => [ProjectRoleEnum], ROLES) roles: ProjectRole[] | undefined,
    @Arg('filter', () => ProjectFilter, { nullable: true, description: 'Which ones to list.' })
    filter: ProjectFilter | undefined,
    @Arg('orderBy', () => ProjectOrder, { nullable: true, description: 'How to sort them; by name when not given.' })
    orderBy: ProjectOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return projectsOfTarget(context, PROJECT_ORGANIZATION, { ...page, roles, filter, orderBy }, organization.id);
  }
}
