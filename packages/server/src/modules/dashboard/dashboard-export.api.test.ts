import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import { REPORT_QUERY, type ReportResult } from '../../../test/report-drill';
import { Activity } from '../activity/activity.entity';
import { periodRange } from './dashboard-export';

type Who = 'owner' | 'reader' | 'outsider' | 'admin';

const CREATE = `mutation($input: CreateDashboardInput!) { createDashboard(input: $input) { id } }`;
const CREATE_REPORT = `mutation($input: CreateSavedReportInput!) { createSavedReport(input: $input) { id } }`;
const BUILT_IN = `query { builtInReports { id spec } }`;

/** The figures of the number widgets, in the order of the widgets, as the SVG carries them. */
const figures = (svg: string) => [...svg.matchAll(/class="figure" data-value="([^"]*)"/g)].map((m) => Number(m[1]));

describe('dashboard export (PDF, PNG, SVG)', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  const tokens = {} as Record<Who, string>;
  let shared: string;
  let hidden: string;
  let teamA: string;
  let teamB: string;

  const get = (path: string, token?: string) =>
    fetch(`${url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const svgOf = async (who: Who, query = '') => {
    const response = await get(`/dashboards/${shared}/export.svg${query}`, tokens[who]);
    expect(response.status).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    teamA = (await createTeam(db.dataSource, { name: 'Alpha' })).id;
    teamB = (await createTeam(db.dataSource, { name: 'Beta' })).id;
    const owner = await createUser(db.dataSource, { role: 'editor', teamIds: [teamA] });
    tokens.owner = owner.token;
    tokens.reader = (await createUser(db.dataSource, { role: 'viewer', teamIds: [teamA] })).token;
    const outsider = await createUser(db.dataSource, { role: 'editor', teamIds: [teamB] });
    tokens.outsider = outsider.token;
    tokens.admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    const m = db.dataSource.manager;
    // Recorded this month: Alpha's two for everyone and one private; Beta's one for everyone.
    const spread: [Activity['visibility'], string, string][] = [
      ['everyone', teamA, owner.user.id],
      ['everyone', teamA, owner.user.id],
      ['private', teamA, owner.user.id],
      ['everyone', teamB, outsider.user.id],
    ];
    for (const [visibility, teamId, ownerId] of spread) {
      await m.save(m.create(Activity, { kind: 'call', subject: 'x', status: 'done', visibility, teamId, ownerId }));
    }
    const perTeam = (
      await ok<{ createSavedReport: { id: string } }>(url, tokens.owner, CREATE_REPORT, {
        input: {
          name: 'Activities per team',
          spec: { kind: 'ACTIVITY', groupBy: [{ field: 'team' }] },
          chart: 'TABLE',
          visibility: 'EVERYONE',
        },
      })
    ).createSavedReport.id;
    const perMonth = (
      await ok<{ createSavedReport: { id: string } }>(url, tokens.owner, CREATE_REPORT, {
        input: {
          name: 'Activities per team and month',
          spec: { kind: 'ACTIVITY', groupBy: [{ field: 'team' }, { field: 'createdAt', bucket: 'MONTH' }] },
          chart: 'STACKED_BAR',
          visibility: 'EVERYONE',
        },
      })
    ).createSavedReport.id;
    const board = (visibility: string, widgets: unknown[]) =>
      ok<{ createDashboard: { id: string } }>(url, tokens.owner, CREATE, {
        input: { name: `Our month ${visibility}`, visibility, widgets },
      }).then((d) => d.createDashboard.id);
    shared = await board('EVERYONE', [
      { kind: 'BUILT_IN_REPORT', builtInReportId: 'activities-recorded', x: 0, y: 0, w: 4, h: 2 },
      { kind: 'BUILT_IN_REPORT', builtInReportId: 'recording-activities', x: 4, y: 0, w: 8, h: 4 },
      { kind: 'SAVED_REPORT', savedReportId: perTeam, x: 0, y: 2, w: 4, h: 3 },
      { kind: 'SAVED_REPORT', savedReportId: perMonth, x: 4, y: 4, w: 8, h: 1 },
      {
        kind: 'MARKDOWN',
        markdown: '## Notes\nCall **Ada** about the [grant](https://example.org).',
        x: 0,
        y: 5,
        w: 12,
        h: 2,
      },
    ]);
    hidden = await board('PRIVATE', [{ kind: 'MARKDOWN', markdown: 'Mine', x: 0, y: 0, w: 4, h: 2 }]);
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should print the number a widget shows as the report query counts it, for each role', async () => {
    const { builtInReports } = await ok<{ builtInReports: { id: string; spec: Record<string, unknown> }[] }>(
      url,
      tokens.admin,
      BUILT_IN,
    );
    const spec = { ...builtInReports.find((r) => r.id === 'activities-recorded')!.spec, timeZone: 'UTC' };
    const expected: Record<Who, number> = { owner: 4, reader: 3, outsider: 3, admin: 4 };
    for (const who of Object.keys(expected) as Who[]) {
      const { report } = await ok<{ report: ReportResult }>(url, tokens[who], REPORT_QUERY, { spec });
      expect(report.rows[0].values[0]).toBe(expected[who]);
      expect(figures(await svgOf(who))).toEqual([expected[who]]);
    }
  });

  it('should not count, show or name a record hidden from the reader', async () => {
    const owners = await svgOf('owner');
    const readers = await svgOf('reader');
    // The saved report's table: Alpha has 3 for its owner, 2 for a viewer who may not see the private one.
    expect(owners).toMatch(/>Alpha<\/text><text[^>]*>3<\/text>/);
    expect(readers).toMatch(/>Alpha<\/text><text[^>]*>2<\/text>/);
    expect(readers).not.toMatch(/>Alpha<\/text><text[^>]*>3<\/text>/);
  });

  it('should apply the filters of the query string to every widget', async () => {
    expect(figures(await svgOf('admin', `?team=${teamB}&period=month&timeZone=Europe/Amsterdam`))).toEqual([1]);
    expect(figures(await svgOf('admin', `?team=${teamA},${teamB}`))).toEqual([4]);
    const bad = await get(`/dashboards/${shared}/export.svg?team=nope`, tokens.admin);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
    expect((await get(`/dashboards/${shared}/export.svg?timeZone=Mars/Base`, tokens.admin)).status).toBe(400);
    expect((await get(`/dashboards/${shared}/export.svg?period=decade`, tokens.admin)).status).toBe(400);
  });

  it('should read a filter given empty as none, not as the dashboard’s own', async () => {
    const kept = (
      await ok<{ createDashboard: { id: string } }>(url, tokens.owner, CREATE, {
        input: {
          name: 'Beta this month',
          visibility: 'EVERYONE',
          filters: { period: 'THIS_MONTH', teamIds: [teamB] },
          widgets: [{ kind: 'BUILT_IN_REPORT', builtInReportId: 'activities-recorded', x: 0, y: 0, w: 4, h: 2 }],
        },
      })
    ).createDashboard.id;
    const svg = async (query: string) => (await get(`/dashboards/${kept}/export.svg${query}`, tokens.admin)).text();
    const own = await svg('');
    expect(own).toContain('This month');
    expect(figures(own)).toEqual([1]);
    const cleared = await svg('?period=&team=&country=&tag=');
    expect(cleared).toContain('Each report’s own period');
    expect(cleared).not.toContain('team(s)');
    expect(figures(cleared)).toEqual([4]);
  });

  it('should draw charts with ECharts, text as text, and the widgets where the grid puts them', async () => {
    const svg = await svgOf('owner');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // The chart is a nested SVG document of ECharts' renderer, in the second widget's place.
    expect(svg).toMatch(
      /<g class="widget" data-index="1"><rect x="425" y="76"[\s\S]*?<svg x="\d+" y="\d+" width="\d+"/,
    );
    // A saved report's stacked bars are drawn as a chart too, not as a table.
    expect(svg).toMatch(/<g class="widget" data-index="3">(?:(?!<\/g><g class="widget").)*<svg x="\d+"/s);
    expect(svg).toContain('>Notes</text>');
    expect(svg).toContain('>Call Ada about the grant.</text>');
    expect(svg).not.toContain('**');
  });

  it('should send a valid PNG and a valid PDF', async () => {
    const png = await get(`/dashboards/${shared}/export.png`, tokens.reader);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('content-disposition')).toBe('attachment; filename="Our-month-EVERYONE.png"');
    const image = Buffer.from(await png.arrayBuffer());
    expect(image.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Drawn at twice the page's 1,240 px; seven rows of 80 px under the header.
    expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([2480, 2 * (76 + 7 * 80 + 20)]);
    const pdf = await get(`/dashboards/${shared}/export.pdf`, tokens.reader);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const document = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(document.startsWith('%PDF-1.')).toBe(true);
    expect(document.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(document).toContain('/Subtype /Image');
  });

  it('should answer NOT_FOUND for a dashboard the reader may not see, and refuse anyone unsigned', async () => {
    for (const who of ['reader', 'outsider'] as const) {
      const response = await get(`/dashboards/${hidden}/export.pdf`, tokens[who]);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    }
    expect((await get(`/dashboards/${hidden}/export.png`, tokens.owner)).status).toBe(200);
    expect((await get(`/dashboards/${hidden}/export.png`, tokens.admin)).status).toBe(200);
    expect((await get('/dashboards/not-an-id/export.png', tokens.admin)).status).toBe(404);
    expect((await get(`/dashboards/${shared}/export.gif`, tokens.admin)).status).toBe(404);
    const anonymous = await get(`/dashboards/${shared}/export.pdf`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
  });
});

describe('dashboard periods', () => {
  it('should start and end each period at midnight in the reader’s time zone, across a change of clocks', () => {
    const now = new Date('2026-03-15T12:00:00Z'); // a Sunday; clocks go forward on 29 March in Amsterdam
    const at = (period: Parameters<typeof periodRange>[0], zone = 'Europe/Amsterdam') => periodRange(period, zone, now);
    expect(at('this_month')).toEqual({ from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T22:00:00.000Z' });
    expect(at('this_week')).toEqual({ from: '2026-03-08T23:00:00.000Z', to: '2026-03-15T23:00:00.000Z' });
    expect(at('last_quarter')).toEqual({ from: '2025-09-30T22:00:00.000Z', to: '2025-12-31T23:00:00.000Z' });
    expect(at('last_12_months', 'UTC')).toEqual({ from: '2025-04-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' });
    expect(at('this_year', 'America/New_York')).toEqual({
      from: '2026-01-01T05:00:00.000Z',
      to: '2027-01-01T05:00:00.000Z',
    });
  });
});
