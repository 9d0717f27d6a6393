import type { GraphQLContext } from '../../core/graphql/context';
import { nestedPage } from '../../core/graphql/nested-page';
import type { PageArgs } from '../../core/graphql/pagination';
import type { ContactFilter, ContactOrder } from '../contact/contact.inputs';
import { maySeeContactDetails } from '../contact/contact.policy';
import { contactOrdering, contactQuery } from '../contact/contact.service';
import type { OrganizationFilter, OrganizationOrder } from '../organization/organization.inputs';
import { organizationOrdering, organizationQuery } from '../organization/organization.service';
import type { ProjectLink } from './project-link.entity';
import type { ProjectRole } from '../project/project-roles';
import {
  LINKS_FROM_TARGET_ORDERING,
  PROJECT_CONTACT,
  PROJECT_ORGANIZATION,
  joinLinkedPairs,
  linksFromProjectOrdering,
  projectLinkQuery,
  type ProjectLinkKind,
} from './project-link.service';
import type { ProjectFilter, ProjectOrder } from '../project/project.inputs';
import { projectOrdering, projectQuery } from '../project/project.service';

/*
 * The relation fields between projects and contacts or organizations, each batched for the
 * whole request: every parent asking with the same arguments shares one loader, so two
 * statements at most. A link shows from one end only while the other end is not in the trash.
 */

type Roles = { roles?: ProjectRole[] };

/** A project's links of one kind. */
export function linksOfProject<L extends ProjectLink>(
  context: GraphQLContext,
  kind: ProjectLinkKind<L>,
  args: PageArgs & Roles,
  projectId: string,
) {
  return nestedPage(
    context,
    {
      name: `Project.${kind.diffKey}Links`,
      query: () => projectLinkQuery(context.dataSource, kind, args.roles),
      parent: 'l.project_id',
      ordering: linksFromProjectOrdering(kind),
    },
    args,
    projectId,
  );
}

/** The project links of a contact or an organization. */
export function linksOfTarget<L extends ProjectLink>(
  context: GraphQLContext,
  kind: ProjectLinkKind<L>,
  args: PageArgs & Roles,
  targetId: string,
) {
  return nestedPage(
    context,
    {
      name: `${kind.target.type}.projectLinks`,
      query: () => projectLinkQuery(context.dataSource, kind, args.roles),
      parent: `l.${kind.target.column}`,
      ordering: LINKS_FROM_TARGET_ORDERING,
    },
    args,
    targetId,
  );
}

/** The projects of a contact or an organization, each once whatever its roles. */
export function projectsOfTarget<L extends ProjectLink>(
  context: GraphQLContext,
  kind: ProjectLinkKind<L>,
  args: PageArgs & Roles & { filter?: ProjectFilter; orderBy?: ProjectOrder },
  targetId: string,
) {
  return nestedPage(
    context,
    {
      name: `${kind.target.type}.projects`,
      query: () =>
        joinLinkedPairs(projectQuery(context.dataSource, args.filter), kind, 'lp.project_id = p.id', args.roles),
      parent: `lp.${kind.target.column}`,
      ordering: projectOrdering(args.orderBy),
    },
    args,
    targetId,
  );
}

/** The contacts of a project, each once whatever their roles. */
export function contactsOfProject(
  context: GraphQLContext,
  args: PageArgs & Roles & { filter?: ContactFilter; orderBy?: ContactOrder },
  projectId: string,
) {
  const options = { searchDetails: maySeeContactDetails(context.viewer) };
  return nestedPage(
    context,
    {
      name: 'Project.contacts',
      query: () =>
        joinLinkedPairs(
          contactQuery(context.dataSource, args.filter, options),
          PROJECT_CONTACT,
          'lp.contact_id = c.id',
          args.roles,
        ),
      parent: 'lp.project_id',
      ordering: contactOrdering(args.orderBy, context.viewer),
    },
    args,
    projectId,
  );
}

/** The organizations of a project, each once whatever their roles. */
export function organizationsOfProject(
  context: GraphQLContext,
  args: PageArgs & Roles & { filter?: OrganizationFilter; orderBy?: OrganizationOrder },
  projectId: string,
) {
  return nestedPage(
    context,
    {
      name: 'Project.organizations',
      query: () =>
        joinLinkedPairs(
          organizationQuery(context.dataSource, args.filter),
          PROJECT_ORGANIZATION,
          'lp.organization_id = o.id',
          args.roles,
        ),
      parent: 'lp.project_id',
      ordering: organizationOrdering(args.orderBy, context.viewer),
    },
    args,
    projectId,
  );
}
