import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { REPORT_QUERY, type ReportResult } from '../../../test/report-drill';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

type Who = 'owner' | 'mate' | 'reader' | 'outsider' | 'admin';
type Name = 'everyone' | 'team' | 'private' | 'otherTeam';

const FIELDS = 'id version name description spec chart visibility owner { id } team { id }';
const CREATE = `mutation($input: CreateSavedReportInput!) { createSavedReport(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateSavedReportInput!) { updateSavedReport(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($input: DeleteRecordInput!) { deleteSavedReport(input: $input) { id deletedAt } }`;
const RESTORE = `mutation($input: RestoreRecordInput!) { restoreSavedReport(input: $input) { id deletedAt } }`;
const LIST = `query($filter: SavedReportFilter) { savedReports(filter: $filter, first: 50) { totalCount nodes { id name } } }`;
const ONE = `query($id: ID!) { savedReport(id: $id) { id name spec } }`;
const HISTORY = `query($id: ID!) { history(recordId: $id, first: 10) { totalCount } }`;
const TRASH = `query { trash(types: [SAVED_REPORT], first: 50) { nodes { id title } } }`;

const SPEC = {
  kind: 'ACTIVITY',
  groupBy: [{ field: 'team' }, { field: 'createdAt', bucket: 'MONTH' }],
  period: { field: 'createdAt', from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' },
};

interface Saved {
  id: string;
  version: number;
  name: string;
  spec: Record<string, unknown>;
  chart: string;
}

describe('saved reports', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  const tokens = {} as Record<Who, string>;
  const ids = {} as Record<Name, string>;
  let ownerId: string;
  let teamAId: string;

  const SEES: Record<Who, Name[]> = {
    owner: ['everyone', 'private', 'team'],
    mate: ['everyone', 'team'],
    reader: ['everyone', 'team'],
    outsider: ['everyone', 'otherTeam'],
    admin: ['everyone', 'otherTeam', 'private', 'team'],
  };
  const nameOf = (id: string) => (Object.keys(ids) as Name[]).find((name) => ids[name] === id);
  const count = async () =>
    ((await db.dataSource.query('SELECT count(*)::int AS n FROM saved_reports')) as { n: number }[])[0].n;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    const teamA = await createTeam(db.dataSource);
    const teamB = await createTeam(db.dataSource);
    teamAId = teamA.id;
    const owner = await createUser(db.dataSource, { role: 'editor', teamIds: [teamA.id] });
    ownerId = owner.user.id;
    tokens.owner = owner.token;
    tokens.mate = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamA.id] })).token;
    tokens.reader = (await createUser(db.dataSource, { role: 'viewer', teamIds: [teamA.id] })).token;
    tokens.outsider = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamB.id] })).token;
    tokens.admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    const make = async (name: Name, visibility: string, teamId: string | null, token: string) => {
      const input = { name: `Intensity ${name}`, spec: SPEC, chart: 'STACKED_BAR', visibility, teamId };
      ids[name] = (await ok<{ createSavedReport: Saved }>(url, token, CREATE, { input })).createSavedReport.id;
    };
    await make('everyone', 'EVERYONE', null, tokens.owner);
    await make('team', 'TEAM', teamA.id, tokens.owner);
    await make('private', 'PRIVATE', null, tokens.owner);
    await make('otherTeam', 'TEAM', teamB.id, tokens.outsider);
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should save a report private to its creator, with a spec the report query takes back as it is', async () => {
    const { createSavedReport: saved } = await ok<{ createSavedReport: Saved & Record<string, unknown> }>(
      url,
      tokens.owner,
      CREATE,
      {
        input: {
          name: 'Needs by category',
          description: 'Open ones',
          spec: { kind: 'NEED', groupBy: [{ field: 'category' }] },
        },
      },
    );
    expect(saved).toMatchObject({
      name: 'Needs by category',
      description: 'Open ones',
      chart: 'TABLE',
      visibility: 'PRIVATE',
      owner: { id: ownerId },
      team: null,
      version: 1,
    });
    expect(saved.spec).toMatchObject({ kind: 'NEED', groupBy: [{ field: 'category' }], timeZone: 'UTC', limit: 1000 });

    const { savedReport } = await ok<{ savedReport: Saved }>(url, tokens.owner, ONE, { id: ids.private });
    expect(savedReport.spec).toMatchObject({ ...SPEC, period: { ...SPEC.period, compareWithPrevious: false } });
    const { report } = await ok<{ report: ReportResult }>(url, tokens.owner, REPORT_QUERY, { spec: savedReport.spec });
    expect(report).toMatchObject({ kind: 'ACTIVITY', list: 'activities', truncated: false });
  });

  it.each(Object.entries(SEES) as [Who, Name[]][])(
    'should show %s exactly the reports shared with them, in lists, by id and in the history',
    async (who, sees) => {
      const list = await ok<{ savedReports: { totalCount: number; nodes: { id: string }[] } }>(url, tokens[who], LIST, {
        filter: { kind: 'ACTIVITY' },
      });
      expect(list.savedReports.nodes.map((node) => nameOf(node.id)).sort()).toEqual(sees);
      expect(list.savedReports.totalCount).toBe(sees.length);
      for (const name of Object.keys(ids) as Name[]) {
        const one = await ok<{ savedReport: { id: string } | null }>(url, tokens[who], ONE, { id: ids[name] });
        expect([name, Boolean(one.savedReport)]).toEqual([name, sees.includes(name)]);
        const history = await ok<{ history: { totalCount: number } }>(url, tokens[who], HISTORY, { id: ids[name] });
        expect([name, history.history.totalCount > 0]).toEqual([name, sees.includes(name)]);
      }
    },
  );

  it('should list only one’s own, or only others’, when asked', async () => {
    const mine = await ok<{ savedReports: { nodes: { id: string }[] } }>(url, tokens.outsider, LIST, {
      filter: { mine: true },
    });
    expect(mine.savedReports.nodes.map((node) => nameOf(node.id))).toEqual(['otherTeam']);
    const others = await ok<{ savedReports: { nodes: { id: string }[] } }>(url, tokens.outsider, LIST, {
      filter: { mine: false, kind: 'ACTIVITY' },
    });
    expect(others.savedReports.nodes.map((node) => nameOf(node.id))).toEqual(['everyone']);
  });

  it('should refuse a spec the report query refuses, and store nothing', async () => {
    const before = await count();
    const bad = [
      { kind: 'ACTIVITY', groupBy: [{ field: 'nonsense' }] },
      { kind: 'ACTIVITY', groupBy: [{ field: 'team' }, { field: 'kind' }, { field: 'status' }, { field: 'owner' }] },
      { kind: 'ACTIVITY', needFilter: { open: true } },
      { kind: 'ACTIVITY', timeZone: 'Mars/Olympus' },
      { kind: 'ACTIVITY', period: { field: 'createdAt', from: '1900-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } },
    ];
    for (const spec of bad) {
      const refused = await failure(url, tokens.owner, CREATE, { input: { name: 'Bad', spec } });
      expect([spec, refused.code]).toEqual([spec, 'BAD_USER_INPUT']);
      expect(refused.message).toMatch(/^spec\./);
    }
    expect(await count()).toBe(before);

    const { savedReport } = await ok<{ savedReport: Saved }>(url, tokens.owner, ONE, { id: ids.everyone });
    const refused = await failure(url, tokens.owner, UPDATE, {
      input: { id: ids.everyone, version: 1, name: 'Changed', spec: bad[0] },
    });
    expect(refused.code).toBe('BAD_USER_INPUT');
    const after = await ok<{ savedReport: Saved }>(url, tokens.owner, ONE, { id: ids.everyone });
    expect(after.savedReport).toEqual(savedReport);
  });

  it('should refuse sharing with a team that is not one’s own, or TEAM without a team', async () => {
    const other = await failure(url, tokens.mate, CREATE, {
      input: { name: 'X', spec: SPEC, visibility: 'TEAM', teamId: (await createTeam(db.dataSource)).id },
    });
    expect(other).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: { teamId: ['must be one of your teams'] } },
    });
    const none = await failure(url, tokens.mate, CREATE, { input: { name: 'X', spec: SPEC, visibility: 'TEAM' } });
    expect(none.code).toBe('BAD_USER_INPUT');
  });

  it('should let only its owner or an admin change a shared report, with version checks', async () => {
    const renamed = await ok<{ updateSavedReport: Saved }>(url, tokens.owner, UPDATE, {
      input: {
        id: ids.team,
        version: 1,
        name: 'Intensity (team)',
        chart: 'LINE',
        spec: { ...SPEC, groupBy: [{ field: 'team' }] },
      },
    });
    expect(renamed.updateSavedReport).toMatchObject({ name: 'Intensity (team)', chart: 'LINE', version: 2 });
    expect(renamed.updateSavedReport.spec.groupBy).toEqual([{ field: 'team' }]);
    for (const who of ['mate', 'reader'] as const) {
      const refused = await failure(url, tokens[who], UPDATE, { input: { id: ids.team, version: 2, name: 'No' } });
      expect([who, refused.code]).toEqual([who, 'FORBIDDEN']);
    }
    const everyone = await failure(url, tokens.outsider, UPDATE, {
      input: { id: ids.everyone, version: 1, name: 'No' },
    });
    expect(everyone.code).toBe('FORBIDDEN');
    const hidden = await failure(url, tokens.outsider, UPDATE, { input: { id: ids.private, version: 1, name: 'No' } });
    expect(hidden.code).toBe('NOT_FOUND');
    const stale = await failure(url, tokens.owner, UPDATE, { input: { id: ids.team, version: 1, name: 'Old' } });
    expect(stale.code).toBe('CONFLICT');
    const byAdmin = await ok<{ updateSavedReport: Saved }>(url, tokens.admin, UPDATE, {
      input: { id: ids.team, version: 2, description: 'Checked by the admin' },
    });
    expect(byAdmin.updateSavedReport.version).toBe(3);
    const removed = await failure(url, tokens.owner, UPDATE, { input: { id: ids.team, version: 3, spec: null } });
    expect(removed.code).toBe('BAD_USER_INPUT');
  });

  it('should trash and restore a report, showing a private one in the trash to its owner and admins only', async () => {
    const draft = (
      await ok<{ createSavedReport: Saved }>(url, tokens.owner, CREATE, { input: { name: 'Draft report', spec: SPEC } })
    ).createSavedReport;
    expect((await failure(url, tokens.mate, DELETE, { input: { id: draft.id } })).code).toBe('NOT_FOUND');
    await ok(url, tokens.owner, DELETE, { input: { id: draft.id, version: 1 } });
    const trashOf = async (who: Who) =>
      (await ok<{ trash: { nodes: { id: string; title: string }[] } }>(url, tokens[who], TRASH)).trash.nodes.map(
        (node) => node.title,
      );
    expect(await trashOf('owner')).toEqual(['Draft report']);
    expect(await trashOf('admin')).toEqual(['Draft report']);
    expect(await trashOf('mate')).toEqual([]);
    expect(await trashOf('outsider')).toEqual([]);
    expect((await ok<{ savedReport: null }>(url, tokens.owner, ONE, { id: draft.id })).savedReport).toBeNull();
    expect((await failure(url, tokens.outsider, RESTORE, { input: { id: draft.id } })).code).toBe('NOT_FOUND');
    const restored = await ok<{ restoreSavedReport: { deletedAt: string | null } }>(url, tokens.owner, RESTORE, {
      input: { id: draft.id },
    });
    expect(restored.restoreSavedReport.deletedAt).toBeNull();
    expect(await trashOf('owner')).toEqual([]);
    expect(teamAId).toBeDefined();
  });
});
