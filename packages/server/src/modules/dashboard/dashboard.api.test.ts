import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

type Who = 'owner' | 'mate' | 'reader' | 'outsider' | 'admin';
type Name = 'everyone' | 'team' | 'private' | 'otherTeam';

const WIDGET = 'kind savedReportId builtInReportId markdown title x y w h visible savedReport { id name spec }';
const FIELDS = `id version name description visibility owner { id } team { id }
  widgets { ${WIDGET} } filters { period teamIds countries tagIds }`;
const CREATE = `mutation($input: CreateDashboardInput!) { createDashboard(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateDashboardInput!) { updateDashboard(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($input: DeleteRecordInput!) { deleteDashboard(input: $input) { id deletedAt } }`;
const RESTORE = `mutation($input: RestoreRecordInput!) { restoreDashboard(input: $input) { id deletedAt } }`;
const LIST = `query($filter: DashboardFilter) { dashboards(filter: $filter, first: 50) { totalCount nodes { id name } } }`;
const ONE = `query($id: ID!) { dashboard(id: $id) { ${FIELDS} } }`;
const HISTORY = `query($id: ID!) { history(recordId: $id, first: 10) { totalCount } }`;
const TRASH = `query { trash(types: [DASHBOARD], first: 50) { nodes { id title } } }`;
const CREATE_REPORT = `mutation($input: CreateSavedReportInput!) { createSavedReport(input: $input) { id version } }`;
const UPDATE_REPORT = `mutation($input: UpdateSavedReportInput!) { updateSavedReport(input: $input) { id version } }`;
const DELETE_REPORT = `mutation($input: DeleteRecordInput!) { deleteSavedReport(input: $input) { id } }`;

const SPEC = { kind: 'NEED', groupBy: [{ field: 'category' }] };

interface Widget {
  kind: string;
  savedReportId: string | null;
  visible: boolean;
  savedReport: { id: string; name: string; spec: unknown } | null;
  [key: string]: unknown;
}
interface Board {
  id: string;
  version: number;
  name: string;
  widgets: Widget[];
  filters: Record<string, unknown>;
  [key: string]: unknown;
}

describe('dashboards', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  const tokens = {} as Record<Who, string>;
  const ids = {} as Record<Name, string>;
  const reports = {} as Record<'shared' | 'private' | 'outsiders', string>;
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
    ((await db.dataSource.query('SELECT count(*)::int AS n FROM dashboards')) as { n: number }[])[0].n;
  const place = (y: number) => ({ x: 0, y, w: 6, h: 4 });
  const report = async (token: string, name: string, visibility: string) =>
    (
      await ok<{ createSavedReport: { id: string } }>(url, token, CREATE_REPORT, {
        input: { name, spec: SPEC, visibility },
      })
    ).createSavedReport.id;

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
    reports.shared = await report(tokens.owner, 'Needs for all', 'EVERYONE');
    reports.private = await report(tokens.owner, 'My needs', 'PRIVATE');
    reports.outsiders = await report(tokens.outsider, 'Their needs', 'PRIVATE');
    const make = async (name: Name, visibility: string, teamId: string | null, token: string) => {
      const input = {
        name: `Board ${name}`,
        visibility,
        teamId,
        widgets: [{ kind: 'MARKDOWN', markdown: 'Hi', ...place(0) }],
      };
      ids[name] = (await ok<{ createDashboard: Board }>(url, token, CREATE, { input })).createDashboard.id;
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

  it('should make a private dashboard of ordered widgets with its filters', async () => {
    const { createDashboard: board } = await ok<{ createDashboard: Board }>(url, tokens.owner, CREATE, {
      input: {
        name: 'My team this month',
        description: 'What happened',
        widgets: [
          { kind: 'BUILT_IN_REPORT', builtInReportId: 'recording-activities', x: 0, y: 0, w: 12, h: 6 },
          { kind: 'SAVED_REPORT', savedReportId: reports.private, title: 'Mine', ...place(6) },
          { kind: 'MARKDOWN', markdown: '# Notes', x: 6, y: 6, w: 6, h: 4 },
        ],
        filters: { period: 'THIS_MONTH', teamIds: [teamAId], countries: ['DE', 'DE'] },
      },
    });
    expect(board).toMatchObject({
      name: 'My team this month',
      description: 'What happened',
      visibility: 'PRIVATE',
      owner: { id: ownerId },
      version: 1,
      filters: { period: 'THIS_MONTH', teamIds: [teamAId], countries: ['DE'], tagIds: [] },
    });
    expect(board.widgets).toEqual([
      {
        kind: 'BUILT_IN_REPORT',
        builtInReportId: 'recording-activities',
        savedReportId: null,
        markdown: null,
        title: null,
        x: 0,
        y: 0,
        w: 12,
        h: 6,
        visible: true,
        savedReport: null,
      },
      expect.objectContaining({
        kind: 'SAVED_REPORT',
        savedReportId: reports.private,
        title: 'Mine',
        visible: true,
        savedReport: expect.objectContaining({ id: reports.private, name: 'My needs' }),
      }),
      expect.objectContaining({ kind: 'MARKDOWN', markdown: '# Notes', visible: true }),
    ]);
  });

  it.each(Object.entries(SEES) as [Who, Name[]][])(
    'should show %s exactly the dashboards shared with them, in lists, by id and in the history',
    async (who, sees) => {
      const list = await ok<{ dashboards: { totalCount: number; nodes: { id: string }[] } }>(
        url,
        tokens[who],
        LIST,
        {},
      );
      const named = list.dashboards.nodes.map((node) => nameOf(node.id)).filter(Boolean);
      expect(named.sort()).toEqual(sees);
      for (const name of Object.keys(ids) as Name[]) {
        const one = await ok<{ dashboard: { id: string } | null }>(url, tokens[who], ONE, { id: ids[name] });
        expect([name, Boolean(one.dashboard)]).toEqual([name, sees.includes(name)]);
        const history = await ok<{ history: { totalCount: number } }>(url, tokens[who], HISTORY, { id: ids[name] });
        expect([name, history.history.totalCount > 0]).toEqual([name, sees.includes(name)]);
      }
    },
  );

  it('should show a widget of a saved report hidden from the reader as not visible, with nothing of the report', async () => {
    const { createDashboard: board } = await ok<{ createDashboard: Board }>(url, tokens.owner, CREATE, {
      input: {
        name: 'Team needs',
        visibility: 'TEAM',
        teamId: teamAId,
        widgets: [
          { kind: 'SAVED_REPORT', savedReportId: reports.shared, ...place(0) },
          { kind: 'SAVED_REPORT', savedReportId: reports.private, ...place(4) },
        ],
      },
    });
    const seen = async (who: Who) =>
      (await ok<{ dashboard: Board }>(url, tokens[who], ONE, { id: board.id })).dashboard.widgets.map((widget) => [
        widget.visible,
        widget.savedReport?.name ?? null,
      ]);
    expect(await seen('owner')).toEqual([
      [true, 'Needs for all'],
      [true, 'My needs'],
    ]);
    for (const who of ['mate', 'reader'] as const) {
      expect([who, await seen(who)]).toEqual([
        who,
        [
          [true, 'Needs for all'],
          [false, null],
        ],
      ]);
    }
    expect(await seen('admin')).toEqual([
      [true, 'Needs for all'],
      [true, 'My needs'],
    ]);
    expect((await ok<{ dashboard: null }>(url, tokens.outsider, ONE, { id: board.id })).dashboard).toBeNull();
  });

  it('should keep a widget whose report was hidden or trashed since, and refuse to place a report one may not see', async () => {
    const theirs = await report(tokens.outsider, 'Shared for now', 'EVERYONE');
    const { createDashboard: board } = await ok<{ createDashboard: Board }>(url, tokens.owner, CREATE, {
      input: { name: 'Borrowed', widgets: [{ kind: 'SAVED_REPORT', savedReportId: theirs, ...place(0) }] },
    });
    await ok(url, tokens.outsider, UPDATE_REPORT, { input: { id: theirs, version: 1, visibility: 'PRIVATE' } });
    const kept = await ok<{ updateDashboard: Board }>(url, tokens.owner, UPDATE, {
      input: {
        id: board.id,
        version: 1,
        name: 'Borrowed, renamed',
        widgets: [{ kind: 'SAVED_REPORT', savedReportId: theirs, ...place(2) }],
      },
    });
    expect(kept.updateDashboard.widgets.map((w) => [w.savedReportId, w.visible, w.savedReport])).toEqual([
      [theirs, false, null],
    ]);

    const before = await count();
    for (const hidden of [reports.outsiders, theirs]) {
      const refused = await failure(url, tokens.owner, CREATE, {
        input: { name: 'Peeking', widgets: [{ kind: 'SAVED_REPORT', savedReportId: hidden, ...place(0) }] },
      });
      expect(refused).toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: { fields: { 'widgets[0].savedReportId': ['is not a saved report you may see'] } },
      });
    }
    expect(await count()).toBe(before);

    const gone = await report(tokens.owner, 'Soon trashed', 'EVERYONE');
    const { createDashboard: withGone } = await ok<{ createDashboard: Board }>(url, tokens.owner, CREATE, {
      input: { name: 'With gone', widgets: [{ kind: 'SAVED_REPORT', savedReportId: gone, ...place(0) }] },
    });
    await ok(url, tokens.owner, DELETE_REPORT, { input: { id: gone } });
    const after = await ok<{ dashboard: Board }>(url, tokens.owner, ONE, { id: withGone.id });
    expect(after.dashboard.widgets.map((w) => [w.visible, w.savedReport])).toEqual([[false, null]]);
  });

  it('should refuse widgets that do not fit their kind or the grid, and store nothing', async () => {
    const before = await count();
    const bad: [Record<string, unknown>, string][] = [
      [{ kind: 'BUILT_IN_REPORT', builtInReportId: 'no-such-report', ...place(0) }, 'widgets[0].builtInReportId'],
      [{ kind: 'MARKDOWN', ...place(0) }, 'widgets[0].markdown'],
      [
        { kind: 'MARKDOWN', markdown: 'x', builtInReportId: 'recording-activities', ...place(0) },
        'widgets[0].builtInReportId',
      ],
      [{ kind: 'SAVED_REPORT', markdown: 'x', ...place(0) }, 'widgets[0].markdown'],
      [{ kind: 'MARKDOWN', markdown: 'x', x: 8, y: 0, w: 6, h: 2 }, 'widgets[0].w'],
    ];
    for (const [widget, field] of bad) {
      const refused = await failure(url, tokens.owner, CREATE, { input: { name: 'Bad', widgets: [widget] } });
      expect([field, refused.code, Object.keys((refused.extensions.fields as object) ?? {})]).toEqual([
        field,
        'BAD_USER_INPUT',
        [field],
      ]);
    }
    const negative = await failure(url, tokens.owner, CREATE, {
      input: { name: 'Bad', widgets: [{ kind: 'MARKDOWN', markdown: 'x', x: -1, y: 0, w: 1, h: 1 }] },
    });
    expect(negative.code).toBe('BAD_USER_INPUT');
    const country = await failure(url, tokens.owner, CREATE, {
      input: { name: 'Bad', filters: { countries: ['de'] } },
    });
    expect(country.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('should let only its owner or an admin change a shared dashboard, with version checks', async () => {
    const renamed = await ok<{ updateDashboard: Board }>(url, tokens.owner, UPDATE, {
      input: { id: ids.team, version: 1, name: 'Board (team)', filters: { period: 'LAST_QUARTER' } },
    });
    expect(renamed.updateDashboard).toMatchObject({
      name: 'Board (team)',
      version: 2,
      filters: { period: 'LAST_QUARTER', teamIds: [], countries: [], tagIds: [] },
    });
    expect(renamed.updateDashboard.widgets).toHaveLength(1);
    for (const who of ['mate', 'reader'] as const) {
      const refused = await failure(url, tokens[who], UPDATE, { input: { id: ids.team, version: 2, name: 'No' } });
      expect([who, refused.code]).toEqual([who, 'FORBIDDEN']);
    }
    expect(
      (await failure(url, tokens.outsider, UPDATE, { input: { id: ids.everyone, version: 1, name: 'No' } })).code,
    ).toBe('FORBIDDEN');
    expect(
      (await failure(url, tokens.outsider, UPDATE, { input: { id: ids.private, version: 1, name: 'No' } })).code,
    ).toBe('NOT_FOUND');
    expect((await failure(url, tokens.owner, UPDATE, { input: { id: ids.team, version: 1, name: 'Old' } })).code).toBe(
      'CONFLICT',
    );
    const byAdmin = await ok<{ updateDashboard: Board }>(url, tokens.admin, UPDATE, {
      input: { id: ids.team, version: 2, widgets: [] },
    });
    expect(byAdmin.updateDashboard).toMatchObject({ version: 3, widgets: [] });
  });

  it('should let a team mate use a team dashboard but not undo its changes; its owner may', async () => {
    const { createDashboard: board } = await ok<{ createDashboard: Board }>(url, tokens.owner, CREATE, {
      input: { name: 'Before', visibility: 'TEAM', teamId: teamAId },
    });
    await ok(url, tokens.owner, UPDATE, { input: { id: board.id, version: 1, name: 'After' } });
    const changes = await ok<{ history: { nodes: { id: string; action: string }[] } }>(
      url,
      tokens.mate,
      `query($id: ID!) { history(recordId: $id, first: 10) { nodes { id action } } }`,
      { id: board.id },
    );
    const update = changes.history.nodes.find((change) => change.action === 'UPDATE')!;
    const REVERT = `mutation($input: RevertChangeInput!) { revertChange(input: $input) { id } }`;
    const refused = await failure(url, tokens.mate, REVERT, { input: { changeId: update.id } });
    expect(refused.code).toBe('FORBIDDEN');
    expect((await ok<{ dashboard: Board }>(url, tokens.owner, ONE, { id: board.id })).dashboard.name).toBe('After');
    await ok(url, tokens.owner, REVERT, { input: { changeId: update.id } });
    expect((await ok<{ dashboard: Board }>(url, tokens.owner, ONE, { id: board.id })).dashboard.name).toBe('Before');
  });

  it('should trash and restore a dashboard, showing a private one in the trash to its owner and admins only', async () => {
    const draft = (await ok<{ createDashboard: Board }>(url, tokens.owner, CREATE, { input: { name: 'Draft board' } }))
      .createDashboard;
    expect((await failure(url, tokens.mate, DELETE, { input: { id: draft.id } })).code).toBe('NOT_FOUND');
    await ok(url, tokens.owner, DELETE, { input: { id: draft.id, version: 1 } });
    const trashOf = async (who: Who) =>
      (await ok<{ trash: { nodes: { title: string }[] } }>(url, tokens[who], TRASH)).trash.nodes.map((n) => n.title);
    expect(await trashOf('owner')).toEqual(['Draft board']);
    expect(await trashOf('admin')).toEqual(['Draft board']);
    expect(await trashOf('mate')).toEqual([]);
    expect(await trashOf('outsider')).toEqual([]);
    expect((await failure(url, tokens.outsider, RESTORE, { input: { id: draft.id } })).code).toBe('NOT_FOUND');
    const restored = await ok<{ restoreDashboard: { deletedAt: string | null } }>(url, tokens.owner, RESTORE, {
      input: { id: draft.id },
    });
    expect(restored.restoreDashboard.deletedAt).toBeNull();
  });
});
