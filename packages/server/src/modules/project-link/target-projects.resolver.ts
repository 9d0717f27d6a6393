import { Arg, Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { PageArgs } from '../../core/graphql/pagination';
import { Contact } from '../contact/contact.entity';
import { Organization } from '../organization/organization.entity';
import { ProjectRoleEnum, type ProjectRole } from '../project/project-roles';
import { ProjectFilter, ProjectOrder } from '../project/project.inputs';
import { ProjectConnection } from '../project/project.resolver';
import { linksOfTarget, projectsOfTarget } from './project-link.relations';
import { ProjectContactLinkConnection, ProjectOrganizationLinkConnection } from './project-link.resolver';
import { PROJECT_CONTACT, PROJECT_ORGANIZATION, type ProjectLinkKind } from './project-link.service';
import type { ProjectLink } from './project-link.entity';

const ROLES = { nullable: true, description: 'Only links in any of these roles.' } as const;

/** `projectLinks` and `projects` on the record type at the other end of a kind of project link. */
function TargetProjectsResolver<L extends ProjectLink>(
  target: ClassType<{ id: string }>,
  noun: string,
  kind: ProjectLinkKind<L>,
  linkConnection: ClassType,
) {
  @Resolver(() => target)
  class TargetProjects {
    @FieldResolver(() => linkConnection, { description: `The ${noun}'s links to projects, by project name then role.` })
    projectLinks(
      @Root() record: { id: string },
      @Args() page: PageArgs,
      @Arg('roles', () => [ProjectRoleEnum], ROLES) roles: ProjectRole[] | undefined,
      @Ctx() context: GraphQLContext,
    ) {
      return linksOfTarget(context, kind, { ...page, roles }, record.id);
    }

    @FieldResolver(() => ProjectConnection, { description: `The projects the ${noun} is linked to, each once.` })
    projects(
      @Root() record: { id: string },
      @Args() page: PageArgs,
      @Arg('roles', () => [ProjectRoleEnum], ROLES) roles: ProjectRole[] | undefined,
      @Arg('filter', () => ProjectFilter, { nullable: true, description: 'Which ones to list.' })
      filter: ProjectFilter | undefined,
      @Arg('orderBy', () => ProjectOrder, { nullable: true, description: 'How to sort them; by name when not given.' })
      orderBy: ProjectOrder | undefined,
      @Ctx() context: GraphQLContext,
    ) {
      return projectsOfTarget(context, kind, { ...page, roles, filter, orderBy }, record.id);
    }
  }
  return TargetProjects;
}

/** The projects a contact takes part in, as links or as records. */
export const ContactProjectsResolver = TargetProjectsResolver(
  Contact,
  'contact',
  PROJECT_CONTACT,
  ProjectContactLinkConnection,
);

/** The projects an organization takes part in, as links or as records. */
export const OrganizationProjectsResolver = TargetProjectsResolver(
  Organization,
  'organization',
  PROJECT_ORGANIZATION,
  ProjectOrganizationLinkConnection,
);
