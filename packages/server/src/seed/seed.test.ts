import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { PARAMETERS_PER_STATEMENT, POSTGRES_MAX_PARAMETERS, insertStatements } from './bulk-insert';
import { loadFaker } from './faker-loader';
import { SEEDED_TABLES, generateDemoData, plannedCounts } from './generate-demo-data';
import { isDatabaseEmpty, seedDemoData, seedIfEmpty, truncateDataTables, type SeedCounts } from './seed';

/** What scale 1 promises, table by table. */
const SCALE_1: SeedCounts = {
  users: 30,
  teams: 10,
  team_memberships: 36,
  tags: 40,
  organizations: 200,
  contacts: 1000,
  affiliations: 1600,
  projects: 60,
  project_organizations: 1499,
  project_contacts: 670,
  project_tasks: 240,
  milestones: 180,
  needs: 300,
  activities: 3000,
  activity_contacts: 5000,
  activity_users: 4000,
  activity_links: 4800,
  documents: 200,
  document_links: 350,
  taggings: 1310,
  opportunities: 60,
  opportunity_contacts: 60,
  stage_changes: 174,
};

async function tableCounts(dataSource: DataSource): Promise<SeedCounts> {
  const counts: SeedCounts = {};
  for (const table of SEEDED_TABLES) {
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
    counts[table] = count;
  }
  return counts;
}

/** Organization names and contact e-mails in id order: what two seeded databases must share. */
async function snapshot(dataSource: DataSource): Promise<string[]> {
  const names = await dataSource.query('SELECT name FROM organizations ORDER BY id');
  const emails = await dataSource.query('SELECT emails[1] AS email FROM contacts ORDER BY id');
  return [...names.map((r: { name: string }) => r.name), ...emails.map((r: { email: string }) => r.email)];
}

let firstSnapshot: string[] = [];

async function digest(seed: number): Promise<string> {
  const hash = createHash('sha256');
  for (const chunk of generateDemoData(await loadFaker(), { seed, scale: 1 })) hash.update(JSON.stringify(chunk));
  return hash.digest('hex');
}

describe('demo data seed', () => {
  let db: TestDatabase;
  let counts: SeedCounts;
  const progress: [number, number, string][] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    counts = await seedDemoData(db.dataSource, { seed: 1, scale: 1, onProgress: (...call) => progress.push(call) });
    firstSnapshot = await snapshot(db.dataSource);
  }, 120_000);

  afterAll(async () => {
    await db?.drop();
  });

  it('inserts the promised rows at scale 1', async () => {
    expect(counts).toEqual(SCALE_1);
    expect(plannedCounts(1)).toEqual(SCALE_1);
    expect(await tableCounts(db.dataSource)).toEqual(SCALE_1);
  });

  it('multiplies every count but teams, users and tags with the scale', () => {
    const fixed = new Set(['users', 'teams', 'team_memberships', 'tags']);
    const scaled = plannedCounts(3);
    for (const table of SEEDED_TABLES) {
      if (fixed.has(table)) expect(scaled[table]).toBe(SCALE_1[table]);
      else expect(scaled[table]).toBeGreaterThanOrEqual(3 * SCALE_1[table] - 1);
    }
  });

  it('reports progress up to the total', () => {
    const total = Object.values(SCALE_1).reduce((sum, n) => sum + n, 0);
    const last = progress[progress.length - 1];
    expect(last).toEqual([total, total, 'stage_changes']);
    expect(progress.every(([done], i) => i === 0 || done > progress[i - 1][0])).toBe(true);
  });

  it('connects every organization, contact and project in one graph', async () => {
    const q = (sql: string) => db.dataSource.query(sql) as Promise<{ a: string; b: string }[]>;
    const nodes = [
      ...(await q('SELECT id AS a FROM organizations')),
      ...(await q('SELECT id AS a FROM contacts')),
      ...(await q('SELECT id AS a FROM projects')),
    ].map((row) => row.a);
    const edges = [
      ...(await q('SELECT contact_id AS a, organization_id AS b FROM affiliations')),
      ...(await q('SELECT project_id AS a, contact_id AS b FROM project_contacts')),
      ...(await q('SELECT project_id AS a, organization_id AS b FROM project_organizations')),
      ...(await q('SELECT id AS a, parent_id AS b FROM organizations WHERE parent_id IS NOT NULL')),
    ];
    const parent = new Map(nodes.map((id) => [id, id]));
    const find = (id: string): string => {
      let root = id;
      while (parent.get(root) !== root) root = parent.get(root)!;
      parent.set(id, root);
      return root;
    };
    for (const { a, b } of edges) {
      expect(parent.has(a) && parent.has(b)).toBe(true);
      parent.set(find(a), find(b));
    }
    expect(nodes).toHaveLength(SCALE_1.organizations + SCALE_1.contacts + SCALE_1.projects);
    expect(new Set(nodes.map(find)).size).toBe(1);
  });

  it('gives every contact affiliations with exactly one primary', async () => {
    const rows = await db.dataSource.query(`
      SELECT count(a.id)::int AS affiliations, count(a.id) FILTER (WHERE a.is_primary)::int AS primaries
      FROM contacts c LEFT JOIN affiliations a ON a.contact_id = c.id GROUP BY c.id`);
    expect(rows).toHaveLength(SCALE_1.contacts);
    expect(rows.filter((r: { affiliations: number }) => r.affiliations < 1)).toEqual([]);
    expect(rows.filter((r: { primaries: number }) => r.primaries !== 1)).toEqual([]);
  });

  it('links every project to organizations and people with roles', async () => {
    const rows = await db.dataSource.query(`
      SELECT p.id,
        (SELECT count(*)::int FROM project_organizations l WHERE l.project_id = p.id) AS organizations,
        (SELECT count(*)::int FROM project_organizations l WHERE l.project_id = p.id AND l.role = 'coordinator') AS coordinators,
        (SELECT count(*)::int FROM project_contacts l WHERE l.project_id = p.id) AS contacts,
        (SELECT count(DISTINCT role)::int FROM project_contacts l WHERE l.project_id = p.id) AS contact_roles
      FROM projects p`);
    expect(rows).toHaveLength(SCALE_1.projects);
    for (const row of rows) {
      expect(row.organizations).toBeGreaterThanOrEqual(7);
      expect(row.coordinators).toBe(1);
      expect(row.contacts).toBeGreaterThanOrEqual(7);
      expect(row.contact_roles).toBe(5);
    }
    const [{ unlinked }] = await db.dataSource.query(
      'SELECT count(*)::int AS unlinked FROM organizations o WHERE NOT EXISTS (SELECT 1 FROM project_organizations l WHERE l.organization_id = o.id)',
    );
    expect(unlinked).toBe(0);
  });

  it('fills both pipelines with opportunities whose stage histories explain their stages, over three years', async () => {
    const perPipeline = await db.dataSource.query(`
      SELECT p.name, count(DISTINCT o.stage_id)::int AS stages, count(*)::int AS opportunities
      FROM opportunities o JOIN pipelines p ON p.id = o.pipeline_id GROUP BY p.name ORDER BY p.name`);
    expect(perPipeline).toEqual([
      { name: 'Outreach', stages: 6, opportunities: 40 },
      { name: 'Partnership', stages: 5, opportunities: 20 },
    ]);
    const [check] = await db.dataSource.query(`
      SELECT count(*) FILTER (WHERE last.to_stage_id IS DISTINCT FROM o.stage_id)::int AS unexplained,
             count(*) FILTER (WHERE last.changed_at IS DISTINCT FROM o.stage_entered_at)::int AS misdated
      FROM opportunities o
      CROSS JOIN LATERAL (SELECT to_stage_id, changed_at FROM stage_changes sc WHERE sc.opportunity_id = o.id
                          ORDER BY changed_at DESC LIMIT 1) last`);
    expect(check).toEqual({ unexplained: 0, misdated: 0 });
    const [span] = await db.dataSource.query(
      `SELECT min(changed_at) < '2024-01-01' AS early, max(changed_at) <= '2026-06-01' AS before_reference FROM stage_changes`,
    );
    expect(span).toEqual({ early: true, before_reference: true });
  });

  it('covers every kind, category and status, consistently with the reference date', async () => {
    const distinct = async (sql: string) => (await db.dataSource.query(sql)).map((r: { v: string }) => r.v).sort();
    expect(await distinct('SELECT DISTINCT kind AS v FROM organizations')).toEqual([
      'company',
      'consortium',
      'government_body',
      'non_profit',
      'other',
      'research_infrastructure',
      'research_institute',
      'university',
    ]);
    expect(await distinct('SELECT DISTINCT category AS v FROM needs')).toHaveLength(8);
    expect(await distinct('SELECT DISTINCT kind AS v FROM activities')).toEqual([
      'call',
      'email',
      'event',
      'meeting',
      'note',
      'todo',
    ]);
    expect(await distinct('SELECT DISTINCT visibility AS v FROM activities')).toEqual(['everyone', 'private', 'team']);
    const [check] = await db.dataSource.query(`
      SELECT count(*) FILTER (WHERE status = 'done' AND coalesce(starts_at, due_at) > '2026-06-01')::int AS done_in_future,
             count(*) FILTER (WHERE status = 'planned' AND kind <> 'todo' AND starts_at < '2026-06-01')::int AS planned_in_past,
             count(*) FILTER (WHERE created_at > '2026-06-01' OR created_at < '2023-06-01')::int AS created_outside
      FROM activities`);
    expect(check).toEqual({ done_in_future: 0, planned_in_past: 0, created_outside: 0 });
    const [{ parents }] = await db.dataSource.query(
      'SELECT count(*)::int AS parents FROM organizations WHERE parent_id IS NOT NULL',
    );
    expect(parents).toBeGreaterThanOrEqual(30);
  });

  it('stores exactly the generated rows, which differ for another seed', async () => {
    const lib = await loadFaker();
    const generated: string[] = [];
    const hash = createHash('sha256');
    for (const chunk of generateDemoData(lib, { seed: 1, scale: 1 })) {
      hash.update(JSON.stringify(chunk));
      if (chunk.table === 'organizations') generated.push(...chunk.rows.map((row) => `${row[0]} ${row[8]}`));
    }
    const stored = await db.dataSource.query('SELECT id, name FROM organizations ORDER BY id');
    expect(stored.map((r: { id: string; name: string }) => `${r.id} ${r.name}`)).toEqual(generated.sort());
    expect(await digest(2)).not.toBe(hash.digest('hex'));
  });

  it('seedIfEmpty leaves a database with data alone', async () => {
    const log = jest.fn();
    expect(await isDatabaseEmpty(db.dataSource)).toBe(false);
    expect(await seedIfEmpty(db.dataSource, log)).toBe(false);
    expect(log).not.toHaveBeenCalled();
    expect(await tableCounts(db.dataSource)).toEqual(SCALE_1);
  });
});

// PGlite is one database per process: this one comes after the other is dropped.
describe('seedIfEmpty on an empty database', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('seeds scale 1 once, the same data as seedDemoData with seed 1', async () => {
    const log = jest.fn();
    expect(await isDatabaseEmpty(db.dataSource)).toBe(true);
    expect(await seedIfEmpty(db.dataSource, log)).toBe(true);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toMatch(/^Seeded demo data: 200 organizations, 1000 contacts/);
    expect(await seedIfEmpty(db.dataSource, log)).toBe(false);
    expect(log).toHaveBeenCalledTimes(1);
    expect(await tableCounts(db.dataSource)).toEqual(SCALE_1);
    expect(firstSnapshot).toHaveLength(SCALE_1.organizations + SCALE_1.contacts);
    expect(await snapshot(db.dataSource)).toEqual(firstSnapshot);
  }, 120_000);

  it('seeds again after a reset, the default pipelines put back', async () => {
    await truncateDataTables(db.dataSource);
    expect(await isDatabaseEmpty(db.dataSource)).toBe(true);
    await seedDemoData(db.dataSource, { seed: 1, scale: 1 });
    expect(await tableCounts(db.dataSource)).toEqual(SCALE_1);
    const pipelines = await db.dataSource.query(`SELECT name FROM pipelines ORDER BY position`);
    expect(pipelines).toEqual([{ name: 'Outreach' }, { name: 'Partnership' }]);
  }, 120_000);
});

describe('bulk insert statements', () => {
  it('stay under the parameter limit and keep every row', () => {
    const columns = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const rows = Array.from({ length: 10_001 }, (_, i) => columns.map((c) => `${c}${i}`));
    const statements = insertStatements({ table: 'things', columns, rows });
    expect(statements.length).toBe(
      Math.ceil((rows.length * columns.length) / (Math.floor(PARAMETERS_PER_STATEMENT / 7) * 7)),
    );
    for (const statement of statements) {
      expect(statement.parameters.length).toBeLessThanOrEqual(PARAMETERS_PER_STATEMENT);
      expect(statement.parameters.length).toBeLessThan(POSTGRES_MAX_PARAMETERS);
      expect(statement.sql.match(/\$\d+/g)).toHaveLength(statement.parameters.length);
    }
    expect(statements.flatMap((s) => s.parameters)).toEqual(rows.flat());
    expect(
      statements[0].sql.startsWith('INSERT INTO "things" ("a", "b", "c", "d", "e", "f", "g") VALUES ($1, $2'),
    ).toBe(true);
  });

  it('refuses rows of the wrong width', () => {
    expect(() => insertStatements({ table: 't', columns: ['a', 'b'], rows: [['x']] })).toThrow(
      /1 values for 2 columns/,
    );
  });
});
