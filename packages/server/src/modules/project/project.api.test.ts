import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

const FIELDS = `id name acronym kind status startDate endDate scientificDomain website description version deletedAt
  createdBy { name } owner { name }`;
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { ${FIELDS} updatedBy { name } } }`;
const LIST = `query($first: Int, $after: String, $last: Int, $before: String, $filter: ProjectFilter, $orderBy: ProjectOrder) {
  projects(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id name }
  }
}`;

interface ProjectRow {
  id: string;
  name: string;
  version: number;
  [field: string]: unknown;
}
interface ProjectList {
  projects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    nodes: { id: string; name: string }[];
  };
}

describe('projects over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Pia Projects' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const create = async (input: Record<string, unknown>) =>
    (await ok<{ createProject: ProjectRow }>(url, editor, CREATE, { input })).createProject;
  const list = (variables: Record<string, unknown>) => ok<ProjectList>(url, viewer, LIST, variables);
  const names = (result: ProjectList) => result.projects.nodes.map((node) => node.name);

  it('should create a project owned by its creator and record the change', async () => {
    const created = await create({
      name: 'European Open Science Cloud Hub',
      acronym: 'EOSC-hub',
      kind: 'INTERNATIONAL',
      startDate: '2018-01-01',
      endDate: '2020-12-31',
      scientificDomain: 'Multidisciplinary',
      website: 'https://www.eosc-hub.eu',
    });
    expect(created).toMatchObject({
      name: 'European Open Science Cloud Hub',
      acronym: 'EOSC-hub',
      kind: 'INTERNATIONAL',
      status: 'ACTIVE',
      startDate: '2018-01-01',
      endDate: '2020-12-31',
      version: 1,
      deletedAt: null,
      createdBy: { name: 'Pia Projects' },
      owner: { name: 'Pia Projects' },
    });
    const changes = await db.dataSource.query(`SELECT record_type, action, diff FROM changes WHERE record_id = $1`, [
      created.id,
    ]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ record_type: 'Project', action: 'create' });
    expect(changes[0].diff.endDate).toEqual({ before: null, after: '2020-12-31' });

    const read = await ok<{ project: ProjectRow }>(url, viewer, `query($id: ID!) { project(id: $id) { ${FIELDS} } }`, {
      id: created.id,
    });
    expect(read.project).toEqual(created);
  });

  it('should refuse bad input with per-field messages and write nothing', async () => {
    const count = () => db.dataSource.query(`SELECT count(*)::int AS n FROM projects`);
    const before = await count();
    const error = await failure(url, editor, CREATE, {
      input: { name: '  ', kind: 'ESFRI', website: 'ftp://example.org' },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    const fields = error.extensions.fields as Record<string, string[]>;
    expect(Object.keys(fields).sort()).toEqual(['name', 'website']);
    expect(fields.website).toEqual(['website must be an http or https URL']);
    expect(await count()).toEqual(before);
  });

  it('should refuse an end before the start, on create and on update, on the field being changed', async () => {
    const backwards = await failure(url, editor, CREATE, {
      input: { name: 'Backwards', kind: 'NATIONAL', startDate: '2024-06-01', endDate: '2024-05-31' },
    });
    expect(backwards.code).toBe('BAD_USER_INPUT');
    expect(backwards.extensions.fields).toEqual({ endDate: ['must not be before startDate'] });

    const project = await create({ name: 'Dated', kind: 'NATIONAL', startDate: '2024-01-01', endDate: '2024-12-31' });
    const laterStart = await failure(url, editor, UPDATE, {
      input: { id: project.id, version: project.version, startDate: '2025-01-01' },
    });
    expect(laterStart.extensions.fields).toEqual({ startDate: ['must not be after endDate'] });
    const earlierEnd = await failure(url, editor, UPDATE, {
      input: { id: project.id, version: project.version, endDate: '2023-12-31' },
    });
    expect(earlierEnd.extensions.fields).toEqual({ endDate: ['must not be before startDate'] });
    const [row] = await db.dataSource.query(
      `SELECT start_date::text AS s, end_date::text AS e FROM projects WHERE id = $1`,
      [project.id],
    );
    expect(row).toEqual({ s: '2024-01-01', e: '2024-12-31' });

    const moved = await ok<{ updateProject: ProjectRow }>(url, editor, UPDATE, {
      input: { id: project.id, version: project.version, startDate: '2025-01-01', endDate: null },
    });
    expect(moved.updateProject).toMatchObject({ startDate: '2025-01-01', endDate: null, version: 2 });
  });

  it('should refuse to remove a required field', async () => {
    const project = await create({ name: 'Required', kind: 'OTHER' });
    const error = await failure(url, editor, UPDATE, { input: { id: project.id, version: 1, kind: null } });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual({ kind: ['cannot be removed'] });
  });

  it('should update with the current version and refuse a stale one with CONFLICT and the current record', async () => {
    const project = await create({ name: 'ELIXIR', kind: 'ESFRI' });
    const updated = await ok<{ updateProject: ProjectRow }>(url, editor, UPDATE, {
      input: { id: project.id, version: 1, status: 'COMPLETED', description: 'Life science data' },
    });
    expect(updated.updateProject).toMatchObject({
      status: 'COMPLETED',
      description: 'Life science data',
      version: 2,
      updatedBy: { name: 'Pia Projects' },
    });
    const stale = await failure(url, editor, UPDATE, { input: { id: project.id, version: 1, status: 'SUSPENDED' } });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.extensions.current).toMatchObject({ id: project.id, status: 'completed', version: 2 });
    const [row] = await db.dataSource.query(`SELECT status, version FROM projects WHERE id = $1`, [project.id]);
    expect(row).toEqual({ status: 'completed', version: 2 });
    const [change] = await db.dataSource.query(`SELECT diff FROM changes WHERE record_id = $1 AND action = 'update'`, [
      project.id,
    ]);
    expect(change.diff).toEqual({
      status: { before: 'active', after: 'completed' },
      description: { before: null, after: 'Life science data' },
    });
  });

  it('should answer NOT_FOUND for an update of a project that does not exist', async () => {
    const error = await failure(url, editor, UPDATE, {
      input: { id: '00000000-0000-4000-8000-000000000000', version: 1, name: 'Ghost' },
    });
    expect(error.code).toBe('NOT_FOUND');
  });

  describe('lists', () => {
    beforeAll(async () => {
      const projects = [
        { name: 'Filter Alpha', kind: 'ESFRI', status: 'ACTIVE', startDate: '2020-01-01', endDate: '2024-12-31' },
        { name: 'Filter Beta', kind: 'ESFRI', status: 'PLANNED', startDate: '2026-01-01', endDate: null },
        { name: 'Filter Gamma', kind: 'NATIONAL', status: 'COMPLETED', startDate: '2015-03-01', endDate: '2019-02-28' },
        { name: 'Filter Delta', kind: 'NATIONAL', status: 'ACTIVE', startDate: null, endDate: '2030-01-01' },
      ];
      for (const values of projects) {
        await create({ ...values, scientificDomain: values.kind === 'ESFRI' ? 'Life Sciences' : 'Physics' });
      }
    });
    const only = { text: 'Filter ' };

    it('should filter by kinds, statuses and scientific domain', async () => {
      expect(names(await list({ filter: { ...only, kinds: ['NATIONAL'] } }))).toEqual(['Filter Delta', 'Filter Gamma']);
      expect(names(await list({ filter: { ...only, statuses: ['ACTIVE', 'PLANNED'] } }))).toEqual([
        'Filter Alpha',
        'Filter Beta',
        'Filter Delta',
      ]);
      expect(names(await list({ filter: { ...only, scientificDomain: 'life sciences' } }))).toEqual([
        'Filter Alpha',
        'Filter Beta',
      ]);
    });

    it('should filter by the dates, open ends included in activeOn', async () => {
      const on = (day: string) => list({ filter: { ...only, activeOn: day } });
      expect(names(await on('2022-06-15'))).toEqual(['Filter Alpha', 'Filter Delta']);
      expect(names(await on('2026-01-01'))).toEqual(['Filter Beta', 'Filter Delta']);
      expect(names(await on('2019-02-28'))).toEqual(['Filter Delta', 'Filter Gamma']);
      expect(names(await list({ filter: { ...only, startsAfter: '2020-01-01' } }))).toEqual([
        'Filter Alpha',
        'Filter Beta',
      ]);
      expect(names(await list({ filter: { ...only, startsBefore: '2020-01-01' } }))).toEqual(['Filter Gamma']);
      expect(names(await list({ filter: { ...only, endsAfter: '2025-01-01' } }))).toEqual(['Filter Delta']);
      expect(names(await list({ filter: { ...only, endsBefore: '2024-12-31' } }))).toEqual(['Filter Gamma']);
    });

    it('should sort by start date, end date and status, undated last', async () => {
      const sorted = async (field: string, direction = 'ASC') =>
        names(await list({ filter: only, orderBy: { field, direction } }));
      expect(await sorted('START_DATE')).toEqual(['Filter Gamma', 'Filter Alpha', 'Filter Beta', 'Filter Delta']);
      expect(await sorted('START_DATE', 'DESC')).toEqual([
        'Filter Beta',
        'Filter Alpha',
        'Filter Gamma',
        'Filter Delta',
      ]);
      expect(await sorted('END_DATE')).toEqual(['Filter Gamma', 'Filter Alpha', 'Filter Delta', 'Filter Beta']);
      expect(await sorted('STATUS')).toEqual(['Filter Beta', 'Filter Alpha', 'Filter Delta', 'Filter Gamma']);
    });

    it('should page forwards and backwards with cursors', async () => {
      const first = await list({ filter: only, first: 3 });
      expect(first.projects.totalCount).toBe(4);
      expect(names(first)).toEqual(['Filter Alpha', 'Filter Beta', 'Filter Delta']);
      expect(first.projects.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const next = await list({ filter: only, first: 3, after: first.projects.pageInfo.endCursor });
      expect(names(next)).toEqual(['Filter Gamma']);
      expect(next.projects.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const last = await list({ filter: only, last: 2 });
      expect(names(last)).toEqual(['Filter Delta', 'Filter Gamma']);
      const before = await list({ filter: only, last: 2, before: last.projects.pageInfo.startCursor });
      expect(names(before)).toEqual(['Filter Alpha', 'Filter Beta']);
    });
  });

  it('should move to the trash, leave the lists, and come back on restore', async () => {
    const project = await create({ name: 'Trashable Project', kind: 'INITIATIVE' });
    const DELETE = `mutation($input: DeleteRecordInput!) { deleteProject(input: $input) { deletedAt version } }`;
    const stale = await failure(url, editor, DELETE, { input: { id: project.id, version: 7 } });
    expect(stale.code).toBe('CONFLICT');
    const deleted = await ok<{ deleteProject: { deletedAt: string | null } }>(url, editor, DELETE, {
      input: { id: project.id, version: 1 },
    });
    expect(deleted.deleteProject.deletedAt).toBeTruthy();
    expect(names(await list({ filter: { text: 'Trashable' } }))).toEqual([]);
    const trashed = await ok<{ project: { deletedAt: string | null } }>(
      url,
      viewer,
      `query($id: ID!) { project(id: $id) { deletedAt } }`,
      { id: project.id },
    );
    expect(trashed.project.deletedAt).toBeTruthy();
    const updateTrashed = await failure(url, editor, UPDATE, { input: { id: project.id, version: 2, name: 'X' } });
    expect(updateTrashed.code).toBe('NOT_FOUND');

    await ok(url, editor, `mutation($id: ID!) { restoreProject(input: { id: $id }) { deletedAt } }`, {
      id: project.id,
    });
    expect(names(await list({ filter: { text: 'Trashable' } }))).toEqual(['Trashable Project']);
    const actions = await db.dataSource.query(`SELECT action FROM changes WHERE record_id = $1 ORDER BY at, action`, [
      project.id,
    ]);
    expect(actions.map((row: { action: string }) => row.action).sort()).toEqual(['create', 'delete', 'restore']);
  });

  describe('access', () => {
    it('should refuse anonymous reads with UNAUTHENTICATED', async () => {
      expect((await failure(url, undefined, '{ projects { totalCount } }')).code).toBe('UNAUTHENTICATED');
    });

    it('should refuse mutations to viewers with FORBIDDEN', async () => {
      const error = await failure(url, viewer, CREATE, { input: { name: 'Nope', kind: 'OTHER' } });
      expect(error.code).toBe('FORBIDDEN');
    });
  });
});
