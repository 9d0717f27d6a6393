import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

const TASK_FIELDS = 'id title description dueDate status version deletedAt assignee { name } project { name }';
const CREATE_TASK = `mutation($input: CreateProjectTaskInput!) { createProjectTask(input: $input) { ${TASK_FIELDS} } }`;
const UPDATE_TASK = `mutation($input: UpdateProjectTaskInput!) { updateProjectTask(input: $input) { ${TASK_FIELDS} } }`;
const MILESTONE_FIELDS = 'id title dueDate status reachedOn version project { name } createdBy { name }';
const CREATE_MILESTONE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { ${MILESTONE_FIELDS} } }`;
const UPDATE_MILESTONE = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { ${MILESTONE_FIELDS} } }`;
const WORK = `query($id: ID!, $taskStatuses: [TaskStatus!], $milestoneStatuses: [MilestoneStatus!], $first: Int, $after: String) {
  project(id: $id) {
    tasks(statuses: $taskStatuses, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { title dueDate }
    }
    milestones(statuses: $milestoneStatuses) { totalCount nodes { title dueDate } }
  }
}`;

interface Row {
  id: string;
  version: number;
  [field: string]: unknown;
}
interface Work {
  project: {
    tasks: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { title: string }[] };
    milestones: { totalCount: number; nodes: { title: string }[] };
  };
}

describe('project tasks and milestones over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;
  let assigneeId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Tom Tasker' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    assigneeId = (await createUser(db.dataSource, { role: 'editor', name: 'Asha Assignee' })).user.id;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const project = async (name: string) =>
    (
      await ok<{ createProject: { id: string } }>(
        url,
        editor,
        `mutation($name: String!) { createProject(input: { name: $name, kind: NATIONAL }) { id } }`,
        { name },
      )
    ).createProject.id;
  const createTask = async (input: Record<string, unknown>) =>
    (await ok<{ createProjectTask: Row }>(url, editor, CREATE_TASK, { input })).createProjectTask;
  const createMilestone = async (input: Record<string, unknown>) =>
    (await ok<{ createMilestone: Row }>(url, editor, CREATE_MILESTONE, { input })).createMilestone;
  const work = (variables: Record<string, unknown>) => ok<Work>(url, viewer, WORK, variables);
  const titles = (page: { nodes: { title: string }[] }) => page.nodes.map((node) => node.title);

  describe('tasks', () => {
    it('should list the tasks of every live project by workload: open, overdue, assignee', async () => {
      const LIST = `query($filter: ProjectTaskFilter) { projectTasks(filter: $filter, first: 50) { totalCount nodes { title } } }`;
      const list = async (filter: Record<string, unknown>) =>
        (await ok<{ projectTasks: { totalCount: number; nodes: { title: string }[] } }>(url, viewer, LIST, { filter }))
          .projectTasks;
      const live = await project('Workload Live');
      const trashed = await project('Workload Trashed');
      const past = '2020-01-01';
      await createTask({ projectId: live, title: 'WL late', dueDate: past, assigneeId });
      await createTask({ projectId: live, title: 'WL late but done', dueDate: past, status: 'DONE', assigneeId });
      await createTask({ projectId: live, title: 'WL later', dueDate: '2999-01-01', status: 'IN_PROGRESS' });
      await createTask({ projectId: trashed, title: 'WL gone', dueDate: past, assigneeId });
      const [{ version }] = await db.dataSource.query('SELECT version FROM projects WHERE id = $1', [trashed]);
      await ok(url, editor, `mutation($input: DeleteRecordInput!) { deleteProject(input: $input) { id } }`, {
        input: { id: trashed, version },
      });
      const mine = { projectIds: [live, trashed] };
      expect((await list(mine)).totalCount).toBe(3);
      expect(titles(await list({ ...mine, open: true }))).toEqual(['WL late', 'WL later']);
      expect(titles(await list({ ...mine, open: false }))).toEqual(['WL late but done']);
      expect(titles(await list({ ...mine, overdue: true }))).toEqual(['WL late']);
      expect(titles(await list({ ...mine, overdue: false }))).toEqual(['WL late but done', 'WL later']);
      expect(titles(await list({ ...mine, assigneeIds: [assigneeId] }))).toEqual(['WL late', 'WL late but done']);
      expect(titles(await list({ ...mine, unassigned: true }))).toEqual(['WL later']);
      const bad = await failure(url, viewer, LIST, { filter: { assigneeIds: ['nope'] } });
      expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('should create, update with the version, and refuse a stale version with CONFLICT', async () => {
      const projectId = await project('Task Project');
      const task = await createTask({ projectId, title: 'Write the data management plan', dueDate: '2025-03-01' });
      expect(task).toMatchObject({
        title: 'Write the data management plan',
        dueDate: '2025-03-01',
        status: 'OPEN',
        version: 1,
        assignee: null,
        project: { name: 'Task Project' },
      });
      const updated = await ok<{ updateProjectTask: Row }>(url, editor, UPDATE_TASK, {
        input: { id: task.id, version: 1, status: 'IN_PROGRESS', assigneeId },
      });
      expect(updated.updateProjectTask).toMatchObject({
        status: 'IN_PROGRESS',
        assignee: { name: 'Asha Assignee' },
        version: 2,
      });
      const stale = await failure(url, editor, UPDATE_TASK, { input: { id: task.id, version: 1, status: 'DONE' } });
      expect(stale.code).toBe('CONFLICT');
      expect(stale.extensions.current).toMatchObject({ status: 'in_progress', version: 2 });

      const changes = await db.dataSource.query(
        `SELECT record_type, action, diff FROM changes WHERE record_id = $1 ORDER BY action`,
        [task.id],
      );
      expect(changes.map((c: { record_type: string; action: string }) => `${c.record_type}:${c.action}`)).toEqual([
        'ProjectTask:create',
        'ProjectTask:update',
      ]);
      expect(changes[1].diff).toEqual({
        status: { before: 'open', after: 'in_progress' },
        assigneeId: { before: null, after: assigneeId },
      });
    });

    it('should refuse a blank title, an unknown project and an unknown assignee per field', async () => {
      const projectId = await project('Checked Tasks');
      const blank = await failure(url, editor, CREATE_TASK, { input: { projectId, title: ' ' } });
      expect(blank.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(blank.extensions.fields as object)).toEqual(['title']);
      const nobody = '00000000-0000-4000-8000-000000000000';
      const noProject = await failure(url, editor, CREATE_TASK, { input: { projectId: nobody, title: 'x' } });
      expect(noProject.extensions.fields).toEqual({ projectId: ['is not an existing project'] });
      const noUser = await failure(url, editor, CREATE_TASK, { input: { projectId, title: 'x', assigneeId: nobody } });
      expect(noUser.extensions.fields).toEqual({ assigneeId: ['is not an existing user'] });
      const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM project_tasks WHERE project_id = $1`, [
        projectId,
      ]);
      expect(n).toBe(0);
    });

    it('should list a project’s tasks by due date, undated last, filtered by status and paged', async () => {
      const projectId = await project('Ordered Tasks');
      await createTask({ projectId, title: 'Later', dueDate: '2025-09-01' });
      await createTask({ projectId, title: 'Undated' });
      await createTask({ projectId, title: 'Sooner', dueDate: '2025-01-15' });
      await createTask({ projectId, title: 'Finished', dueDate: '2024-12-01', status: 'DONE' });

      const all = await work({ id: projectId });
      expect(titles(all.project.tasks)).toEqual(['Finished', 'Sooner', 'Later', 'Undated']);
      const open = await work({ id: projectId, taskStatuses: ['OPEN', 'IN_PROGRESS'], first: 2 });
      expect(open.project.tasks.totalCount).toBe(3);
      expect(titles(open.project.tasks)).toEqual(['Sooner', 'Later']);
      const rest = await work({
        id: projectId,
        taskStatuses: ['OPEN', 'IN_PROGRESS'],
        first: 2,
        after: open.project.tasks.pageInfo.endCursor,
      });
      expect(titles(rest.project.tasks)).toEqual(['Undated']);
      expect(rest.project.tasks.pageInfo.hasNextPage).toBe(false);
    });

    it('should move a task to the trash and restore it', async () => {
      const projectId = await project('Trashed Tasks');
      const task = await createTask({ projectId, title: 'Ephemeral' });
      await ok(url, editor, `mutation($id: ID!) { deleteProjectTask(input: { id: $id, version: 1 }) { deletedAt } }`, {
        id: task.id,
      });
      expect((await work({ id: projectId })).project.tasks.totalCount).toBe(0);
      await ok(url, editor, `mutation($id: ID!) { restoreProjectTask(input: { id: $id }) { deletedAt } }`, {
        id: task.id,
      });
      expect(titles((await work({ id: projectId })).project.tasks)).toEqual(['Ephemeral']);
      const actions = await db.dataSource.query(`SELECT action FROM changes WHERE record_id = $1`, [task.id]);
      expect(actions.map((a: { action: string }) => a.action).sort()).toEqual(['create', 'delete', 'restore']);
    });
  });

  describe('milestones', () => {
    it('should create, reach, refuse a stale version with CONFLICT and keep the due date required', async () => {
      const projectId = await project('Milestone Project');
      const milestone = await createMilestone({ projectId, title: 'Kick-off', dueDate: '2025-02-01' });
      expect(milestone).toMatchObject({
        title: 'Kick-off',
        dueDate: '2025-02-01',
        status: 'PLANNED',
        reachedOn: null,
        version: 1,
        project: { name: 'Milestone Project' },
        createdBy: { name: 'Tom Tasker' },
      });
      const reached = await ok<{ updateMilestone: Row }>(url, editor, UPDATE_MILESTONE, {
        input: { id: milestone.id, version: 1, status: 'REACHED', reachedOn: '2025-02-03' },
      });
      expect(reached.updateMilestone).toMatchObject({ status: 'REACHED', reachedOn: '2025-02-03', version: 2 });
      const stale = await failure(url, editor, UPDATE_MILESTONE, {
        input: { id: milestone.id, version: 1, title: 'Late' },
      });
      expect(stale.code).toBe('CONFLICT');
      const removed = await failure(url, editor, UPDATE_MILESTONE, {
        input: { id: milestone.id, version: 2, dueDate: null },
      });
      expect(removed.extensions.fields).toEqual({ dueDate: ['cannot be removed'] });
      const [change] = await db.dataSource.query(
        `SELECT record_type, diff FROM changes WHERE record_id = $1 AND action = 'update'`,
        [milestone.id],
      );
      expect(change).toEqual({
        record_type: 'Milestone',
        diff: {
          status: { before: 'planned', after: 'reached' },
          reachedOn: { before: null, after: '2025-02-03' },
        },
      });
    });

    it('should list milestones by due date, filtered by status, and leave out trashed ones', async () => {
      const projectId = await project('Milestone List');
      await createMilestone({ projectId, title: 'M3', dueDate: '2026-06-30' });
      const first = await createMilestone({ projectId, title: 'M1', dueDate: '2025-06-30', status: 'REACHED' });
      await createMilestone({ projectId, title: 'M2', dueDate: '2025-12-31', status: 'MISSED' });

      expect(titles((await work({ id: projectId })).project.milestones)).toEqual(['M1', 'M2', 'M3']);
      const pending = await work({ id: projectId, milestoneStatuses: ['PLANNED', 'MISSED'] });
      expect(titles(pending.project.milestones)).toEqual(['M2', 'M3']);

      await ok(url, editor, `mutation($id: ID!) { deleteMilestone(input: { id: $id }) { id } }`, { id: first.id });
      expect(titles((await work({ id: projectId })).project.milestones)).toEqual(['M2', 'M3']);
      await ok(url, editor, `mutation($id: ID!) { restoreMilestone(input: { id: $id }) { id } }`, { id: first.id });
      expect((await work({ id: projectId })).project.milestones.totalCount).toBe(3);
    });

    it('should refuse milestones to viewers with FORBIDDEN', async () => {
      const projectId = await project('Guarded Milestones');
      const error = await failure(url, viewer, CREATE_MILESTONE, {
        input: { projectId, title: 'Nope', dueDate: '2025-01-01' },
      });
      expect(error.code).toBe('FORBIDDEN');
    });
  });
});
