import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { countsThrough, REPORT_QUERY, type ReportResult } from '../../../test/report-drill';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { Organization } from '../organization/organization.entity';
import { builtInReports } from './built-in-reports';

type Who = 'admin' | 'editorA' | 'viewerA' | 'editorB';
const WHO: Who[] = ['admin', 'editorA', 'viewerA', 'editorB'];

const CREATE = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`;
const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { id version } }`;
const PIPELINES = `{ pipelines { id name stages { id name kind } } }`;
const TAG = `mutation($input: CreateTagInput!) { createTag(input: $input) { id } }`;
const TAGGING = `mutation($input: TagRecordsInput!) { tagRecords(input: $input) { count } }`;

const DAY = 86_400_000;

/**
 * Outreach engagements moved through their stages over the API, each at known days after its
 * start (stage D issemination, I nduction, T raining, E stablished, N ot pursued):
 * the stage history's times are then set by SQL, the one thing the API cannot give.
 */
const HISTORY: {
  title: string;
  by: 'editorA' | 'editorB';
  visibility: 'EVERYONE' | 'TEAM' | 'PRIVATE';
  start: string;
  path: [stage: string, day: number][];
  reason?: string;
  value?: number;
  expected?: string;
}[] = [
  {
    title: 'o1',
    by: 'editorA',
    visibility: 'EVERYONE',
    start: '2025-01-15',
    path: [
      ['Dissemination', 0],
      ['Induction', 10],
      ['Training', 14],
      ['Established', 30],
    ],
    value: 40,
    expected: '2025-03-10',
  },
  {
    title: 'o2',
    by: 'editorA',
    visibility: 'TEAM',
    start: '2025-02-01',
    path: [
      ['Dissemination', 0],
      ['Induction', 4],
      ['Not pursued', 20],
    ],
    reason: 'No budget',
    value: 10,
    expected: '2025-03-31',
  },
  {
    title: 'o3',
    by: 'editorA',
    visibility: 'PRIVATE',
    start: '2025-03-20',
    path: [
      ['Dissemination', 0],
      ['Induction', 6],
    ],
    value: 5,
    expected: '2025-04-01',
  },
  {
    title: 'o4',
    by: 'editorB',
    visibility: 'PRIVATE',
    start: '2025-04-10',
    path: [
      ['Dissemination', 0],
      ['Induction', 2],
      ['Training', 5],
    ],
    value: 1000,
    expected: '2025-03-15',
  },
  { title: 'o5', by: 'editorB', visibility: 'EVERYONE', start: '2025-05-02', path: [['Dissemination', 0]], value: 7 },
  {
    title: 'o6',
    by: 'editorA',
    visibility: 'EVERYONE',
    start: '2025-06-30',
    path: [
      ['Dissemination', 0],
      ['Induction', 1],
      ['Dissemination', 3],
      ['Induction', 5],
      ['Training', 8],
    ],
    expected: '2025-05-20',
  },
];

/** Who sees which: everyone's, their team's, their own private ones; admins all. */
const SEEN: Record<Who, string[]> = {
  admin: ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'],
  editorA: ['o1', 'o2', 'o3', 'o5', 'o6'],
  viewerA: ['o1', 'o2', 'o5', 'o6'],
  editorB: ['o1', 'o4', 'o5', 'o6'],
};

describe('pipeline reports: opportunities and their stage history', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  const tokens = {} as Record<Who, string>;
  let outreach: { id: string; stages: { id: string; name: string; kind: string }[] };
  const ids: Record<string, string> = {};
  let tagId: string;

  const stageId = (name: string) => outreach.stages.find((s) => s.name === name)!.id;
  const run = (who: Who, spec: Record<string, unknown>) =>
    ok<{ report: ReportResult }>(url, tokens[who], REPORT_QUERY, { spec }).then((d) => d.report);
  const funnelSpec = (more: Record<string, unknown> = {}) => ({
    kind: 'STAGE_ENTRY',
    opportunityFilter: { entered: { pipelineId: outreach.id } },
    groupBy: [{ field: 'stage' }],
    measures: [
      { function: 'COUNT' },
      { function: 'AVG', field: 'advanced' },
      { function: 'MEDIAN', field: 'daysInStage' },
      { function: 'AVG', field: 'daysInStage' },
    ],
    ...more,
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    const teamA = (await createTeam(db.dataSource, { name: 'Alpha' })).id;
    const teamB = (await createTeam(db.dataSource, { name: 'Beta' })).id;
    const teams = { editorA: teamA, editorB: teamB };
    tokens.admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    tokens.editorA = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamA] })).token;
    tokens.viewerA = (await createUser(db.dataSource, { role: 'viewer', teamIds: [teamA] })).token;
    tokens.editorB = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamB] })).token;
    const m = db.dataSource.manager;
    const es = await m.save(m.create(Organization, { name: 'Madrid Lab', kind: 'research_institute', country: 'ES' }));
    const fr = await m.save(m.create(Organization, { name: 'Paris Uni', kind: 'university', country: 'FR' }));
    const { pipelines } = await ok<{ pipelines: (typeof outreach & { name: string })[] }>(url, tokens.admin, PIPELINES);
    outreach = pipelines.find((p) => p.name === 'Outreach')!;
    tagId = (await ok<{ createTag: { id: string } }>(url, tokens.admin, TAG, { input: { label: 'Priority' } }))
      .createTag.id;

    for (const [index, o] of HISTORY.entries()) {
      const token = tokens[o.by];
      let opp = (
        await ok<{ createOpportunity: { id: string; version: number } }>(url, token, CREATE, {
          input: {
            title: o.title,
            pipelineId: outreach.id,
            stageId: stageId(o.path[0][0]),
            teamId: teams[o.by],
            visibility: o.visibility,
            organizationId: index % 2 ? fr.id : es.id,
            expectedValue: o.value ?? null,
            expectedDate: o.expected ?? null,
          },
        })
      ).createOpportunity;
      for (const [stage] of o.path.slice(1)) {
        opp = (
          await ok<{ moveOpportunity: { id: string; version: number } }>(url, token, MOVE, {
            input: { id: opp.id, version: opp.version, stageId: stageId(stage), reason: o.reason },
          })
        ).moveOpportunity;
      }
      ids[o.title] = opp.id;
    }
    await ok(url, tokens.admin, TAGGING, { input: { tagId, opportunityIds: [ids.o1, ids.o2, ids.o4] } });
    // The times of the history: the API records now; these tests need days apart. Only times are
    // written, on the rows the API made, in the order it made them.
    await db.dataSource.query('ALTER TABLE stage_changes DISABLE TRIGGER stage_changes_append_only');
    for (const o of HISTORY) {
      const start = new Date(`${o.start}T09:00:00Z`).getTime();
      const rows: { id: string }[] = await db.dataSource.query(
        'SELECT id FROM stage_changes WHERE opportunity_id = $1 ORDER BY changed_at, id',
        [ids[o.title]],
      );
      expect(rows).toHaveLength(o.path.length);
      for (const [i, row] of rows.entries()) {
        await db.dataSource.query('UPDATE stage_changes SET changed_at = $1 WHERE id = $2', [
          new Date(start + o.path[i][1] * DAY),
          row.id,
        ]);
      }
      await db.dataSource.query('UPDATE opportunities SET created_at = $1 WHERE id = $2', [
        new Date(start),
        ids[o.title],
      ]);
    }
    await db.dataSource.query('ALTER TABLE stage_changes ENABLE TRIGGER stage_changes_append_only');
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  async function expectDrillDownsAgree(who: Who, spec: Record<string, unknown>): Promise<ReportResult> {
    const report = await run(who, spec);
    expect(report.list).toBe('opportunities');
    const count = report.measures.findIndex((m) => m.function === 'COUNT');
    const drillable = report.rows.filter((row) => row.filter);
    for (const row of report.rows.filter((r) => !r.filter)) expect(row.keys).toContain(null);
    const counts = await countsThrough(
      url,
      tokens[who],
      'opportunities',
      drillable.map((row) => row.filter!),
    );
    expect(counts).toEqual(drillable.map((row) => row.values[count]));
    return report;
  }

  /** How many of the opportunities `who` sees entered each stage of the outreach pipeline. */
  function expectedFunnel(who: Who): [string, number][] {
    const order = outreach.stages.map((s) => s.name);
    const entered = new Map<string, number>();
    for (const o of HISTORY.filter((h) => SEEN[who].includes(h.title))) {
      for (const stage of new Set(o.path.map(([s]) => s))) entered.set(stage, (entered.get(stage) ?? 0) + 1);
    }
    return order.filter((s) => entered.has(s)).map((s) => [s, entered.get(s)!]);
  }

  it.each(WHO)(
    'should count for %s the opportunities entering each stage, in pipeline order, as the list does',
    async (who) => {
      const report = await expectDrillDownsAgree(who, funnelSpec());
      expect(report.rows.map((r) => [r.labels[0], r.values[0]])).toEqual(expectedFunnel(who));
      // The drill-down is the list filter of exactly those records.
      expect(report.rows[0].filter).toEqual({
        entered: { pipelineId: outreach.id, stageIds: [stageId('Dissemination')] },
      });
    },
  );

  it.each(WHO)('should never count for %s a private opportunity of someone else', async (who) => {
    const hidden = HISTORY.map((h) => h.title).filter((t) => !SEEN[who].includes(t));
    const [total] = (await run(who, { kind: 'OPPORTUNITY' })).rows;
    expect(total.values[0]).toBe(SEEN[who].length);
    const { opportunities } = await ok<{ opportunities: { totalCount: number; nodes: { title: string }[] } }>(
      url,
      tokens[who],
      `{ opportunities(first: 100) { totalCount nodes { title } } }`,
    );
    expect(opportunities.totalCount).toBe(SEEN[who].length);
    expect(opportunities.nodes.map((n) => n.title).filter((t) => hidden.includes(t))).toEqual([]);
  });

  it('should compute conversion and median time in stage from consecutive stage changes', async () => {
    const report = await run('admin', funnelSpec());
    const byStage = Object.fromEntries(report.rows.map((r) => [r.labels[0], r.values]));
    // Dissemination: stays of 10, 4, 6, 2 and 1 + 2 days (o6 came back); o5 is still there.
    expect(byStage.Dissemination[0]).toBe(6);
    expect(byStage.Dissemination[1]).toBeCloseTo((5 / 6) * 100, 6);
    expect(byStage.Dissemination[2]).toBeCloseTo(4, 6);
    expect(byStage.Dissemination[3]).toBeCloseTo(5, 6);
    // Induction: 4, 16, 3 and 2 + 3 days (o3 is still there); o2 was not pursued, o3 stays.
    expect(byStage.Induction[0]).toBe(5);
    expect(byStage.Induction[1]).toBeCloseTo(60, 6);
    expect(byStage.Induction[2]).toBeCloseTo(4.5, 6);
    expect(byStage.Induction[3]).toBeCloseTo(7, 6);
    // Training: only o1 left it, after 16 days, for Established.
    expect(byStage.Training.slice(0, 3)).toEqual([3, expect.closeTo(100 / 3, 6), 16]);
    // An ending stage is never left: no time counted, nobody goes further.
    expect(byStage.Established).toEqual([1, 0, null, null]);
    expect(byStage['Not pursued']).toEqual([1, 0, null, null]);
    expect(report.measures.map((m) => m.label)).toEqual([
      'Count',
      'Average of Went further (%)',
      'Median of Days in the stage',
      'Average of Days in the stage',
    ]);
  });

  it.each(WHO)(
    'should split the funnel per team, per quarter of entry and per entry month for %s, as the list does',
    async (who) => {
      await expectDrillDownsAgree(who, funnelSpec({ groupBy: [{ field: 'stage' }, { field: 'team' }] }));
      const cohorts = await expectDrillDownsAgree(
        who,
        funnelSpec({ groupBy: [{ field: 'stage' }, { field: 'createdAt', bucket: 'QUARTER' }] }),
      );
      expect(cohorts.rows.length).toBeGreaterThan(3);
      await expectDrillDownsAgree(
        who,
        funnelSpec({
          groupBy: [{ field: 'enteredAt', bucket: 'MONTH' }, { field: 'stage' }],
          timeZone: 'Europe/Madrid',
        }),
      );
      await expectDrillDownsAgree(who, {
        kind: 'STAGE_ENTRY',
        groupBy: [{ field: 'pipeline' }, { field: 'stage' }, { field: 'tag' }],
      });
    },
  );

  it('should cut a funnel cohort exactly: the first quarter of 2025 is o1, o2 and o3', async () => {
    const report = await run(
      'admin',
      funnelSpec({
        period: { field: 'createdAt', from: '2025-01-01T00:00:00Z', to: '2025-04-01T00:00:00Z' },
      }),
    );
    expect(report.rows.map((r) => [r.labels[0], r.values[0]])).toEqual([
      ['Dissemination', 3],
      ['Induction', 3],
      ['Training', 1],
      ['Established', 1],
      ['Not pursued', 1],
    ]);
    // A period on the stage's entry keeps the pipeline of the filter: entries in March 2025.
    const march = await expectDrillDownsAgree(
      'admin',
      funnelSpec({ period: { field: 'enteredAt', from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z' } }),
    );
    expect(march.rows.map((r) => [r.labels[0], r.values[0]])).toEqual([
      ['Dissemination', 1],
      ['Induction', 1],
    ]);
    expect(march.rows[0].filter).toEqual({
      entered: {
        pipelineId: outreach.id,
        stageIds: [stageId('Dissemination')],
        from: '2025-03-01T00:00:00.000Z',
        to: '2025-04-01T00:00:00.000Z',
      },
    });
  });

  it.each(WHO)(
    'should report opportunities by stage, kind, value and expected month for %s, as the list does',
    async (who) => {
      const value = await expectDrillDownsAgree(who, {
        kind: 'OPPORTUNITY',
        groupBy: [{ field: 'stage' }, { field: 'expectedDate', bucket: 'MONTH' }],
        measures: [
          { function: 'SUM', field: 'expectedValue' },
          { function: 'COUNT' },
          { function: 'AVG', field: 'expectedValue' },
        ],
        timeZone: 'America/New_York',
      });
      const seenValue = HISTORY.filter((h) => SEEN[who].includes(h.title)).reduce((sum, h) => sum + (h.value ?? 0), 0);
      expect(value.rows.reduce((sum, r) => sum + (r.values[0] ?? 0), 0)).toBe(seenValue);
      for (const groupBy of [
        [{ field: 'outcome' }, { field: 'lostReason' }],
        [{ field: 'pipeline' }, { field: 'owner' }, { field: 'team' }],
        [{ field: 'organization' }, { field: 'organization.country' }],
        [{ field: 'project' }, { field: 'tag' }],
        [{ field: 'createdAt', bucket: 'QUARTER' }],
      ]) {
        await expectDrillDownsAgree(who, { kind: 'OPPORTUNITY', groupBy });
      }
    },
  );

  it('should read an expected day in the report’s time zone and drill into those days', async () => {
    const report = await run('admin', {
      kind: 'OPPORTUNITY',
      groupBy: [{ field: 'expectedDate', bucket: 'MONTH' }],
      timeZone: 'Pacific/Auckland',
    });
    expect(report.rows.map((r) => [r.keys[0], r.values[0]])).toEqual([
      ['2025-03-01', 3],
      ['2025-04-01', 1],
      ['2025-05-01', 1],
      [null, 1],
    ]);
    expect(report.rows[0].filter).toEqual({ expectedAfter: '2025-03-01', expectedBefore: '2025-04-01' });
  });

  it('should report won and lost with their reasons', async () => {
    const report = await expectDrillDownsAgree('admin', {
      kind: 'OPPORTUNITY',
      opportunityFilter: { stageKinds: ['WON', 'LOST'] },
      groupBy: [{ field: 'outcome' }, { field: 'lostReason' }],
    });
    expect(report.rows.map((r) => [...r.labels, r.values[0]])).toEqual([
      ['Lost', 'No budget', 1],
      ['Won', null, 1],
    ]);
    expect(report.rows[0].filter).toEqual({ stageKinds: ['LOST'], lostReasons: ['No budget'] });
  });

  it.each(WHO)('should agree with the list in every built-in pipeline report for %s', async (who) => {
    const reports = builtInReports(new Date('2025-03-01T00:00:00Z'), { outreach: outreach.id }).filter(
      (r) => r.id.startsWith('induction') || r.id.startsWith('pipeline'),
    );
    expect(reports.map((r) => r.id)).toEqual([
      'induction-effectiveness',
      'induction-teams',
      'induction-quarters',
      'pipeline-value',
      'pipeline-outcomes',
    ]);
    const funnel = reports.find((r) => r.id === 'induction-effectiveness')!;
    expect(funnel.chart).toBe('funnel');
    for (const report of reports) {
      const result = await expectDrillDownsAgree(who, report.spec);
      expect(result.rows.length).toBeGreaterThan(0);
    }
    const listed = await ok<{ builtInReports: { id: string; spec: Record<string, unknown> }[] }>(
      url,
      tokens[who],
      '{ builtInReports { id spec } }',
    );
    expect(listed.builtInReports.find((r) => r.id === 'induction-effectiveness')!.spec).toMatchObject({
      opportunityFilter: { entered: { pipelineId: outreach.id } },
    });
  });

  it('should list exactly the opportunities that entered a stage in a range', async () => {
    const { opportunities } = await ok<{ opportunities: { nodes: { title: string }[] } }>(
      url,
      tokens.admin,
      `query($filter: OpportunityFilter) { opportunities(filter: $filter, first: 100) { nodes { title } } }`,
      {
        filter: {
          entered: { stageIds: [stageId('Induction')], from: '2025-02-01T00:00:00Z', to: '2025-05-01T00:00:00Z' },
        },
      },
    );
    // o1 entered Induction on 25 Jan, o6 in July; o2, o3 and o4 in the range.
    expect(opportunities.nodes.map((n) => n.title).sort()).toEqual(['o2', 'o3', 'o4']);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a stage history report not grouped by stage', { kind: 'STAGE_ENTRY', groupBy: [{ field: 'team' }] }, 'groupBy'],
    [
      'a median of a field that is not a number',
      { kind: 'OPPORTUNITY', measures: [{ function: 'MEDIAN', field: 'team' }] },
      'measures[0].field',
    ],
    ['an unknown field', { kind: 'STAGE_ENTRY', groupBy: [{ field: 'stage.secret' }] }, 'groupBy[0].field'],
    [
      'the filter of opportunities on activities',
      { kind: 'ACTIVITY', opportunityFilter: { stageKinds: ['WON'] } },
      'opportunityFilter',
    ],
    [
      'a measure through a link',
      { kind: 'OPPORTUNITY', measures: [{ function: 'COUNT_DISTINCT', field: 'organization.country' }] },
      'measures[0].field',
    ],
    [
      'a period on the entry into a stage the filter already limits',
      {
        kind: 'STAGE_ENTRY',
        opportunityFilter: { entered: { from: '2025-01-01T00:00:00Z' } },
        groupBy: [{ field: 'stage' }],
        period: { field: 'enteredAt', from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' },
      },
      'period',
    ],
    [
      'a grouping by a number',
      { kind: 'STAGE_ENTRY', groupBy: [{ field: 'stage' }, { field: 'daysInStage' }] },
      'groupBy[1].field',
    ],
  ])('should refuse %s with BAD_USER_INPUT naming it', async (_, spec, field) => {
    const error = await failure(url, tokens.viewerA, REPORT_QUERY, { spec });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields as object)).toEqual([field]);
  });
});
