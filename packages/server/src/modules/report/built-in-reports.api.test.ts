import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { countsThrough, REPORT_QUERY, type ReportResult } from '../../../test/report-drill';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import type { Role } from '../../core/auth/roles';
import { REFERENCE_DATE } from '../../seed/demo-random';
import { seedDemoData } from '../../seed/seed';
import { TokenScope } from '../token/api-token.entity';
import { issueToken } from '../token/api-token.service';
import { builtInReports } from './built-in-reports';

const CREATE = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`;
const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { id version } }`;

/**
 * Opportunities of every visibility, of the editor's team and others, of organizations of the
 * dashboard's country and others, moved stage by stage through both pipelines by an admin, with
 * expected values and dates around the reference date: what the pipeline reports count.
 */
async function moveOpportunitiesThroughPipelines(
  db: TestDatabase,
  url: string,
  dashboard: { team: string; country: string },
): Promise<void> {
  const [admin] = await db.dataSource.query(`SELECT id FROM users WHERE role = 'admin' ORDER BY email LIMIT 1`);
  const token = (await issueToken(db.dataSource.manager, admin.id, { name: 'tests', scope: TokenScope.WRITE })).secret;
  const [other] = await db.dataSource.query('SELECT id FROM teams WHERE id <> $1 ORDER BY name LIMIT 1', [
    dashboard.team,
  ]);
  const organizations: { id: string }[] = await db.dataSource.query(
    `(SELECT id FROM organizations WHERE country = $1 ORDER BY name LIMIT 4)
     UNION ALL (SELECT id FROM organizations WHERE country <> $1 ORDER BY name LIMIT 4)`,
    [dashboard.country],
  );
  const pipelines: { id: string; stages: { id: string; position: number }[] }[] = await db.dataSource.query(
    `SELECT p.id, json_agg(json_build_object('id', s.id, 'position', s.position) ORDER BY s.position) AS stages
     FROM pipelines p JOIN pipeline_stages s ON s.pipeline_id = p.id AND s.removed_at IS NULL
     GROUP BY p.id, p.position ORDER BY p.position`,
  );
  const visibilities = ['EVERYONE', 'TEAM', 'PRIVATE'];
  for (let n = 0; n < 24; n++) {
    const pipeline = pipelines[n % pipelines.length];
    const last = n % pipeline.stages.length;
    let opp = (
      await ok<{ createOpportunity: { id: string; version: number } }>(url, token, CREATE, {
        input: {
          title: `Engagement ${n}`,
          pipelineId: pipeline.id,
          teamId: n % 3 === 2 ? other.id : dashboard.team,
          visibility: visibilities[n % 3],
          organizationId: organizations[n % organizations.length].id,
          expectedValue: 10 * (n + 1),
          expectedDate: new Date(REFERENCE_DATE + (n - 4) * 12 * 86_400_000).toISOString().slice(0, 10),
        },
      })
    ).createOpportunity;
    for (const stage of pipeline.stages.slice(1, last + 1)) {
      opp = (
        await ok<{ moveOpportunity: { id: string; version: number } }>(url, token, MOVE, {
          input: { id: opp.id, version: opp.version, stageId: stage.id, reason: n % 2 ? 'No time' : null },
        })
      ).moveOpportunity;
    }
  }
  // Recorded in the months before the reference date, as the demo data is (a time, nothing else).
  await db.dataSource.query(
    `UPDATE opportunities SET created_at = $1::timestamptz - (substr(title, 12)::int * interval '9 days')
     WHERE title LIKE 'Engagement %'`,
    [new Date(REFERENCE_DATE)],
  );
}

const ROLES: Role[] = ['viewer', 'editor', 'admin'];

/**
 * Every built-in report, for a seeded user of each role: each row's figure equals the
 * totalCount of the list it drills down to, and no row lacks its filter but for an empty value.
 */
describe('built-in reports on the demo data', () => {
  let db: TestDatabase;
  let server: TestServer;
  const tokens = {} as Record<Role, string>;
  /** The dashboard's filters as the home page writes them: a team of the editor's, a country. */
  const dashboard = { team: '', country: '' };
  let filteredRows = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { scale: 1 });
    server = await startTestServer(db);
    for (const role of ROLES) {
      // A member of a team, so that team records are in play; the seed has one of each role.
      const [user] = await db.dataSource.query(
        `SELECT u.id FROM users u WHERE u.role = $1 AND EXISTS (SELECT 1 FROM team_memberships m WHERE m.user_id = u.id)
         ORDER BY u.email LIMIT 1`,
        [role],
      );
      tokens[role] = (
        await issueToken(db.dataSource.manager, user.id, { name: 'tests', scope: TokenScope.READ })
      ).secret;
      if (role === 'editor') {
        const [membership] = await db.dataSource.query(
          'SELECT team_id FROM team_memberships WHERE user_id = $1 ORDER BY team_id LIMIT 1',
          [user.id],
        );
        dashboard.team = membership.team_id;
      }
    }
    const [country] = await db.dataSource.query(
      'SELECT country FROM organizations WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC, country LIMIT 1',
    );
    dashboard.country = country.country;
    await moveOpportunitiesThroughPipelines(db, server.url, dashboard);
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should list the built-in reports through the API', async () => {
    const data = await ok<{ builtInReports: { id: string; spec: { kind: string } }[] }>(
      server.url,
      tokens.viewer,
      '{ builtInReports { id title description chart spec } }',
    );
    expect(data.builtInReports.map((r) => r.id)).toEqual(builtInReports().map((r) => r.id));
  });

  const cases = builtInReports(new Date(REFERENCE_DATE)).flatMap((report) =>
    ROLES.map((role) => [report.id, role, report.spec] as const),
  );

  it.each(cases)('%s for a %s: every row counts what its drill-down lists', async (_, role, spec) => {
    const report = await expectDrillDownsAgree(role, spec);
    expect(report.rows.length).toBeGreaterThan(0);
  });

  /** The filters of the kinds' lists that take a country, as the dashboard fills them. */
  const COUNTRY_FILTERS: Record<string, [string, string]> = {
    ACTIVITY: ['activityFilter', 'concerningCountries'],
    CONTACT: ['contactFilter', 'countries'],
    NEED: ['needFilter', 'countries'],
    ORGANIZATION: ['organizationFilter', 'countries'],
    DOCUMENT: ['documentFilter', ''],
    PROJECT: ['projectFilter', ''],
    PROJECT_TASK: ['projectTaskFilter', ''],
    OPPORTUNITY: ['opportunityFilter', 'countries'],
    STAGE_ENTRY: ['opportunityFilter', 'countries'],
  };

  it.each(builtInReports(new Date(REFERENCE_DATE)).map((r) => [r.id, r.spec] as const))(
    '%s under the dashboard’s team and country: every row counts what its drill-down lists',
    async (_, spec) => {
      const [key, kindCountryKey] = COUNTRY_FILTERS[spec.kind as string];
      // As the dashboard does: no country filter on a report grouped by a linked country.
      const grouped = (spec.groupBy as { field: string }[]).map((d) => d.field);
      const countryKey = grouped.includes('organization.country') ? '' : kindCountryKey;
      const filter = {
        ...(spec[key] as object | undefined),
        teamIds: [dashboard.team],
        ...(countryKey ? { [countryKey]: [dashboard.country] } : {}),
      };
      const report = await expectDrillDownsAgree('editor', { ...spec, [key]: filter });
      filteredRows += report.rows.filter((r) => r.values.some(Boolean)).length;
      for (const row of report.rows.filter((r) => r.filter)) {
        expect(row.filter).toMatchObject({ teamIds: [dashboard.team] });
        if (countryKey) expect(row.filter).toMatchObject({ [countryKey]: [dashboard.country] });
      }
    },
  );

  it('should leave figures to count under the dashboard’s team and country (the cases above are not empty)', () => {
    expect(filteredRows).toBeGreaterThan(10);
  });

  it.each(ROLES)('should count every open project task once in the workload, overdue first, for a %s', async (role) => {
    for (const id of ['workload-tasks-users', 'workload-tasks-teams']) {
      const { spec } = builtInReports(new Date(REFERENCE_DATE)).find((r) => r.id === id)!;
      const { report } = await ok<{ report: ReportResult }>(server.url, tokens[role], REPORT_QUERY, { spec });
      const [open, overdue] = await countsThrough(server.url, tokens[role], 'projectTasks', [
        { open: true },
        { open: true, overdue: true },
      ]);
      expect(overdue).toBeGreaterThan(0);
      expect(open).toBeGreaterThan(overdue);
      expect(report.rows.reduce((sum, row) => sum + row.values[0]!, 0)).toBe(open);
      const overdueRows = report.rows.filter((row) => row.keys[1] === 'true');
      expect(overdueRows.reduce((sum, row) => sum + row.values[0]!, 0)).toBe(overdue);
      expect(report.rows.slice(0, overdueRows.length)).toEqual(overdueRows);
    }
  });

  async function expectDrillDownsAgree(role: Role, spec: Record<string, unknown>): Promise<ReportResult> {
    const { report } = await ok<{ report: ReportResult }>(server.url, tokens[role], REPORT_QUERY, { spec });
    const count = report.measures.findIndex((m) => m.function === 'COUNT' && !m.label.includes('per team member'));
    expect(count).toBeGreaterThanOrEqual(0);
    const drillable = report.rows.filter((row) => row.filter);
    for (const row of report.rows.filter((r) => !r.filter)) expect(row.keys).toContain(null);
    const counts = await countsThrough(
      server.url,
      tokens[role],
      report.list,
      drillable.map((row) => row.filter!),
    );
    expect(counts).toEqual(drillable.map((row) => row.values[count]));
    const withPrevious = drillable.filter((row) => row.previousFilter);
    const previous = await countsThrough(
      server.url,
      tokens[role],
      report.list,
      withPrevious.map((r) => r.previousFilter!),
    );
    expect(previous).toEqual(withPrevious.map((row) => row.previous![count]));
    return report;
  }
});
