/* eslint-disable no-console -- a benchmark reports on the console */
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../src/core/auth/viewer';
import { migrateUp } from '../src/core/db/migrate';
import { createAppDataSource } from '../src/database';
import { RELEVANCE_CASES } from '../src/modules/search/search-relevance.cases';
import { search } from '../src/modules/search/search.service';
import { seedDemoData } from '../src/seed/seed';
import { openBenchDatabase, seedOnce } from './bench-database';
import { percentile } from './measure';

/**
 * Latency of typo searches on the demo data, as Ctrl-K sends them (20 hits, an editor's view):
 * p50 and p95 of each query for one client, then searches per second with BENCH_CONNECTIONS
 * clients at once (the service over a pool of as many connections, no HTTP), on an in-memory
 * PGlite (at most scale 10) and on the machine's PostgreSQL (`liaison_bench_<scale>`, the
 * database of `bench:api`); and the recall@5 of the relevance test set.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const PGLITE_SCALE = Number(process.env.BENCH_PGLITE_SCALE ?? Math.min(SCALE, 10));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const QUERIES = ['Kralsruhe', 'bioinformatcs data aliance', 'Univeristy of Oxfrod', 'Heidleberg', 'karls inst'];

async function editor(dataSource: DataSource): Promise<Viewer> {
  const [{ id }] = await dataSource.query(`SELECT id FROM users WHERE role = 'editor' ORDER BY id LIMIT 1`);
  return { userId: id, role: 'editor', teamIds: [], via: 'session', readOnly: false };
}

async function latencies(label: string, dataSource: DataSource, viewer: Viewer): Promise<void> {
  for (const query of QUERIES) {
    const times: number[] = [];
    for (let i = 0; i < RUNS + 20; i++) {
      const started = performance.now();
      await search(dataSource, viewer, { query, first: 20 });
      if (i >= 20) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const ms = (p: number) => percentile(times, p).toFixed(1);
    console.log(`| ${label} | \`${query}\` | ${ms(50)} ms | ${ms(95)} ms |`);
  }
}

/** Searches per second with CONNECTIONS clients, each asking the typo queries in turn. */
async function throughput(label: string, dataSource: DataSource, viewer: Viewer): Promise<void> {
  const times: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, client) => {
      for (let i = client; performance.now() < until; i++) {
        const started = performance.now();
        await search(dataSource, viewer, { query: QUERIES[i % QUERIES.length], first: 20 });
        times.push(performance.now() - started);
      }
    }),
  );
  times.sort((a, b) => a - b);
  const ms = (p: number) => percentile(times, p).toFixed(1);
  console.log(
    `| ${label} | ${CONNECTIONS} clients, the five queries in turn | ${ms(50)} ms | ${ms(95)} ms | ${(times.length / SECONDS).toFixed(1)} searches/s |`,
  );
}

/** The share of the relevance set's queries whose record is among the first five hits. */
async function recallAt5(dataSource: DataSource, viewer: Viewer): Promise<string> {
  let found = 0;
  for (const testCase of RELEVANCE_CASES) {
    const hits = await search(dataSource, viewer, { query: testCase.query, first: 5 });
    if (hits.some((hit) => hit.type.toUpperCase() === testCase.type && hit.title === testCase.title)) found++;
  }
  return `${(found / RELEVANCE_CASES.length).toFixed(3)} (${found} of ${RELEVANCE_CASES.length})`;
}

async function measureOn(label: string, dataSource: DataSource, recall = true): Promise<void> {
  const viewer = await editor(dataSource);
  await latencies(label, dataSource, viewer);
  await throughput(label, dataSource, viewer);
  if (recall) console.log(`| ${label} | recall@5 of the relevance set | ${await recallAt5(dataSource, viewer)} |`);
}

async function main(): Promise<void> {
  console.log(`| database | query | p50 | p95 |\n| --- | --- | --- | --- |`);
  // The relevance set's own data: the demo data at scale 1 with seed 1, as its test seeds it.
  const reference = createAppDataSource({});
  await reference.initialize();
  await migrateUp(reference);
  await seedDemoData(reference, { seed: 1, scale: 1 });
  console.log(
    `| PGlite, the relevance test's data | recall@5 | ${await recallAt5(reference, await editor(reference))} |`,
  );
  await reference.destroy();

  if (PGLITE_SCALE > 0) {
    const pglite = createAppDataSource({});
    await pglite.initialize();
    await migrateUp(pglite);
    await seedOnce(pglite, PGLITE_SCALE, 'PGlite');
    await measureOn(`PGlite, scale ${PGLITE_SCALE}`, pglite, false);
    await pglite.destroy();
  }
  if (process.env.BENCH_POSTGRES !== 'false') {
    const { dataSource } = await openBenchDatabase({
      serverUrl: SERVER_URL,
      database: `liaison_bench_${SCALE}`,
      scale: SCALE,
      poolSize: CONNECTIONS,
    });
    await measureOn(`PostgreSQL, scale ${SCALE}`, dataSource);
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
