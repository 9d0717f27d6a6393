/* eslint-disable no-console -- a benchmark reports on the console */
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createAuthenticator } from '../src/authenticate';
import { migrateUp } from '../src/core/db/migrate';
import { createLiaisonServer } from '../src/core/http/server';
import { createLogger } from '../src/core/log/logger';
import { createAppDataSource } from '../src/database';
import { builtInReports } from '../src/modules/report/built-in-reports';
import { reportExportRoutes } from '../src/modules/report/report-export.routes';
import { TokenScope } from '../src/modules/token/api-token.entity';
import { issueToken } from '../src/modules/token/api-token.service';
import { forgetReports } from '../src/modules/report/report-cache';
import { findOrCreateOperatorUser } from '../src/modules/user/operator-user.service';
import { buildAppSchema } from '../src/schema';
import { REFERENCE_DATE } from '../src/seed/demo-random';
import { openBenchDatabase, seedOnce } from './bench-database';

const SCALE = Number(process.env.BENCH_SCALE ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Figures {
  database: string;
  activities: number;
  groupBy: number[];
  cached: number[];
  dashboard: number[];
  exportRows: number;
  exportSeconds: number;
  rssGrowthMb: number;
}

const TEAM_BY_MONTH = { kind: 'ACTIVITY', groupBy: [{ field: 'team' }, { field: 'createdAt', bucket: 'MONTH' }] };
/** The biggest grouping of the demo data: activities per concerned organization, day and owner. */
const LARGE_EXPORT = {
  kind: 'ACTIVITY',
  groupBy: [{ field: 'organization' }, { field: 'happensAt', bucket: 'DAY' }, { field: 'owner' }],
};
const REPORT = `query($spec: ReportSpecInput!) { report(spec: $spec) { truncated rows { keys values filter } } }`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function timed(run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function benchOn(database: string, dataSource: DataSource): Promise<Figures> {
  // The cache is keyed by the latest change, which two seeded databases may share: start empty.
  forgetReports();
  const user = await dataSource.transaction((m) => findOrCreateOperatorUser(m, 'bench@example.org', 'admin'));
  const { secret } = await issueToken(dataSource.manager, user.id, { name: 'benchmark', scope: TokenScope.READ });
  const schema = await buildAppSchema();
  const authenticate = createAuthenticator(dataSource);
  const server = await createLiaisonServer({
    dataSource,
    logger: createLogger('silent'),
    schema,
    authenticate,
    routes: [reportExportRoutes(dataSource, schema, authenticate)],
    shutdownTimeoutMs: 1000,
    production: true,
  });
  const base = `http://127.0.0.1:${(await server.listen(0, '127.0.0.1')).port}`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${secret}` };
  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const [{ activities }] = await dataSource.query('SELECT count(*)::int AS activities FROM activities');

  console.log(`${database}: team × month over ${activities} activities, ${RUNS} runs…`);
  // A different row limit each time: the same statement, but never an answer from the cache.
  await post(REPORT, { spec: { ...TEAM_BY_MONTH, limit: 999 } });
  const groupBy: number[] = [];
  for (let i = 0; i < RUNS; i++)
    groupBy.push(await timed(() => post(REPORT, { spec: { ...TEAM_BY_MONTH, limit: 1000 + i } })));
  const cached: number[] = [];
  for (let i = 0; i < RUNS; i++)
    cached.push(await timed(() => post(REPORT, { spec: { ...TEAM_BY_MONTH, limit: 999 } })));

  console.log(`${database}: the default dashboard (8 reports in one request)…`);
  const widgets = builtInReports(new Date(REFERENCE_DATE)).slice(0, 8);
  const declarations = widgets.map((_, i) => `$s${i}: ReportSpecInput!`).join(', ');
  const fields = widgets.map((_, i) => `w${i}: report(spec: $s${i}) { rows { keys values filter } }`).join(' ');
  const dashboard: number[] = [];
  for (let run = 0; run < Math.max(5, RUNS / 3); run++) {
    const variables = Object.fromEntries(widgets.map((w, i) => [`s${i}`, { ...w.spec, limit: 5000 - run }]));
    dashboard.push(await timed(() => post(`query(${declarations}) { ${fields} }`, variables)));
  }

  console.log(`${database}: CSV export of activities per organization, day and owner…`);
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
  let exportRows = -1;
  const exportMs = await timed(async () => {
    const response = await fetch(
      `${base}/reports/export.csv?spec=${encodeURIComponent(JSON.stringify(LARGE_EXPORT))}`,
      {
        headers,
      },
    );
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // Counted with the native search: a byte-by-byte loop here would slow the server it shares a process with.
      for (let at = value.indexOf(10); at >= 0; at = value.indexOf(10, at + 1)) exportRows += 1;
    }
  });
  clearInterval(sampler);
  await server.stop();
  return {
    database,
    activities,
    groupBy,
    cached,
    dashboard,
    exportRows,
    exportSeconds: exportMs / 1000,
    rssGrowthMb: (rssPeak - rssBefore) / 1024 / 1024,
  };
}

function formatTable(rows: Figures[]): string {
  const ms = (values: number[]) => `${percentile(values, 50).toFixed(0)} / ${percentile(values, 95).toFixed(0)} ms`;
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return [
    `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${cpu}), load average ${os.loadavg()[0].toFixed(1)} at the end, ${RUNS} sequential runs each, database and server on the same machine.`,
    '',
    '| database | activities | team × month p50 / p95 | same spec, cached p50 / p95 | dashboard of 8 p50 / p95 | CSV export | rows/s | RSS growth |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.database} | ${r.activities.toLocaleString('en')} | ${ms(r.groupBy)} | ${ms(r.cached)} | ${ms(r.dashboard)} | ${r.exportRows.toLocaleString('en')} rows in ${r.exportSeconds.toFixed(1)} s | ${Math.round(r.exportRows / r.exportSeconds).toLocaleString('en')} | ${r.rssGrowthMb.toFixed(0)} MB |`,
    ),
  ].join('\n');
}

/** Keeps the last results in the README, between its markers. */
function writeReadme(table: string): void {
  const readme = path.resolve(__dirname, '../../../README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:reports:start -->';
  const end = '<!-- bench:reports:end -->';
  if (!text.includes(start)) return;
  writeFileSync(readme, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n\n${table}\n\n${end}`));
}

async function main(): Promise<void> {
  const results: Figures[] = [];
  if (process.env.BENCH_PGLITE !== 'false') {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-'));
    const pglite = createAppDataSource({ dataDir });
    await pglite.initialize();
    await migrateUp(pglite);
    await seedOnce(pglite, 1, 'PGlite');
    results.push(await benchOn('PGlite, scale 1', pglite));
    await pglite.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (SCALE > 0) {
    const { dataSource } = await openBenchDatabase({
      serverUrl: SERVER_URL,
      database: process.env.BENCH_DATABASE ?? `liaison_bench_${SCALE}`,
      scale: SCALE,
      poolSize: 10,
    });
    results.push(await benchOn(`PostgreSQL, scale ${SCALE}`, dataSource));
    await dataSource.destroy();
  }
  const table = formatTable(results);
  console.log(`\n${table}`);
  writeReadme(table);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
