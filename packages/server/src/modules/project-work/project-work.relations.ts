import type { GraphQLContext } from '../../core/graphql/context';
import { nestedPage } from '../../core/graphql/nested-page';
import type { PageArgs } from '../../core/graphql/pagination';
import type { MilestoneStatus } from './milestone.entity';
import type { TaskStatus } from './project-task.entity';
import { dueDateOrdering, milestoneQuery, taskQuery } from './project-work.service';

/** Projects' pages of milestones (in any of `statuses`), soonest due first, batched for the request. */
export function milestonesOfProject(
  context: GraphQLContext,
  page: PageArgs,
  statuses: MilestoneStatus[] | undefined,
  projectId: string,
) {
  return nestedPage(
    context,
    {
      name: 'Project.milestones',
      query: () => milestoneQuery(context.dataSource, statuses),
      parent: 'm.project_id',
      ordering: dueDateOrdering('m'),
    },
    { ...page, filter: statuses },
    projectId,
  );
}

/** Projects' pages of tasks (in any of `statuses`), soonest due first, batched for the request. */
export function tasksOfProject(
  context: GraphQLContext,
  page: PageArgs,
  statuses: TaskStatus[] | undefined,
  projectId: string,
) {
  return nestedPage(
    context,
    {
      name: 'Project.tasks',
      query: () => taskQuery(context.dataSource, statuses),
      parent: 't.project_id',
      ordering: dueDateOrdering('t'),
    },
    { ...page, filter: statuses },
    projectId,
  );
}
