import type { ResolverClass } from '../../core/graphql/build-schema';
import { ContactProjectsResolver } from './contact-projects.resolver';
import { MilestoneResolver, ProjectMilestonesResolver } from './milestone.resolver';
import { OrganizationProjectsResolver } from './organization-projects.resolver';
import { ProjectContactLinkResolver, ProjectOrganizationLinkResolver } from './project-links.resolver';
import { ProjectRelationsResolver } from './project-relations.resolver';
import { ProjectTaskResolver, ProjectTasksResolver } from './project-task.resolver';
import { ProjectResolver } from './project.resolver';

/** Every resolver class of the project domain, for the schema. */
export const projectResolvers: ResolverClass[] = [
  ProjectResolver,
  ProjectRelationsResolver,
  ProjectContactLinkResolver,
  ProjectOrganizationLinkResolver,
  ProjectTaskResolver,
  ProjectTasksResolver,
  MilestoneResolver,
  ProjectMilestonesResolver,
  ContactProjectsResolver,
  OrganizationProjectsResolver,
];
