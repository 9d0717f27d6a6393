import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import { uniqueParameter } from '../shared/record-filter';
import type { RecordKind } from '../shared/record-kind';
import { createRecord, updateRecord } from '../shared/record-mutations';
import { User } from '../user/user.entity';
import { MILESTONE_FIELDS, Milestone, type MilestoneStatus } from './milestone.entity';
import { PROJECT_TASK_FIELDS, ProjectTask, type TaskStatus } from './project-task.entity';
import type {
  ProjectTaskFilter,
  CreateMilestoneInput,
  CreateProjectTaskInput,
  UpdateMilestoneInput,
  UpdateProjectTaskInput,
} from './project-work.inputs';
import { Project } from '../project/project.entity';

export const PROJECT_TASK: RecordKind<ProjectTask> = {
  entity: ProjectTask,
  type: 'ProjectTask',
  fields: PROJECT_TASK_FIELDS,
  table: 'project_tasks',
  freeText: ['title', 'description'],
  title: 'r.title',
};

export const MILESTONE: RecordKind<Milestone> = {
  entity: Milestone,
  type: 'Milestone',
  fields: MILESTONE_FIELDS,
  table: 'milestones',
  freeText: ['title', 'description'],
  title: 'r.title',
};

async function checkProject(manager: EntityManager, projectId: string) {
  if (!(await manager.exists(Project, { where: { id: projectId } }))) {
    throw BadUserInputError.field('projectId', 'is not an existing project');
  }
}

async function checkAssignee(manager: EntityManager, assigneeId: string | null | undefined) {
  if (assigneeId && !(await manager.exists(User, { where: { id: assigneeId } }))) {
    throw BadUserInputError.field('assigneeId', 'is not an existing user');
  }
}

function refuseRemoval(patch: Record<string, unknown>, fields: string[]) {
  for (const field of fields) {
    if (patch[field] === null) throw BadUserInputError.field(field, 'cannot be removed');
  }
}

export async function createProjectTask(manager: EntityManager, input: CreateProjectTaskInput, actor: Actor) {
  await checkProject(manager, input.projectId);
  await checkAssignee(manager, input.assigneeId);
  return createRecord(manager, PROJECT_TASK, input as Partial<ProjectTask>, actor);
}

export async function updateProjectTask(manager: EntityManager, input: UpdateProjectTaskInput, actor: Actor) {
  const { id, version, ...patch } = input;
  refuseRemoval(patch, ['title', 'status']);
  await checkAssignee(manager, patch.assigneeId);
  return updateRecord(manager, PROJECT_TASK, id, version, patch as Partial<ProjectTask>, actor);
}

export async function createMilestone(manager: EntityManager, input: CreateMilestoneInput, actor: Actor) {
  await checkProject(manager, input.projectId);
  return createRecord(manager, MILESTONE, input as Partial<Milestone>, actor);
}

export async function updateMilestone(manager: EntityManager, input: UpdateMilestoneInput, actor: Actor) {
  const { id, version, ...patch } = input;
  refuseRemoval(patch, ['title', 'dueDate', 'status']);
  return updateRecord(manager, MILESTONE, id, version, patch as Partial<Milestone>, actor);
}

/** Live tasks (alias `t`) or milestones (alias `m`) in any of some statuses. */
function workQuery<T extends ProjectTask | Milestone>(
  source: DataSource | EntityManager,
  entity: typeof ProjectTask | typeof Milestone,
  alias: string,
  statuses: string[] | undefined,
): SelectQueryBuilder<T> {
  const query = source.getRepository(entity).createQueryBuilder(alias) as unknown as SelectQueryBuilder<T>;
  if (statuses?.length) {
    const p = uniqueParameter('statuses');
    query.andWhere(`${alias}.status IN (:...${p})`, { [p]: statuses });
  }
  return query;
}

export const taskQuery = (source: DataSource | EntityManager, statuses?: TaskStatus[]) =>
  workQuery<ProjectTask>(source, ProjectTask, 't', statuses);

/** Still to do. */
export const OPEN_TASK = `t.status IN ('open', 'in_progress')`;
/** Still to do and due before today. */
export const TASK_OVERDUE = `coalesce(${OPEN_TASK} AND t.due_date < current_date, false)`;

/**
 * Tasks of live projects matching a filter, as a query aliased `t` with its project `p`: what
 * the `projectTasks` list shows and reports count. Whoever may see a project sees its tasks.
 */
export function projectTasksQuery(
  source: DataSource | EntityManager,
  filter: ProjectTaskFilter = {},
): SelectQueryBuilder<ProjectTask> {
  const query = taskQuery(source, filter.statuses).innerJoin(
    'projects',
    'p',
    'p.id = t.project_id AND p.deleted_at IS NULL',
  );
  const within = (column: string, name: string, values: string[] | undefined) => {
    if (!values?.length) return;
    const p = uniqueParameter(name);
    query.andWhere(`${column} IN (:...${p})`, { [p]: values });
  };
  within('t.assignee_id', 'assignees', filter.assigneeIds);
  within('p.team_id', 'teams', filter.teamIds);
  within('t.project_id', 'projects', filter.projectIds);
  if (filter.tagIds?.length) {
    const p = uniqueParameter('tags');
    query.andWhere(`EXISTS (SELECT 1 FROM taggings tg WHERE tg.project_id = p.id AND tg.tag_id IN (:...${p}))`, {
      [p]: filter.tagIds,
    });
  }
  if (filter.open != null) query.andWhere(filter.open ? OPEN_TASK : `NOT (${OPEN_TASK})`);
  if (filter.overdue != null) query.andWhere(filter.overdue ? TASK_OVERDUE : `NOT ${TASK_OVERDUE}`);
  if (filter.unassigned != null) query.andWhere(`t.assignee_id IS ${filter.unassigned ? '' : 'NOT '}NULL`);
  return query;
}

export const milestoneQuery = (source: DataSource | EntityManager, statuses?: MilestoneStatus[]) =>
  workQuery<Milestone>(source, Milestone, 'm', statuses);

/** Soonest due first, undated last. */
export const dueDateOrdering = (alias: string): Ordering => [
  [`${alias}.due_date`, 'ASC'],
  [`lower(${alias}.title)`, 'ASC'],
  [`${alias}.id`, 'ASC'],
];
