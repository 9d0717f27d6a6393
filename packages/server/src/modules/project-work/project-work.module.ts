import { recordKinds, type DomainModule } from '../shared/domain-module';
import { Milestone } from './milestone.entity';
import { ProjectTask } from './project-task.entity';
import { MILESTONE, PROJECT_TASK } from './project-work.service';
import { MilestoneResolver, ProjectMilestonesResolver } from './milestone.resolver';
import { ProjectTaskResolver, ProjectTasksResolver } from './project-task.resolver';

/** The long-term work inside projects: tasks and milestones, and the project fields listing them. */
export const projectWorkModule: DomainModule = {
  resolvers: [ProjectTaskResolver, ProjectTasksResolver, MilestoneResolver, ProjectMilestonesResolver],
  entities: [ProjectTask, Milestone],
  kinds: recordKinds(PROJECT_TASK, MILESTONE),
};
