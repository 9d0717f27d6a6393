import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { PageArgs } from '../../core/graphql/pagination';
import { Contact } from '../contact/contact.entity';
import { ProjectRoleEnum, type ProjectRole } from '../project/project-roles';
import { PROJECT_CONTACT } from './project-link.service';
import { ProjectContactLinkConnection } from './project-link.resolver';
import { ProjectFilter, ProjectOrder } from '../project/project.inputs';
import { ProjectConnection } from '../project/project.resolver';
import { linksOfTarget, projectsOfTarget } from './project-link.relations';

const ROLES = { nullable: true, description: 'Only links in any of these roles.' } as const;

/** The projects a contact takes part in, as links or as records. */
@Resolver(() => Contact)
export class ContactProjectsResolver {
  @FieldResolver(() => ProjectContactLinkConnection, {
    description: "The contact's links to projects, by project name then role.",
  })
  projectLinks(
    @Root() contact: Contact,
    @Args() page: PageArgs,
    @Arg('roles', () => [ProjectRoleEnum], ROLES) roles: ProjectRole[] | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return linksOfTarget(context, PROJECT_CONTACT, { ...page, roles }, contact.id);
  }

  @FieldResolver(() => ProjectConnection, { description: 'The projects the contact is linked to, each once.' })
  projects(
    @Root() contact: Contact,
    @Args() page: PageArgs,
    @Arg('roles', () => [ProjectRoleEnum], ROLES) roles: ProjectRole[] | undefined,
    @Arg('filter', () => ProjectFilter, { nullable: true, description: 'Which ones to list.' })
    filter: ProjectFilter | undefined,
    @Arg('orderBy', () => ProjectOrder, { nullable: true, description: 'How to sort them; by name when not given.' })
    orderBy: ProjectOrder | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return projectsOfTarget(context, PROJECT_CONTACT, { ...page, roles, filter, orderBy }, contact.id);
  }
}
