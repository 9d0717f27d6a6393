/* eslint-disable no-console -- a benchmark reports on the console */
import 'reflect-metadata';
import os from 'node:os';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { migrateUp } from '../src/core/db/migrate';
import { createLiaisonServer } from '../src/core/http/server';
import { createLogger } from '../src/core/log/logger';
import { createAuthenticator } from '../src/authenticate';
import { createAppDataSource } from '../src/database';
import { buildAppSchema } from '../src/schema';
import { shortestPath } from '../src/modules/graph/graph-paths';
import { currentGraph } from '../src/modules/graph/graph-store';
import { GraphLens, today } from '../src/modules/graph/graph-view';
import { EDGE_KINDS } from '../src/modules/graph/graph.types';
import { TokenScope } from '../src/modules/token/api-token.entity';
import { issueToken } from '../src/modules/token/api-token.service';
import { findOrCreateOperatorUser } from '../src/modules/user/operator-user.service';
import { plannedCounts } from '../src/seed/generate-demo-data';
import { seedDemoData } from '../src/seed/seed';
import { percentile, writeReadmeSection } from './measure';

const PG_SCALE = Number(process.env.BENCH_SCALE ?? 100);
const PGLITE_SCALE = Number(process.env.BENCH_PGLITE_SCALE ?? 10);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 200);
const SEEDS = Number(process.env.BENCH_NEIGHBORHOODS ?? 50);
const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ONLY = process.env.BENCH_ONLY; // 'postgres' or 'pglite'

const PATHS = `query($input: ConnectionPathsInput!) { connectionPaths(input: $input) { length nodes { id label } edges { id kind } } }`;
const NEIGHBORHOOD = `query($input: GraphNeighborhoodInput!) {
  graphNeighborhood(input: $input) { truncated nodes { id kind label degree } edges { id kind source target weight } } }`;
const COMMUNITIES = `query($input: KeyConnectorsInput!) { keyConnectors(input: $input) { communities { size } } }`;

async function postgresDatabase(scale: number): Promise<string> {
  const name = process.env.BENCH_DATABASE ?? `liaison_graph_bench_${scale}`;
  const admin = new Client({ connectionString: SERVER_URL });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Seeds the dataset unless the database already holds exactly this seed's rows. */
async function ensureSeeded(dataSource: DataSource, scale: number): Promise<void> {
  await migrateUp(dataSource);
  const planned = plannedCounts(scale);
  const [{ links }] = await dataSource.query('SELECT count(*)::int AS links FROM project_organizations');
  if (links === planned.project_organizations) return;
  console.log(`seeding scale ${scale} (once; later runs reuse it)…`);
  const started = Date.now();
  await dataSource.query(
    `DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'
     LOOP EXECUTE format('TRUNCATE %I CASCADE', t); END LOOP; END $$`,
  );
  await seedDemoData(dataSource, { scale });
  console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await dataSource.query('ANALYZE');
}

/** A fixed pseudo-random sequence, so that every run asks the same questions. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

interface Timed {
  ms: number;
  statements: number;
  data: Record<string, unknown>;
}

async function post(url: string, token: string, query: string, input: unknown): Promise<Timed> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables: { input } }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  const ms = performance.now() - started;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { ms, statements: Number(response.headers.get('x-sql-statements')), data: body.data! };
}

interface Result {
  database: string;
  scale: number;
  nodes: number;
  edges: number;
  buildMs: number;
  paths: { p50: number; p95: number; statements: number; connected: number; hops: Map<number, number> };
  structural: { connected: number; hops: Map<number, number> };
  /** Louvain over the whole graph an admin sees, as `keyConnectors` without seeds finds them. */
  communities: { count: number; largest: number; ms: number };
  neighborhood: { p50: number; p95: number; statements: number; nodes: number; truncated: number };
}

async function run(database: string, scale: number, dataSource: DataSource): Promise<Result> {
  const user = await dataSource.transaction((m) => findOrCreateOperatorUser(m, 'bench@example.org', 'admin'));
  const { secret } = await issueToken(dataSource.manager, user.id, { name: 'graph benchmark', scope: TokenScope.READ });
  const server = await createLiaisonServer({
    dataSource,
    logger: createLogger('silent'),
    schema: await buildAppSchema(),
    authenticate: createAuthenticator(dataSource),
    shutdownTimeoutMs: 1000,
    production: true,
    countStatements: true,
    rateLimit: undefined,
  });
  const url = `http://127.0.0.1:${(await server.listen(0, '127.0.0.1')).port}/graphql`;
  const contacts: string[] = (
    await dataSource.query('SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY id')
  ).map((row: { id: string }) => row.id);
  const random = sequence(7);
  const pick = () => contacts[Math.floor(random() * contacts.length)];

  const buildStart = performance.now();
  await post(url, secret, NEIGHBORHOOD, { seeds: [contacts[0]] });
  const buildMs = performance.now() - buildStart;
  const index = await currentGraph(dataSource);
  const nodes = index.nodes.filter((node) => node.alive).length;
  const edges = index.edges.filter((edge) => edge.alive).length;
  console.log(`${database} scale ${scale}: graph of ${nodes} nodes, ${edges} edges built in ${buildMs.toFixed(0)} ms`);

  const pathTimes: number[] = [];
  const hops = new Map<number, number>();
  let pathStatements = 0;
  let connected = 0;
  const pairs = Array.from({ length: PAIRS }, () => [pick(), pick()] as const).filter(([a, b]) => a !== b);
  for (const [from, to] of pairs) {
    const timed = await post(url, secret, PATHS, { from, to, maxHops: 6, k: 3 });
    pathTimes.push(timed.ms);
    pathStatements = Math.max(pathStatements, timed.statements);
    const found = timed.data.connectionPaths as { length: number }[];
    if (found.length) connected++;
    const length = found.length ? found[0].length : 0;
    hops.set(length, (hops.get(length) ?? 0) + 1);
  }

  // The same pairs over the structural links alone (no KNOWS ties through our staff).
  const lens = new GraphLens(index, {
    viewer: { userId: user.id, role: 'admin', teamIds: [], via: 'token', readOnly: true },
    activeOn: today(),
    edgeKinds: EDGE_KINDS.filter((kind) => kind !== 'knows' && kind !== 'owner' && kind !== 'team_member'),
  });
  const structuralHops = new Map<number, number>();
  let structuralConnected = 0;
  for (const [from, to] of pairs) {
    const path = shortestPath(lens, index.nodeIndex(from)!, index.nodeIndex(to)!, 6);
    if (path) structuralConnected++;
    const length = path ? path.length - 1 : 0;
    structuralHops.set(length, (structuralHops.get(length) ?? 0) + 1);
  }

  const wholeGraph = await post(url, secret, COMMUNITIES, { limit: 1 });
  const sizes = (wholeGraph.data.keyConnectors as { communities: { size: number }[] }).communities.map((c) => c.size);
  const communities = { count: sizes.length, largest: Math.max(0, ...sizes), ms: wholeGraph.ms };
  console.log(
    `${communities.count} communities (largest ${communities.largest} nodes) in ${communities.ms.toFixed(0)} ms`,
  );

  const viewTimes: number[] = [];
  let viewStatements = 0;
  let viewNodes = 0;
  let truncated = 0;
  for (let i = 0; i < SEEDS; i++) {
    const timed = await post(url, secret, NEIGHBORHOOD, { seeds: [pick()], depth: 2, limit: 5000 });
    viewTimes.push(timed.ms);
    viewStatements = Math.max(viewStatements, timed.statements);
    const view = timed.data.graphNeighborhood as { nodes: unknown[]; truncated: boolean };
    viewNodes += view.nodes.length;
    if (view.truncated) truncated++;
  }
  await server.stop();
  pathTimes.sort((a, b) => a - b);
  viewTimes.sort((a, b) => a - b);
  return {
    database,
    scale,
    nodes,
    edges,
    buildMs,
    paths: {
      p50: percentile(pathTimes, 50),
      p95: percentile(pathTimes, 95),
      statements: pathStatements,
      connected: connected / pairs.length,
      hops,
    },
    structural: { connected: structuralConnected / pairs.length, hops: structuralHops },
    communities,
    neighborhood: {
      p50: percentile(viewTimes, 50),
      p95: percentile(viewTimes, 95),
      statements: viewStatements,
      nodes: viewNodes / SEEDS,
      truncated: truncated / SEEDS,
    },
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const share = (value: number) => `${Math.round(value * 100)} %`;
const distribution = (hops: Map<number, number>) =>
  [...hops.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([length, count]) => `${length === 0 ? 'none' : length}: ${count}`)
    .join(', ');

function report(results: Result[]): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `${results.map((r) => `${r.database} at scale ${r.scale}`).join('; ')}; ${PAIRS} random contact pairs ` +
      `(maxHops 6, k 3) and ${SEEDS} depth-2 neighbourhoods (limit 5,000) as an admin, one request at a time, ` +
      `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} at the end.`,
    '',
    '| database | graph (nodes / edges, built in) | connectionPaths p50 / p95 | SQL per request | graphNeighborhood depth 2 p50 / p95 | nodes per view (truncated) | SQL per request |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.database} scale ${r.scale} | ${r.nodes.toLocaleString('en')} / ${r.edges.toLocaleString('en')}, ${(r.buildMs / 1000).toFixed(1)} s ` +
        `| ${ms(r.paths.p50)} / ${ms(r.paths.p95)} | ${r.paths.statements} | ${ms(r.neighborhood.p50)} / ${ms(r.neighborhood.p95)} ` +
        `| ${Math.round(r.neighborhood.nodes)} (${share(r.neighborhood.truncated)}) | ${r.neighborhood.statements} |`,
    ),
    '',
    '| database | pairs connected within 6 hops | hops of the shortest path | structural links only (no staff ties): connected | hops | Louvain communities of the whole graph (largest; time of the keyConnectors request) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.database} scale ${r.scale} | ${share(r.paths.connected)} | ${distribution(r.paths.hops)} ` +
        `| ${share(r.structural.connected)} | ${distribution(r.structural.hops)} ` +
        `| ${r.communities.count.toLocaleString('en')} (${r.communities.largest.toLocaleString('en')} nodes; ${(r.communities.ms / 1000).toFixed(1)} s) |`,
    ),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const results: Result[] = [];
  if (ONLY !== 'pglite') {
    const dataSource = createAppDataSource({ url: await postgresDatabase(PG_SCALE), poolSize: 10 });
    await dataSource.initialize();
    await ensureSeeded(dataSource, PG_SCALE);
    results.push(await run('PostgreSQL', PG_SCALE, dataSource));
    await dataSource.destroy();
  }
  if (ONLY !== 'postgres') {
    const dataDir = process.env.BENCH_PGLITE_DIR ?? `data/graph-bench-${PGLITE_SCALE}`;
    const dataSource = createAppDataSource({ dataDir, poolSize: 1 });
    await dataSource.initialize();
    await ensureSeeded(dataSource, PGLITE_SCALE);
    results.push(await run('PGlite', PGLITE_SCALE, dataSource));
    await dataSource.destroy();
  }
  const table = report(results);
  console.log(`\n${table}`);
  if (!ONLY) writeReadmeSection('bench:graph', table);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
