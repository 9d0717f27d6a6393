import type { ResolverClass } from '../../core/graphql/build-schema';
import { MilestoneResolver, ProjectMilestonesResolver } from './milestone.resolver';
import { ProjectTaskResolver, ProjectTasksResolver } from './project-task.resolver';

/** The long-term work inside projects: tasks and milestones, and the project fields listing them. */
export const projectWorkResolvers: ResolverClass[] = [
  ProjectTaskResolver,
  ProjectTasksResolver,
  MilestoneResolver,
  ProjectMilestonesResolver,
];
