/* eslint-disable no-console -- a benchmark reports on the console */
import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { recordStatements, stopCountingStatements } from '../src/core/db/statement-counter';
import { createLiaisonServer } from '../src/core/http/server';
import { createLogger } from '../src/core/log/logger';
import { createAuthenticator } from '../src/authenticate';
import { buildAppSchema } from '../src/schema';
import { search } from '../src/modules/search/search.service';
import { TokenScope } from '../src/modules/token/api-token.entity';
import { issueToken } from '../src/modules/token/api-token.service';
import { findOrCreateOperatorUser } from '../src/modules/user/operator-user.service';
import { openBenchDatabase } from './bench-database';
import { measure, writeReadmeSection, type Measurement } from './measure';
import { rawNested, replay } from './raw-queries';
import { contactDetailQuery, rawContactDetail } from './contact-detail';

const SCALE = Number(process.env.BENCH_SCALE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? 10);
const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DATABASE = process.env.BENCH_DATABASE ?? `liaison_bench_${SCALE}`;

const NESTED = `{ organizations(first: 50, orderBy: { field: NAME, direction: ASC }) { nodes { name
  contacts(first: 10) { nodes { name projects(first: 10) { nodes { name } } } } } } }`;

async function main(): Promise<void> {
  const { dataSource, url } = await openBenchDatabase({
    serverUrl: SERVER_URL,
    database: DATABASE,
    scale: SCALE,
    poolSize: POOL_SIZE,
  });

  const user = await dataSource.transaction((m) => findOrCreateOperatorUser(m, 'bench@example.org', 'admin'));
  const { secret } = await issueToken(dataSource.manager, user.id, { name: 'benchmark', scope: TokenScope.READ });
  const viewer = { userId: user.id, role: 'admin' as const, teamIds: [], via: 'token' as const, readOnly: true };

  const schema = await buildAppSchema();
  const start = async (countStatements: boolean) => {
    const server = await createLiaisonServer({
      dataSource,
      logger: createLogger('silent'),
      schema,
      authenticate: createAuthenticator(dataSource),
      shutdownTimeoutMs: 1000,
      production: true,
      countStatements,
    });
    return { server, url: `http://127.0.0.1:${(await server.listen(0, '127.0.0.1')).port}/graphql` };
  };
  // One server tells the statements of each request; the one under load does not count them.
  const probe = await start(true);
  const loaded = await start(false);
  const api = loaded.url;

  const pool = new Pool({ connectionString: url, max: POOL_SIZE });
  const [{ id: contactId }] = await dataSource.query(
    `SELECT contact_id AS id FROM activity_contacts GROUP BY contact_id ORDER BY count(*) DESC, contact_id LIMIT 1`,
  );
  const [{ name: organizationName }] = await dataSource.query(
    `SELECT name FROM organizations WHERE kind = 'university' ORDER BY id LIMIT 1`,
  );
  // A typo in the second word, as people type.
  const words = organizationName.split(' ');
  const searchQuery = words
    .map((w: string, i: number) => (i === words.length - 1 && w.length > 4 ? w.slice(0, -2) + w.slice(-1) : w))
    .join(' ');
  const recordedSearch = await recordStatements(() => search(dataSource, viewer, { query: searchQuery, first: 20 }));

  const raw: Record<string, () => Promise<unknown>> = {
    nested: () => rawNested(pool),
    contact: () => rawContactDetail(pool, contactId),
    search: () => replay(pool, recordedSearch.log),
  };
  const rawServer = createServer((req, res) => {
    const scenario = raw[(req.url ?? '').slice(1)];
    req.resume();
    req.on('end', () => {
      scenario().then(
        (body) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
        (error: Error) => res.writeHead(500).end(error.message),
      );
    });
  });
  await new Promise<void>((resolve) => rawServer.listen(0, '127.0.0.1', resolve));
  const rawBase = `http://127.0.0.1:${(rawServer.address() as AddressInfo).port}`;

  const scenarios = [
    { name: 'nested', title: 'organizations → contacts → projects (50×10×10)', query: NESTED, variables: {} },
    {
      name: 'contact',
      title: 'contact detail with its timeline (20)',
      query: contactDetailQuery,
      variables: { id: contactId },
    },
    {
      name: 'search',
      title: `search "${searchQuery}"`,
      query: 'query($q: String!) { search(query: $q, first: 20) { type id title score } }',
      variables: { q: searchQuery },
    },
  ];

  const headers = { authorization: `Bearer ${secret}` };
  const statementsOf = new Map<string, number>();
  for (const scenario of scenarios) {
    const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
    const answer = await fetch(probe.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const json = (await answer.json()) as { errors?: unknown };
    if (json.errors) throw new Error(`${scenario.name}: ${JSON.stringify(json.errors)}`);
    statementsOf.set(scenario.name, Number(answer.headers.get('x-sql-statements')));
  }
  await probe.server.stop();
  stopCountingStatements();

  const rows: { title: string; graphql: Measurement; raw: Measurement; statements: number }[] = [];
  for (const scenario of scenarios) {
    const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
    const statements = statementsOf.get(scenario.name)!;
    console.log(`${scenario.title}: ${statements} SQL statements per request; measuring…`);
    // Warm up both sides before measuring.
    await measure({ url: api, body, headers, connections: CONNECTIONS, seconds: 1 });
    await measure({ url: `${rawBase}/${scenario.name}`, body: '{}', connections: CONNECTIONS, seconds: 1 });
    const graphql = await measure({ url: api, body, headers, connections: CONNECTIONS, seconds: SECONDS });
    const rawResult = await measure({
      url: `${rawBase}/${scenario.name}`,
      body: '{}',
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    rows.push({ title: scenario.title, graphql, raw: rawResult, statements });
  }

  const table = formatTable(rows);
  console.log(`\n${table}`);
  writeReadmeSection('bench:api', table);
  await loaded.server.stop();
  rawServer.close();
  await pool.end();
  await dataSource.destroy();
}

function formatTable(rows: { title: string; graphql: Measurement; raw: Measurement; statements: number }[]): string {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const lines = [
    `Scale ${SCALE} dataset on PostgreSQL, ${CONNECTIONS} connections for ${SECONDS} s each, pool of ${POOL_SIZE}, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| scenario | GraphQL req/s | p50 / p95 / p99 | SQL per request | raw SQL req/s | raw p50 / p95 / p99 | GraphQL/raw throughput | p95 GraphQL/raw |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.title} | ${r.graphql.requestsPerSecond.toFixed(0)} | ${ms(r.graphql.p50)} / ${ms(r.graphql.p95)} / ${ms(r.graphql.p99)} | ${r.statements} | ${r.raw.requestsPerSecond.toFixed(0)} | ${ms(r.raw.p50)} / ${ms(r.raw.p95)} / ${ms(r.raw.p99)} | ${(r.graphql.requestsPerSecond / r.raw.requestsPerSecond).toFixed(2)}× | ${(r.graphql.p95 / r.raw.p95).toFixed(2)}× |`,
    ),
  ];
  const errors = rows.reduce((n, r) => n + r.graphql.errors + r.raw.errors, 0);
  if (errors) lines.push('', `${errors} requests failed during the run.`);
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
