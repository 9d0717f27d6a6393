import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { Activity } from '../activity/activity.entity';
import { ActivityLink } from '../activity/activity-link.entity';
import { Affiliation } from '../contact/affiliation.entity';
import { Contact } from '../contact/contact.entity';
import { Organization } from '../organization/organization.entity';
import { csvField } from './report-export';
import { countThrough, REPORT_QUERY, type ReportResult } from '../../../test/report-drill';

type Who = 'owner' | 'reader' | 'outsider' | 'admin';

describe('report', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  const tokens = {} as Record<Who, string>;
  let teamA: string;
  let teamB: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    const m = db.dataSource.manager;
    teamA = (await createTeam(db.dataSource, { name: 'Alpha' })).id;
    teamB = (await createTeam(db.dataSource, { name: 'Beta' })).id;
    const owner = await createUser(db.dataSource, { role: 'editor', teamIds: [teamA], name: 'Olga Owner' });
    tokens.owner = owner.token;
    tokens.reader = (await createUser(db.dataSource, { role: 'viewer', teamIds: [teamA] })).token;
    const outsider = await createUser(db.dataSource, { role: 'editor', teamIds: [teamB] });
    tokens.outsider = outsider.token;
    tokens.admin = (await createUser(db.dataSource, { role: 'admin' })).token;

    const es = await m.save(m.create(Organization, { name: 'Madrid Lab', kind: 'research_institute', country: 'ES' }));
    const fr = await m.save(m.create(Organization, { name: 'Paris Uni', kind: 'university', country: 'FR' }));
    const activity = (values: Partial<Activity>) =>
      m.save(m.create(Activity, { kind: 'call', subject: 'x', status: 'done', ...values }));
    // Team Alpha: one for everyone, one for the team, one private; Beta: one for its team.
    const spread: [string, string, string, string, Date][] = [
      ['everyone', teamA, owner.user.id, 'meeting', new Date('2026-01-10T10:00:00Z')],
      ['team', teamA, owner.user.id, 'call', new Date('2026-01-20T10:00:00Z')],
      ['private', teamA, owner.user.id, 'call', new Date('2026-02-03T10:00:00Z')],
      ['team', teamB, outsider.user.id, 'call', new Date('2026-02-05T10:00:00Z')],
      ['everyone', teamB, outsider.user.id, 'todo', new Date('2026-03-31T23:30:00Z')],
    ];
    for (const [visibility, teamId, ownerId, kind, startsAt] of spread) {
      const a = await activity({
        visibility: visibility as Activity['visibility'],
        teamId,
        ownerId,
        kind: kind as Activity['kind'],
        startsAt,
      });
      await m.save(
        m.create(ActivityLink, { activityId: a.id, organizationId: visibility === 'private' ? fr.id : es.id }),
      );
      if (kind === 'meeting') await m.save(m.create(ActivityLink, { activityId: a.id, organizationId: fr.id }));
    }
    const researcher = await m.save(
      m.create(Contact, { lastName: 'Ruiz', teamId: teamA, consentBasis: 'consent', consentDate: '2026-01-01' }),
    );
    await m.save(m.create(Contact, { lastName: 'Nobody' }));
    await m.save(m.create(Affiliation, { contactId: researcher.id, organizationId: es.id }));
    await m.save(m.create(Affiliation, { contactId: researcher.id, organizationId: fr.id, primary: false }));
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const run = (who: Who, spec: Record<string, unknown>) =>
    ok<{ report: ReportResult }>(url, tokens[who], REPORT_QUERY, { spec }).then((d) => d.report);

  it.each<[Who, number, number]>([
    ['owner', 3, 1],
    ['reader', 2, 1],
    ['outsider', 1, 2],
    ['admin', 3, 2],
  ])('should count for %s only the activities they may see, and agree with the list', async (who, alpha, beta) => {
    const report = await run(who, { kind: 'ACTIVITY', groupBy: [{ field: 'team' }] });
    const byTeam = Object.fromEntries(report.rows.map((r) => [r.labels[0], r.values[0]]));
    expect(byTeam).toEqual({ Alpha: alpha, Beta: beta });
    for (const row of report.rows) {
      expect(await countThrough(url, tokens[who], report.list, row.filter!)).toBe(row.values[0]);
    }
    const [total] = (await run(who, { kind: 'ACTIVITY' })).rows;
    expect(total.values[0]).toBe(alpha + beta);
    expect(await countThrough(url, tokens[who], 'activities', total.filter!)).toBe(alpha + beta);
  });

  it('should bucket dates in the time zone asked for, and drill into each bucket', async () => {
    const spec = { kind: 'ACTIVITY', groupBy: [{ field: 'happensAt', bucket: 'MONTH' }], timeZone: 'Europe/Madrid' };
    const report = await run('admin', spec);
    // 2026-03-31T23:30Z is already April in Madrid.
    expect(report.rows.map((r) => [r.keys[0], r.values[0]])).toEqual([
      ['2026-01-01', 2],
      ['2026-02-01', 2],
      ['2026-04-01', 1],
    ]);
    expect(report.rows[2].filter).toEqual({ from: '2026-03-31T22:00:00.000Z', to: '2026-04-30T22:00:00.000Z' });
    for (const row of report.rows)
      expect(await countThrough(url, tokens.admin, 'activities', row.filter!)).toBe(row.values[0]);
  });

  it('should group through links, count a record once per group, and pivot', async () => {
    const report = await run('admin', {
      kind: 'ACTIVITY',
      groupBy: [{ field: 'organization.country' }, { field: 'kind' }],
      measures: [{ function: 'COUNT' }, { function: 'COUNT_DISTINCT', field: 'team' }],
      pivot: 1,
    });
    expect(report.rows.map((r) => [...r.keys, ...r.values])).toEqual([
      ['ES', 'call', 2, 2],
      ['ES', 'meeting', 1, 1],
      ['ES', 'todo', 1, 1],
      ['FR', 'call', 1, 1],
      ['FR', 'meeting', 1, 1],
    ]);
    for (const row of report.rows)
      expect(await countThrough(url, tokens.admin, 'activities', row.filter!)).toBe(row.values[0]);
    expect(report.pivot!.columnKeys).toEqual(['call', 'meeting', 'todo']);
    expect(report.pivot!.rows.map((r) => [r.keys[0], r.cells.map((c) => c?.values[0] ?? null)])).toEqual([
      ['ES', [2, 1, 1]],
      ['FR', [1, 1, null]],
    ]);
  });

  it('should reach a contact’s organizations’ kinds, and count contacts with consent', async () => {
    const byKind = await run('reader', { kind: 'CONTACT', groupBy: [{ field: 'organization.kind' }] });
    expect(byKind.rows.map((r) => [r.keys[0], r.values[0]])).toEqual([
      ['research_institute', 1],
      ['university', 1],
      [null, 1],
    ]);
    expect(byKind.rows[2].filter).toBeNull();
    for (const row of byKind.rows.slice(0, 2))
      expect(await countThrough(url, tokens.reader, 'contacts', row.filter!)).toBe(1);
    const consent = await run('reader', { kind: 'CONTACT', groupBy: [{ field: 'hasConsent' }] });
    expect(consent.rows.map((r) => [r.labels[0], r.values[0], r.filter])).toEqual([
      ['No', 1, { hasConsent: false }],
      ['Yes', 1, { hasConsent: true }],
    ]);
  });

  it('should compare with the previous period and divide by team members', async () => {
    const report = await run('admin', {
      kind: 'ACTIVITY',
      groupBy: [{ field: 'team' }],
      measures: [{ function: 'COUNT' }, { function: 'COUNT', perTeamMember: true }],
      period: {
        field: 'happensAt',
        from: '2026-02-01T00:00:00Z',
        to: '2026-03-01T00:00:00Z',
        compareWithPrevious: true,
      },
    });
    const alpha = report.rows.find((r) => r.labels[0] === 'Alpha')!;
    const beta = report.rows.find((r) => r.labels[0] === 'Beta')!;
    expect([alpha.values, alpha.previous]).toEqual([
      [1, 0.5],
      [2, 1],
    ]);
    expect([beta.values, beta.previous]).toEqual([
      [1, 1],
      [0, 0],
    ]);
    expect(alpha.previousFilter).toEqual({
      teamIds: [teamA],
      from: '2026-01-04T00:00:00.000Z',
      to: '2026-02-01T00:00:00.000Z',
    });
    expect(await countThrough(url, tokens.admin, 'activities', alpha.previousFilter!)).toBe(2);
    expect(await countThrough(url, tokens.admin, 'activities', beta.filter!)).toBe(1);
    expect(beta.filter).toEqual({ teamIds: [teamB], from: '2026-02-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' });
  });

  it('should serve a repeated spec from the cache until something changes', async () => {
    const spec = { kind: 'ORGANIZATION', groupBy: [{ field: 'country' }] };
    const ask = async () => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.owner}` },
        body: JSON.stringify({ query: REPORT_QUERY, variables: { spec } }),
      });
      const body = (await response.json()) as { data: { report: ReportResult } };
      const counts = Object.fromEntries(body.data.report.rows.map((r) => [r.keys[0], r.values[0]]));
      return { counts, statements: Number(response.headers.get('x-sql-statements')) };
    };
    const first = await ask();
    expect(first.counts).toEqual({ ES: 1, FR: 1 });
    const again = await ask();
    expect(again.counts).toEqual(first.counts);
    // Signing in with the token, then the latest change: the report itself is not run again.
    expect(again.statements).toBe(2);
    expect(first.statements).toBeGreaterThan(2);
    await ok(
      url,
      tokens.owner,
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      {
        input: { name: 'Lisbon Lab', kind: 'RESEARCH_INSTITUTE', country: 'PT' },
      },
    );
    const changed = await ask();
    expect(changed.counts).toEqual({ ES: 1, FR: 1, PT: 1 });
    expect(changed.statements).toBeGreaterThan(2);
  });

  it('should keep apart in the cache the same spec cut in two time zones', async () => {
    const spec = { kind: 'ACTIVITY', groupBy: [{ field: 'happensAt', bucket: 'MONTH' }] };
    const months = async (timeZone: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.admin}` },
        body: JSON.stringify({ query: REPORT_QUERY, variables: { spec: { ...spec, timeZone } } }),
      });
      const body = (await response.json()) as { data: { report: ReportResult } };
      return {
        months: body.data.report.rows.map((r) => r.keys[0]),
        statements: Number(response.headers.get('x-sql-statements')),
      };
    };
    const utc = await months('UTC');
    expect(utc.months).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    // Asked right after, Madrid's months are computed, not served from UTC's entry.
    const madrid = await months('Europe/Madrid');
    expect(madrid.months).toEqual(['2026-01-01', '2026-02-01', '2026-04-01']);
    expect(madrid.statements).toBeGreaterThan(2);
    expect((await months('Europe/Madrid')).statements).toBe(2);
  });

  it('should give one row of zeros, with its drill-downs, when nothing counts in either period', async () => {
    const report = await run('admin', {
      kind: 'ACTIVITY',
      period: {
        field: 'createdAt',
        from: '2001-02-01T00:00:00Z',
        to: '2001-03-01T00:00:00Z',
        compareWithPrevious: true,
      },
    });
    expect(report.rows).toHaveLength(1);
    const [row] = report.rows;
    expect([row.keys, row.values, row.previous]).toEqual([[], [0], [0]]);
    expect(row.filter).toEqual({ createdAfter: '2001-02-01T00:00:00.000Z', createdBefore: '2001-03-01T00:00:00.000Z' });
    expect(await countThrough(url, tokens.admin, 'activities', row.filter!)).toBe(0);
    expect(await countThrough(url, tokens.admin, 'activities', row.previousFilter!)).toBe(0);
  });

  it('should keep the filter of the list, sort by a measure and cut at the limit', async () => {
    const report = await run('admin', {
      kind: 'ACTIVITY',
      activityFilter: { kinds: ['CALL', 'MEETING'] },
      groupBy: [{ field: 'owner' }],
      orderBy: [{ measure: 0, direction: 'DESC' }],
      limit: 1,
    });
    expect(report.truncated).toBe(true);
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0].labels[0]).toBe('Olga Owner');
    expect(report.rows[0].values[0]).toBe(3);
    expect(report.rows[0].filter).toMatchObject({ kinds: ['CALL', 'MEETING'] });
    expect(await countThrough(url, tokens.admin, 'activities', report.rows[0].filter!)).toBe(3);
  });

  const csv = (spec: Record<string, unknown>, token?: string) =>
    fetch(`${url}/reports/export.csv?spec=${encodeURIComponent(JSON.stringify(spec))}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it.each<Who>(['reader', 'admin'])('should export for %s as CSV the same rows, with its visibility', async (who) => {
    const spec = { kind: 'ACTIVITY', groupBy: [{ field: 'team' }, { field: 'kind' }], limit: 1 };
    const report = await run(who, { ...spec, limit: 100 });
    const response = await csv(spec, tokens[who]);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Team,Kind,Count');
    // No row limit in an export: `limit` cuts the API's answer only.
    expect(lines.slice(1)).toEqual(report.rows.map((r) => [...r.labels, ...r.values].join(',')));
  });

  it('should export through POST, and refuse a bad spec or no credentials as the API does', async () => {
    const post = await fetch(`${url}/reports/export.csv`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.reader}` },
      body: JSON.stringify({ spec: { kind: 'CONTACT', groupBy: [{ field: 'hasConsent' }] } }),
    });
    expect(await post.text()).toBe('With consent,Count\r\nNo,1\r\nYes,1\r\n');
    expect((await csv({ kind: 'ACTIVITY' })).status).toBe(401);
    const unknown = await csv({ kind: 'ACTIVITY', groupBy: [{ field: 'nope' }] }, tokens.reader);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { fields: object } }).error.fields).toHaveProperty(['groupBy[0].field']);
    expect((await csv({ kind: 'SPACESHIP' }, tokens.reader)).status).toBe(400);
    const badId = await csv({ kind: 'ACTIVITY', activityFilter: { teamIds: ['not-a-uuid'] } }, tokens.reader);
    expect(badId.status).toBe(400);
  });

  it('should quote CSV fields and defuse formulas', () => {
    expect([csvField('=SUM(A1)'), csvField('a,b'), csvField('say "hi"'), csvField(-3), csvField(null)]).toEqual([
      "'=SUM(A1)",
      '"a,b"',
      '"say ""hi"""',
      '-3',
      '',
    ]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown field', { kind: 'ACTIVITY', groupBy: [{ field: 'password' }] }, 'groupBy[0].field'],
    [
      'too many dimensions',
      { kind: 'ACTIVITY', groupBy: ['kind', 'status', 'team', 'owner'].map((field) => ({ field })) },
      'groupBy',
    ],
    [
      'a huge period',
      { kind: 'ACTIVITY', period: { field: 'createdAt', from: '1900-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } },
      'period',
    ],
    [
      'too many buckets',
      {
        kind: 'ACTIVITY',
        groupBy: [{ field: 'createdAt', bucket: 'DAY' }],
        period: { field: 'createdAt', from: '2020-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
      },
      'groupBy[0].bucket',
    ],
    ['another kind’s filter', { kind: 'ACTIVITY', needFilter: { open: true } }, 'needFilter'],
    ['a sum of text', { kind: 'ACTIVITY', measures: [{ function: 'SUM', field: 'kind' }] }, 'measures[0].field'],
    ['an unknown time zone', { kind: 'ACTIVITY', timeZone: "UTC'; DROP TABLE users; --" }, 'timeZone'],
    ['a bucket on a category', { kind: 'ACTIVITY', groupBy: [{ field: 'kind', bucket: 'DAY' }] }, 'groupBy[0].bucket'],
    ['a pivot out of range', { kind: 'ACTIVITY', groupBy: [{ field: 'kind' }], pivot: 3 }, 'pivot'],
    [
      'a tag group beside a tag filter',
      {
        kind: 'ACTIVITY',
        activityFilter: { tagIds: ['00000000-0000-4000-8000-000000000000'] },
        groupBy: [{ field: 'tag' }],
      },
      'groupBy[0].field',
    ],
    [
      'per member without a team',
      { kind: 'ACTIVITY', measures: [{ function: 'COUNT', perTeamMember: true }] },
      'measures[0].perTeamMember',
    ],
  ])('should refuse %s with BAD_USER_INPUT naming it', async (_, spec, field) => {
    const error = await failure(url, tokens.reader, REPORT_QUERY, { spec });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields as object)).toEqual([field]);
  });
});
