import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { countsThrough, REPORT_QUERY, type ReportResult } from '../../../test/report-drill';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import type { Role } from '../../core/auth/roles';
import { REFERENCE_DATE } from '../../seed/demo-random';
import { seedDemoData } from '../../seed/seed';
import { TokenScope } from '../token/api-token.entity';
import { issueToken } from '../token/api-token.service';
import { builtInReports } from './built-in-reports';

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
