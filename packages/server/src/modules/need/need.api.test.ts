import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { insertRow } from '../../../test/rows';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

const CREATE = `mutation($input: CreateNeedInput!) {
  createNeed(input: $input) {
    id title category description priority status source version
    organization { name } project { name } owner { name } createdBy { name }
  }
}`;
const UPDATE = `mutation($input: UpdateNeedInput!) {
  updateNeed(input: $input) { id status priority version organization { name } project { name } }
}`;
const LIST = `query($filter: NeedFilter, $orderBy: NeedOrder, $first: Int, $after: String) {
  needs(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { title }
  }
}`;

interface CreatedNeed {
  id: string;
  version: number;
}

describe('needs over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Nadia Needs' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const organization = (name: string, country: string | null = null) =>
    insertRow(db.dataSource, 'organizations', { name, kind: 'university', country });
  const project = (name: string) => insertRow(db.dataSource, 'projects', { name, kind: 'national' });
  const create = async (input: Record<string, unknown>) =>
    (await ok<{ createNeed: CreatedNeed }>(url, editor, CREATE, { input })).createNeed;
  const titles = async (variables: Record<string, unknown>) =>
    (
      await ok<{ needs: { nodes: { title: string }[] } }>(url, viewer, LIST, { first: 100, ...variables })
    ).needs.nodes.map((node) => node.title);

  it('should record a need of an organization with defaults, owned by its creator, in the history', async () => {
    const organizationId = await organization('Universidade de Lisboa');
    const { createNeed } = await ok<{ createNeed: Record<string, unknown> & { id: string } }>(url, editor, CREATE, {
      input: { title: 'GPU hours for cryo-EM', category: 'COMPUTE', organizationId, source: 'Kick-off meeting' },
    });
    expect(createNeed).toMatchObject({
      title: 'GPU hours for cryo-EM',
      category: 'COMPUTE',
      description: '',
      priority: 'MEDIUM',
      status: 'IDENTIFIED',
      source: 'Kick-off meeting',
      version: 1,
      organization: { name: 'Universidade de Lisboa' },
      project: null,
      owner: { name: 'Nadia Needs' },
      createdBy: { name: 'Nadia Needs' },
    });
    const [change] = await db.dataSource.query(`SELECT record_type, action, diff FROM changes WHERE record_id = $1`, [
      createNeed.id,
    ]);
    expect(change).toMatchObject({ record_type: 'Need', action: 'create' });
    expect(change.diff.organizationId).toEqual({ before: null, after: organizationId });
  });

  it('should refuse a need of both or of neither an organization and a project, per field', async () => {
    const organizationId = await organization('Both Org');
    const projectId = await project('Both Project');
    const both = await failure(url, editor, CREATE, {
      input: { title: 'Storage', category: 'STORAGE', organizationId, projectId },
    });
    expect(both.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(both.extensions.fields as object).sort()).toEqual(['organizationId', 'projectId']);

    const neither = await failure(url, editor, CREATE, { input: { title: 'Storage', category: 'STORAGE' } });
    expect(neither.code).toBe('BAD_USER_INPUT');
    expect((neither.extensions.fields as Record<string, string[]>).organizationId[0]).toMatch(/must be given/);

    const unknown = await failure(url, editor, CREATE, {
      input: { title: 'Storage', category: 'STORAGE', projectId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.extensions.fields).toEqual({ projectId: ['is not an existing project'] });
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM needs WHERE title = 'Storage'`);
    expect(n).toBe(0);
  });

  it('should let the status move freely, record each move, and refuse a stale version with CONFLICT', async () => {
    const need = await create({
      title: 'Federated login',
      category: 'IDENTITY_ACCESS',
      organizationId: await organization('AAI Lab'),
    });
    let version = need.version;
    for (const status of ['FULFILLED', 'BEING_ADDRESSED', 'NOT_PURSUED']) {
      const { updateNeed } = await ok<{ updateNeed: { status: string; version: number } }>(url, editor, UPDATE, {
        input: { id: need.id, version, status },
      });
      expect(updateNeed.status).toBe(status);
      version = updateNeed.version;
    }
    const moves = await db.dataSource.query(
      `SELECT diff->'status' AS status FROM changes WHERE record_id = $1 AND action = 'update' ORDER BY at, id`,
      [need.id],
    );
    expect(
      moves.map((move: { status: { before: string; after: string } }) => [move.status.before, move.status.after]),
    ).toEqual([
      ['identified', 'fulfilled'],
      ['fulfilled', 'being_addressed'],
      ['being_addressed', 'not_pursued'],
    ]);

    const stale = await failure(url, editor, UPDATE, { input: { id: need.id, version: 1, status: 'IDENTIFIED' } });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.extensions.current).toMatchObject({ id: need.id, status: 'not_pursued', version });
  });

  it('should move a need from an organization to a project only when the organization is let go', async () => {
    const need = await create({
      title: 'Training on Slurm',
      category: 'TRAINING',
      organizationId: await organization('HPC Centre'),
    });
    const projectId = await project('EuroHPC Skills');
    const both = await failure(url, editor, UPDATE, { input: { id: need.id, version: need.version, projectId } });
    expect(both.code).toBe('BAD_USER_INPUT');
    const moved = await ok<{ updateNeed: Record<string, unknown> }>(url, editor, UPDATE, {
      input: { id: need.id, version: need.version, projectId, organizationId: null },
    });
    expect(moved.updateNeed).toMatchObject({ organization: null, project: { name: 'EuroHPC Skills' }, version: 2 });
  });

  it('should filter needs by category, priority, status, openness, holder, country and text', async () => {
    const fr = await organization('Filter FR Lab', 'FR');
    const de = await organization('Filter DE Lab', 'DE');
    const pr = await project('Filter Project');
    await create({ title: 'Flt1 compute', category: 'COMPUTE', priority: 'HIGH', organizationId: fr });
    await create({ title: 'Flt2 storage', category: 'STORAGE', status: 'FULFILLED', organizationId: fr });
    await create({ title: 'Flt3 network', category: 'NETWORK', status: 'BEING_ADDRESSED', organizationId: de });
    await create({
      title: 'Flt4 training',
      category: 'TRAINING',
      status: 'NOT_PURSUED',
      projectId: pr,
      description: 'Zebra course',
    });
    const base = { text: 'Flt' };
    const sorted = (list: string[]) => [...list].sort();

    expect(sorted(await titles({ filter: { ...base, organizationId: fr } }))).toEqual(['Flt1 compute', 'Flt2 storage']);
    expect(await titles({ filter: { ...base, projectId: pr } })).toEqual(['Flt4 training']);
    expect(
      sorted(await titles({ filter: { ...base, countries: ['DE', 'FR'], categories: ['COMPUTE', 'NETWORK'] } })),
    ).toEqual(['Flt1 compute', 'Flt3 network']);
    expect(await titles({ filter: { ...base, countries: ['DE'] } })).toEqual(['Flt3 network']);
    expect(await titles({ filter: { ...base, priorities: ['HIGH'] } })).toEqual(['Flt1 compute']);
    expect(await titles({ filter: { ...base, statuses: ['FULFILLED'] } })).toEqual(['Flt2 storage']);
    expect(sorted(await titles({ filter: { organizationId: fr, open: true } }))).toEqual(['Flt1 compute']);
    expect(sorted(await titles({ filter: { text: 'Flt', open: false } }))).toEqual(['Flt2 storage', 'Flt4 training']);
    expect(await titles({ filter: { text: 'zebra' } })).toEqual(['Flt4 training']);
  });

  it('should sort by priority (critical first), status and title, and page through', async () => {
    const org = await organization('Sort Lab');
    await create({ title: 'S-b low', category: 'OTHER', priority: 'LOW', status: 'FULFILLED', organizationId: org });
    await create({
      title: 'S-a critical',
      category: 'OTHER',
      priority: 'CRITICAL',
      status: 'NOT_PURSUED',
      organizationId: org,
    });
    await create({
      title: 'S-d medium',
      category: 'OTHER',
      priority: 'MEDIUM',
      status: 'IDENTIFIED',
      organizationId: org,
    });
    await create({
      title: 'S-c high',
      category: 'OTHER',
      priority: 'HIGH',
      status: 'BEING_ADDRESSED',
      organizationId: org,
    });
    const filter = { organizationId: org };
    expect(await titles({ filter })).toEqual(['S-a critical', 'S-c high', 'S-d medium', 'S-b low']);
    expect(await titles({ filter, orderBy: { field: 'PRIORITY', direction: 'DESC' } })).toEqual([
      'S-b low',
      'S-d medium',
      'S-c high',
      'S-a critical',
    ]);
    expect(await titles({ filter, orderBy: { field: 'STATUS' } })).toEqual([
      'S-d medium',
      'S-c high',
      'S-b low',
      'S-a critical',
    ]);
    expect(await titles({ filter, orderBy: { field: 'TITLE', direction: 'DESC' } })).toEqual([
      'S-d medium',
      'S-c high',
      'S-b low',
      'S-a critical',
    ]);

    const page = await ok<{ needs: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      url,
      viewer,
      LIST,
      { filter, first: 3 },
    );
    expect(page.needs).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    expect(await titles({ filter, first: 3, after: page.needs.pageInfo.endCursor })).toEqual(['S-b low']);
  });

  it('should list the needs of many organizations and projects, batched, with trashed needs left out', async () => {
    const first = await organization('Batch One');
    const second = await organization('Batch Two');
    const pr = await project('Batch Project');
    await create({ title: 'B1', category: 'COMPUTE', organizationId: first });
    const trashed = await create({ title: 'B2', category: 'STORAGE', priority: 'CRITICAL', organizationId: first });
    await create({ title: 'B3', category: 'NETWORK', organizationId: second });
    await create({ title: 'B4', category: 'TRAINING', projectId: pr });
    await ok(url, editor, `mutation($id: ID!) { deleteNeed(input: { id: $id }) { id } }`, { id: trashed.id });

    const result = await ok<{
      organizations: { nodes: { name: string; needs: { totalCount: number; nodes: { title: string }[] } }[] };
    }>(
      url,
      viewer,
      `{ organizations(filter: { text: "Batch" }) { nodes { name needs { totalCount nodes { title } } } } }`,
    );
    expect(result.organizations.nodes).toEqual([
      { name: 'Batch One', needs: { totalCount: 1, nodes: [{ title: 'B1' }] } },
      { name: 'Batch Two', needs: { totalCount: 1, nodes: [{ title: 'B3' }] } },
    ]);
    const ofProject = await ok<{ need: { project: { needs: { nodes: { title: string }[] } } } }>(
      url,
      viewer,
      `query($id: ID!) { need(id: $id) { project { needs(filter: { open: true }) { nodes { title } } } } }`,
      { id: (await db.dataSource.query(`SELECT id FROM needs WHERE title = 'B4'`))[0].id },
    );
    expect(ofProject.need.project.needs.nodes).toEqual([{ title: 'B4' }]);
  });

  it('should move a need to the trash and bring it back', async () => {
    const need = await create({
      title: 'Trash need',
      category: 'OTHER',
      organizationId: await organization('Trash Org'),
    });
    const deleted = await ok<{ deleteNeed: { deletedAt: string | null; version: number } }>(
      url,
      editor,
      `mutation($id: ID!, $v: Int) { deleteNeed(input: { id: $id, version: $v }) { deletedAt version } }`,
      { id: need.id, v: need.version },
    );
    expect(deleted.deleteNeed.deletedAt).toBeTruthy();
    expect(await titles({ filter: { text: 'Trash need' } })).toEqual([]);
    const restored = await ok<{ restoreNeed: { deletedAt: string | null } }>(
      url,
      editor,
      `mutation($id: ID!) { restoreNeed(input: { id: $id }) { deletedAt } }`,
      { id: need.id },
    );
    expect(restored.restoreNeed.deletedAt).toBeNull();
    expect(await titles({ filter: { text: 'Trash need' } })).toEqual(['Trash need']);
  });

  it('should let viewers read but not write, and nobody anonymous', async () => {
    const organizationId = await organization('Access Org');
    const input = { title: 'No', category: 'OTHER', organizationId };
    expect((await failure(url, viewer, CREATE, { input })).code).toBe('FORBIDDEN');
    expect((await failure(url, undefined, '{ needs { totalCount } }')).code).toBe('UNAUTHENTICATED');
    await ok(url, viewer, '{ needs(first: 1) { totalCount } }');
  });
});
