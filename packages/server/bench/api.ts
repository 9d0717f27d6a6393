/* eslint-disable no-console -- a benchmark reports on the console */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Pool, type PoolClient } from 'pg';
import { recordStatements } from '../src/core/db/statement-counter';
import { search } from '../src/modules/search/search.service';
import { TokenScope } from '../src/modules/token/api-token.entity';
import { issueToken } from '../src/modules/token/api-token.service';
import { findOrCreateOperatorUser } from '../src/modules/user/operator-user.service';
import { openBenchDatabase } from './bench-database';
import { machineNote, measure, median, writeReadmeSection, type Measurement } from './measure';
import { rawNested, replay } from './raw-queries';
import { contactDetailQuery, rawContactDetail } from './contact-detail';
import { postgraphileContactDetail, postgraphileNested, startPostgraphile } from './postgraphile';
import { normalise } from './normalise';

const SCALE = Number(process.env.BENCH_SCALE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? 10);
const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DATABASE = process.env.BENCH_DATABASE ?? `liaison_bench_${SCALE}`;
/** Only these scenarios (comma-separated names: nested, contact, search); all unless given. */
const ONLY = process.env.BENCH_SCENARIOS?.split(',');

const NESTED = `{ organizations(first: 50, orderBy: { field: NAME, direction: ASC }) { nodes { name
  contacts(first: 10) { nodes { name projects(first: 10) { nodes { name } } } } } } }`;

type Contender = 'liaison' | 'postgraphile' | 'raw';
type Run = Measurement & { cpuMsPerRequest: number };
interface Target {
  url: string;
  body: string;
  headers?: Record<string, string>;
}
interface Scenario {
  name: string;
  title: string;
  targets: Partial<Record<Contender, Target>>;
}

const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((child) => child.kill()));

/** Liaison's server in its own process (`serve-liaison.ts`). */
async function startLiaison(url: string, countStatements: boolean) {
  const child: ChildProcess = fork(path.join(__dirname, 'serve-liaison.ts'), [], {
    // BENCH_CPU_PROFILE=<dir> writes the loaded server's CPU profile there (node --cpu-prof).
    execArgv: [
      // As `npm start` and the Docker image run it: a larger young generation, fewer collections.
      '--max-semi-space-size=32',
      '-r',
      '@swc-node/register',
      ...(process.env.BENCH_CPU_PROFILE && !countStatements
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
        : []),
    ],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BENCH_DATABASE_URL: url,
      BENCH_POOL_SIZE: String(POOL_SIZE),
      BENCH_COUNT_STATEMENTS: String(countStatements),
    },
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const ready = await new Promise<{ url: string; readyMs: number }>((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`Liaison's server exited with ${code}`)));
  });
  // Answers come back in the order asked, one queue per question.
  const waiting: Record<'rss' | 'cpu', ((value: never) => void)[]> = { rss: [], cpu: [] };
  child.on('message', (m: { rss?: number; cpu?: NodeJS.CpuUsage }) => {
    if (m.rss !== undefined) waiting.rss.shift()?.(m.rss as never);
    if (m.cpu !== undefined) waiting.cpu.shift()?.(m.cpu as never);
  });
  const ask = <T>(question: 'rss' | 'cpu') =>
    new Promise<T>((resolve) => {
      waiting[question].push(resolve as (value: never) => void);
      child.send(question);
    });
  const rss = () => ask<number>('rss');
  const cpu = () => ask<NodeJS.CpuUsage>('cpu');
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.send('stop');
    });
  return { ...ready, rss, cpu, stop };
}

/** Counts the statements sent through a pool (PostGraphile's and the hand-written SQL's). */
function countPoolStatements(pool: Pool): { take(): number } {
  let count = 0;
  const counted = new WeakSet<PoolClient>();
  pool.on('connect', (client) => {
    if (counted.has(client)) return;
    counted.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      count += 1;
      return query(...args);
    };
  });
  return {
    take: () => {
      const n = count;
      count = 0;
      return n;
    },
  };
}

async function post(target: Target): Promise<{ json: unknown; headers: Headers }> {
  const answer = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  const json = (await answer.json()) as { errors?: unknown };
  if (answer.status !== 200 || json.errors) throw new Error(`${target.url}: ${JSON.stringify(json).slice(0, 500)}`);
  return { json, headers: answer.headers };
}

async function main(): Promise<void> {
  const { dataSource, url } = await openBenchDatabase({
    serverUrl: SERVER_URL,
    database: DATABASE,
    scale: SCALE,
    poolSize: 2,
  });

  const user = await dataSource.transaction((m) => findOrCreateOperatorUser(m, 'bench@example.org', 'admin'));
  const { secret } = await issueToken(dataSource.manager, user.id, { name: 'benchmark', scope: TokenScope.READ });
  const viewer = { userId: user.id, role: 'admin' as const, teamIds: [], via: 'token' as const, readOnly: true };

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

  // The hand-written SQL, served over HTTP by this process.
  const rawPool = new Pool({ connectionString: url, max: POOL_SIZE });
  const rawStatements = countPoolStatements(rawPool);
  const raw: Record<string, () => Promise<unknown>> = {
    nested: () => rawNested(rawPool),
    contact: () => rawContactDetail(rawPool, contactId),
    search: () => replay(rawPool, recordedSearch.log),
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

  // PostGraphile v4, served by this process too (only one contender is loaded at a time).
  const graphilePool = new Pool({ connectionString: url, max: POOL_SIZE });
  const graphile = await startPostgraphile(graphilePool);
  const graphileStatements = countPoolStatements(graphilePool);

  const probe = await startLiaison(url, true);
  const liaison = await startLiaison(url, false);
  const headers = { authorization: `Bearer ${secret}` };
  const graphql = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

  const scenarios: Scenario[] = [
    {
      name: 'nested',
      title: 'organizations → contacts → projects (50×10×10)',
      targets: {
        liaison: { url: liaison.url, body: graphql(NESTED), headers },
        postgraphile: { url: graphile.url, body: graphql(postgraphileNested) },
        raw: { url: `${rawBase}/nested`, body: '{}' },
      },
    },
    {
      name: 'contact',
      title: 'contact detail with its timeline (20)',
      targets: {
        liaison: { url: liaison.url, body: graphql(contactDetailQuery, { id: contactId }), headers },
        postgraphile: { url: graphile.url, body: graphql(postgraphileContactDetail, { id: contactId }) },
        raw: { url: `${rawBase}/contact`, body: '{}' },
      },
    },
    {
      name: 'search',
      title: `search "${searchQuery}"`,
      targets: {
        liaison: {
          url: liaison.url,
          body: graphql('query($q: String!) { search(query: $q, first: 20) { type id title score } }', {
            q: searchQuery,
          }),
          headers,
        },
        raw: { url: `${rawBase}/search`, body: '{}' },
      },
    },
  ].filter((s) => !ONLY || ONLY.includes(s.name));

  // The same data on every side before any load, and the statements each side sends.
  const statements = new Map<string, Partial<Record<Contender, number>>>();
  for (const scenario of scenarios) {
    const counts: Partial<Record<Contender, number>> = {};
    const answers: Partial<Record<Contender, unknown>> = {};
    for (const contender of Object.keys(scenario.targets) as Contender[]) {
      const target = scenario.targets[contender]!;
      rawStatements.take();
      graphileStatements.take();
      // Liaison's second answer: the steady state, with the token's viewer already checked.
      if (contender === 'liaison') await post({ ...target, url: probe.url });
      rawStatements.take();
      graphileStatements.take();
      const { json, headers: answerHeaders } = await post(
        contender === 'liaison' ? { ...target, url: probe.url } : target,
      );
      counts[contender] =
        contender === 'liaison'
          ? Number(answerHeaders.get('x-sql-statements'))
          : contender === 'raw'
            ? rawStatements.take()
            : graphileStatements.take();
      answers[contender] = normalise(scenario.name, contender, json);
    }
    // Search ranks over the hand-written SQL it replays (its own answer's shape); only its success is checked.
    const expected = JSON.stringify(answers.liaison);
    if (scenario.name === 'search') answers.raw = answers.liaison;
    for (const contender of Object.keys(answers) as Contender[]) {
      if (JSON.stringify(answers[contender]) !== expected) {
        throw new Error(
          `${scenario.name}: ${contender}'s data differs from Liaison's:\n${JSON.stringify(answers[contender]).slice(0, 2000)}\n---\n${expected.slice(0, 2000)}`,
        );
      }
    }
    console.log(`${scenario.title}: the same data on every side; statements ${JSON.stringify(counts)}`);
    statements.set(scenario.name, counts);
  }
  await probe.stop();

  // Rounds, contenders alternated (their order rotates each round), one warm-up each first.
  const runs = new Map<string, Partial<Record<Contender, Run[]>>>();
  let liaisonRss = 0;
  const loadBefore = machineNote();
  for (const scenario of scenarios) {
    for (const target of Object.values(scenario.targets)) {
      await measure({ ...target, connections: CONNECTIONS, seconds: 1 });
    }
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const scenario of scenarios) {
      const contenders = Object.keys(scenario.targets) as Contender[];
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]);
      for (const contender of order) {
        const sampler =
          contender === 'liaison'
            ? setInterval(() => void liaison.rss().then((rss) => (liaisonRss = Math.max(liaisonRss, rss))), 500)
            : undefined;
        // The serving process's CPU time per answer: steadier than req/s on a loaded machine.
        const cpuOf = contender === 'liaison' ? liaison.cpu : async () => process.cpuUsage();
        const cpuBefore = await cpuOf();
        const measured = await measure({ ...scenario.targets[contender]!, connections: CONNECTIONS, seconds: SECONDS });
        const cpuAfter = await cpuOf();
        const cpuMs = (cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system) / 1000;
        const result = { ...measured, cpuMsPerRequest: cpuMs / Math.max(1, measured.requests) };
        if (sampler) clearInterval(sampler);
        const byContender = runs.get(scenario.name) ?? {};
        (byContender[contender] ??= []).push(result);
        runs.set(scenario.name, byContender);
        console.log(
          `round ${round + 1} ${scenario.name} ${contender}: ${result.requestsPerSecond.toFixed(1)} req/s, p95 ${result.p95} ms, ` +
            `${result.cpuMsPerRequest.toFixed(1)} ms CPU per answer, ${result.errors} failed`,
        );
      }
    }
  }
  const loadAfter = machineNote();
  liaisonRss = Math.max(liaisonRss, await liaison.rss());

  const table = formatTable(scenarios, runs, statements, {
    rssMb: liaisonRss / 1024 / 1024,
    readyMs: liaison.readyMs,
    machine: `${loadBefore} before, ${loadAfter.replace(/^.*load average/, 'load average')} after`,
  });
  console.log(`\n${table}`);
  if (process.env.BENCH_WRITE_README !== 'false') writeReadmeSection('bench:api', table);
  await liaison.stop();
  rawServer.close();
  graphile.server.close();
  await rawPool.end();
  await graphilePool.end();
  await dataSource.destroy();
}

function formatTable(
  scenarios: Scenario[],
  runs: Map<string, Partial<Record<Contender, Run[]>>>,
  statements: Map<string, Partial<Record<Contender, number>>>,
  about: { rssMb: number; readyMs: number; machine: string },
): string {
  const names: Record<Contender, string> = { liaison: 'Liaison', postgraphile: 'PostGraphile v4', raw: 'raw SQL' };
  const lines = [
    `Scale ${SCALE} dataset on PostgreSQL, ${new Date().toISOString().slice(0, 10)}; ${CONNECTIONS} connections, ${SECONDS} s a run, ` +
      `${ROUNDS} rounds with the contenders alternated, medians (req/s range over the rounds); pool of ${POOL_SIZE} each; ` +
      `the load generator in its own process. Machine: ${about.machine}.`,
    '',
    '| scenario | contender | req/s (range) | p50 / p95 / p99 | CPU ms per answer | SQL per request | failed | × PostGraphile | × raw |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  let failed = 0;
  for (const scenario of scenarios) {
    const byContender = runs.get(scenario.name)!;
    const rps = (c: Contender) => (byContender[c] ? median(byContender[c].map((m) => m.requestsPerSecond)) : NaN);
    for (const contender of Object.keys(byContender) as Contender[]) {
      const ms = byContender[contender]!;
      const all = ms.map((m) => m.requestsPerSecond);
      const p = (key: 'p50' | 'p95' | 'p99') => `${median(ms.map((m) => m[key] ?? NaN)).toFixed(0)} ms`;
      const cpu = median(ms.map((m) => m.cpuMsPerRequest)).toFixed(1);
      const errors = ms.reduce((n, m) => n + m.errors, 0);
      failed += errors;
      const ratio = (other: Contender) =>
        contender === 'liaison' && byContender[other] ? `${(rps('liaison') / rps(other)).toFixed(2)}×` : '';
      lines.push(
        `| ${scenario.title} | ${names[contender]} | ${rps(contender).toFixed(0)} (${Math.min(...all).toFixed(0)}–${Math.max(...all).toFixed(0)}) | ${p('p50')} / ${p('p95')} / ${p('p99')} | ${cpu} | ${statements.get(scenario.name)?.[contender] ?? '?'} | ${errors} | ${ratio('postgraphile')} | ${ratio('raw')} |`,
      );
    }
  }
  lines.push(
    '',
    `Liaison's server: ${about.rssMb.toFixed(0)} MB RSS at most under load; ${(about.readyMs / 1000).toFixed(1)} s from process start to listening. ` +
      `${failed} responses failed (status other than 200, GraphQL errors, timeouts).`,
  );
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
