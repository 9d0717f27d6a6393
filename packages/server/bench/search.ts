/* eslint-disable no-console -- a benchmark reports on the console */
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { migrateUp } from '../src/core/db/migrate';
import { createAppDataSource } from '../src/database';
import { search } from '../src/modules/search/search.service';
import { openBenchDatabase, seedOnce } from './bench-database';
import { percentile } from './measure';

/**
 * Latency of typo searches on the demo data, as Ctrl-K sends them (20 hits, an editor's view):
 * p50 and p95 of each query, on an in-memory PGlite and on the machine's PostgreSQL.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const QUERIES = ['Kralsruhe', 'bioinformatcs data aliance', 'Univeristy of Oxfrod', 'Heidleberg', 'karls inst'];

async function measureOn(label: string, dataSource: DataSource): Promise<void> {
  const [{ id }] = await dataSource.query(`SELECT id FROM users WHERE role = 'editor' ORDER BY id LIMIT 1`);
  const viewer = { userId: id, role: 'editor' as const, teamIds: [], via: 'session' as const, readOnly: false };
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

async function main(): Promise<void> {
  console.log(`| database | query | p50 | p95 |\n| --- | --- | --- | --- |`);
  const pglite = createAppDataSource({});
  await pglite.initialize();
  await migrateUp(pglite);
  await seedOnce(pglite, SCALE, 'PGlite');
  await measureOn(`PGlite, scale ${SCALE}`, pglite);
  await pglite.destroy();
  if (process.env.BENCH_POSTGRES !== 'false') {
    const { dataSource } = await openBenchDatabase({
      serverUrl: SERVER_URL,
      database: `liaison_search_bench_${SCALE}`,
      scale: SCALE,
      poolSize: 2,
    });
    await measureOn(`PostgreSQL, scale ${SCALE}`, dataSource);
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
