/* eslint-disable no-console -- a benchmark reports on the console */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createAuthenticator } from '../src/authenticate';
import { migrateUp } from '../src/core/db/migrate';
import { createLiaisonServer } from '../src/core/http/server';
import { createLogger } from '../src/core/log/logger';
import { createAppDataSource } from '../src/database';
import { builtInReports, defaultPipelines } from '../src/modules/report/built-in-reports';
import { forgetReports } from '../src/modules/report/report-cache';
import { TokenScope } from '../src/modules/token/api-token.entity';
import { issueToken } from '../src/modules/token/api-token.service';
import { buildAppSchema } from '../src/schema';

/** Opportunities generated; each goes through exactly CHANGES stage changes. */
const OPPORTUNITIES = Number(process.env.BENCH_OPPORTUNITIES ?? 100_000);
const CHANGES = 10;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DATABASE = process.env.BENCH_DATABASE ?? 'liaison_bench_pipeline';
const TEAMS = 20;
const USERS = 50;
/** Figures go to the README only at the size the target is set for. */
const FULL_SIZE = 100_000;

const REPORT = `query($spec: ReportSpecInput!) { report(spec: $spec) { truncated rows { keys labels values filter } } }`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/**
 * The outreach pipeline's opportunities, generated in a few set-based statements: opportunity i
 * climbs to depth i % 6 (0 Dissemination … 4 Established, 5 Not pursued after Induction), after
 * swinging between Dissemination and Induction for the rest of its CHANGES changes, one every
 * 1 to 13 days. So every opportunity enters Dissemination and Induction, and exactly those with
 * i % 6 = 4 reach Established. Triggers are off while generating (the history is written here).
 */
async function generate(dataSource: DataSource, outreach: string): Promise<void> {
  const [{ count }] = await dataSource.query(
    'SELECT count(*)::int AS count FROM opportunities WHERE pipeline_id = $1',
    [outreach],
  );
  const [{ changes }] = await dataSource.query('SELECT count(*)::int AS changes FROM stage_changes');
  if (count === OPPORTUNITIES && changes === OPPORTUNITIES * CHANGES) return;
  console.log(`generating ${OPPORTUNITIES} opportunities and ${OPPORTUNITIES * CHANGES} stage changes…`);
  const started = Date.now();
  await dataSource.transaction(async (m) => {
    await m.query('DELETE FROM opportunities');
    await m.query(
      `INSERT INTO teams (code, name) SELECT 'BENCH-' || g, 'Bench team ' || g FROM generate_series(1, ${TEAMS}) g
       ON CONFLICT DO NOTHING`,
    );
    await m.query(
      `INSERT INTO users (issuer, subject, name, email, role)
       SELECT 'https://bench', 'u' || g, 'Bench user ' || g, 'bench' || g || '@example.org', 'editor'
       FROM generate_series(1, ${USERS}) g ON CONFLICT DO NOTHING`,
    );
    // User g is in team g % TEAMS + 1.
    await m.query(
      `INSERT INTO team_memberships (team_id, user_id)
       SELECT t.id, u.id FROM users u JOIN teams t ON t.code = 'BENCH-' || (substr(u.subject, 2)::int % ${TEAMS} + 1)
       WHERE u.issuer = 'https://bench' AND u.subject ~ '^u[0-9]+$' ON CONFLICT DO NOTHING`,
    );
    // The history is written below as generated: no trigger adds to it, nor indexes these for search.
    await m.query('SET LOCAL session_replication_role = replica');
    await m.query(
      `CREATE TEMP TABLE bench_paths ON COMMIT DROP AS
       SELECT i, gen_random_uuid() AS id, i % 6 AS depth,
         timestamptz '2023-01-01' + (i % 1000) * interval '1 day' AS start,
         ((i % 13) + 1) * interval '1 day' AS step,
         CASE WHEN i % 6 = 5 THEN ARRAY[0, 1, 5] ELSE (SELECT array_agg(g ORDER BY g) FROM generate_series(0, i % 6) g) END AS climb
       FROM generate_series(1, $1::int) i`,
      [OPPORTUNITIES],
    );
    // Position of change j: a swing 0, 1, 0, 1 … (or 1, 0, 1 … so that it never repeats a stage), then the climb.
    await m.query(
      `CREATE TEMP TABLE bench_changes ON COMMIT DROP AS
       SELECT p.i, p.id, j, p.start + j * p.step AS at,
         CASE WHEN j < ${CHANGES} - cardinality(p.climb) THEN (j + ${CHANGES} - cardinality(p.climb)) % 2
              ELSE p.climb[j - (${CHANGES} - cardinality(p.climb)) + 1] END AS position
       FROM bench_paths p, generate_series(0, ${CHANGES - 1}) j`,
    );
    await m.query(
      `INSERT INTO opportunities (id, title, pipeline_id, stage_id, owner_id, team_id, visibility, expected_value,
         expected_date, stage_entered_at, created_at, updated_at)
       SELECT p.id, 'Engagement ' || p.i, $1, s.id, u.id, tm.team_id,
         CASE p.i % 10 WHEN 0 THEN 'private' WHEN 1 THEN 'team' ELSE 'everyone' END,
         (p.i % 50) + 1, (p.start + interval '18 months')::date, c.at, p.start, c.at
       FROM bench_paths p
       JOIN bench_changes c ON c.i = p.i AND c.j = ${CHANGES - 1}
       JOIN pipeline_stages s ON s.pipeline_id = $1 AND s.position = c.position
       JOIN users u ON u.issuer = 'https://bench' AND u.subject = 'u' || (p.i % ${USERS} + 1)
       JOIN team_memberships tm ON tm.user_id = u.id`,
      [outreach],
    );
    await m.query(
      `INSERT INTO stage_changes (opportunity_id, from_stage_id, to_stage_id, changed_at, cause)
       SELECT c.id, lag(s.id) OVER (PARTITION BY c.i ORDER BY c.j), s.id, c.at,
         CASE WHEN c.j = 0 THEN 'create' ELSE 'manual' END
       FROM bench_changes c JOIN pipeline_stages s ON s.pipeline_id = $1 AND s.position = c.position`,
      [outreach],
    );
  });
  await dataSource.query('ANALYZE');
  console.log(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

interface Timing {
  name: string;
  times: number[];
}

async function main(): Promise<void> {
  const admin = new Client({ connectionString: SERVER_URL });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${DATABASE}`;
  const dataSource = createAppDataSource({ url: url.toString(), poolSize: 10 });
  await dataSource.initialize();
  await migrateUp(dataSource);
  const pipelines = await defaultPipelines(dataSource);
  if (!pipelines.outreach) throw new Error('the bench database has no Outreach pipeline');
  await generate(dataSource, pipelines.outreach);
  forgetReports();

  const [{ changes }] = await dataSource.query('SELECT count(*)::int AS changes FROM stage_changes');
  const [adminUser] = await dataSource.query(
    `INSERT INTO users (issuer, subject, name, email, role) VALUES ('https://bench', 'admin', 'Bench admin', 'bench-admin@example.org', 'admin')
     ON CONFLICT (issuer, subject) DO UPDATE SET role = 'admin' RETURNING id`,
  );
  const [editorUser] = await dataSource.query(`SELECT id FROM users WHERE issuer = 'https://bench' AND subject = 'u1'`);
  const token = async (id: string) =>
    (await issueToken(dataSource.manager, id, { name: 'benchmark', scope: TokenScope.READ })).secret;
  const tokens = { admin: await token(adminUser.id), editor: await token(editorUser.id) };

  const schema = await buildAppSchema();
  const server = await createLiaisonServer({
    dataSource,
    logger: createLogger('silent'),
    schema,
    authenticate: createAuthenticator(dataSource),
    routes: [],
    shutdownTimeoutMs: 1000,
    production: true,
  });
  const base = `http://127.0.0.1:${(await server.listen(0, '127.0.0.1')).port}`;
  const report = async (who: keyof typeof tokens, spec: Record<string, unknown>) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[who]}` },
      body: JSON.stringify({ query: REPORT, variables: { spec } }),
    });
    const body = (await response.json()) as {
      errors?: unknown;
      data: { report: { rows: { labels: string[]; values: number[] }[] } };
    };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.report;
  };

  const reports = builtInReports(new Date(), pipelines);
  const specOf = (id: string) => reports.find((r) => r.id === id)!.spec;
  const funnel = specOf('induction-effectiveness');

  // Before timing: the funnel counts what was generated.
  const { rows } = await report('admin', funnel);
  const entered = Object.fromEntries(rows.map((row) => [row.labels[0], row.values[0]]));
  const reachedEstablished = Math.floor((OPPORTUNITIES + 2) / 6);
  const expectedTotal = [0, 1, 2, 3, 4, 5].reduce((sum, depth) => {
    const withDepth = Math.floor((OPPORTUNITIES - depth) / 6) + (depth > 0 ? 1 : 0);
    // Dissemination and Induction for all; then one stage per step of the climb (Not pursued: one).
    return sum + withDepth * (depth === 5 ? 3 : Math.max(2, depth + 1));
  }, 0);
  const total = rows.reduce((sum, row) => sum + row.values[0], 0);
  if (
    entered.Dissemination !== OPPORTUNITIES ||
    entered.Established !== reachedEstablished ||
    total !== expectedTotal
  ) {
    throw new Error(
      `the funnel does not count what was generated: ${JSON.stringify(entered)}, total ${total}; expected ${OPPORTUNITIES} in Dissemination, ${reachedEstablished} in Established, ${expectedTotal} in all`,
    );
  }
  console.log(
    `checked: ${OPPORTUNITIES} opportunities, ${changes} stage changes; funnel total ${total}, ${reachedEstablished} established`,
  );

  const cases: [string, keyof typeof tokens, Record<string, unknown>][] = [
    ['funnel with conversion and time in stage, admin', 'admin', funnel],
    ['the same, an editor (visibility rules)', 'editor', funnel],
    ['per team', 'admin', specOf('induction-teams')],
    ['per quarter of entry (cohorts)', 'admin', { ...specOf('induction-quarters'), period: undefined }],
  ];
  const timings: Timing[] = [];
  for (const [name, who, spec] of cases) {
    console.log(`${name}: ${RUNS} runs…`);
    // A different row limit each time: the same statement, never an answer from the cache.
    await report(who, { ...spec, limit: 4999 });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await report(who, { ...spec, limit: 4998 - i });
      times.push(performance.now() - started);
    }
    timings.push({ name, times });
  }
  await server.stop();
  await dataSource.destroy();

  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const table = [
    `${new Date().toISOString().slice(0, 10)}, PostgreSQL, ${OPPORTUNITIES.toLocaleString('en')} opportunities and ${changes.toLocaleString('en')} stage changes, ${os.cpus().length} cores (${cpu}), load average ${os.loadavg()[0].toFixed(1)} at the end, ${RUNS} sequential runs each through /graphql.`,
    '',
    '| report | p50 | p95 |',
    '| --- | --- | --- |',
    ...timings.map(
      (t) => `| ${t.name} | ${percentile(t.times, 50).toFixed(0)} ms | ${percentile(t.times, 95).toFixed(0)} ms |`,
    ),
  ].join('\n');
  console.log(`\n${table}`);
  if (OPPORTUNITIES >= FULL_SIZE) writeReadme(table);
}

/** Keeps the last full-size results in the README, between its markers. */
function writeReadme(table: string): void {
  const readme = path.resolve(__dirname, '../../../README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:pipeline:start -->';
  const end = '<!-- bench:pipeline:end -->';
  if (!text.includes(start)) return;
  writeFileSync(readme, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n\n${table}\n\n${end}`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
