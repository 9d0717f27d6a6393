import type { DomainModule } from '../shared/domain-module';
import { ProjectContact, ProjectOrganization } from './project-link.entity';
import { ContactProjectsResolver, OrganizationProjectsResolver } from './target-projects.resolver';
import { ProjectContactLinkResolver, ProjectOrganizationLinkResolver } from './project-link.resolver';
import { ProjectRelationsResolver } from './project-relations.resolver';

/**
 * Project links (contacts and organizations in a project, in roles): the link mutations and
 * every relation field that goes through their tables, on both ends.
 */
export const projectLinkModule: DomainModule = {
  resolvers: [
    ProjectRelationsResolver,
    ProjectContactLinkResolver,
    ProjectOrganizationLinkResolver,
    ContactProjectsResolver,
    OrganizationProjectsResolver,
  ],
  entities: [ProjectContact, ProjectOrganization],
};
