import type { ResolverClass } from '../../core/graphql/build-schema';
import { ContactProjectsResolver, OrganizationProjectsResolver } from './target-projects.resolver';
import { ProjectContactLinkResolver, ProjectOrganizationLinkResolver } from './project-link.resolver';
import { ProjectRelationsResolver } from './project-relations.resolver';

/**
 * Project links (contacts and organizations in a project, in roles): the link mutations and
 * every relation field that goes through their tables, on both ends.
 */
export const projectLinkResolvers: ResolverClass[] = [
  ProjectRelationsResolver,
  ProjectContactLinkResolver,
  ProjectOrganizationLinkResolver,
  ContactProjectsResolver,
  OrganizationProjectsResolver,
];
