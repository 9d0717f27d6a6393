/* eslint-disable no-console -- a benchmark reports on the console */
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { migrateUp } from '../src/core/db/migrate';
import { createAppDataSource } from '../src/database';
import { seedDemoData } from '../src/seed/seed';

/**
 * A database `liaison_bench_<scale>` on the PostgreSQL server at `serverUrl`, migrated and seeded
 * at `scale` (once; later runs reuse it), analysed and open.
 */
export async function openBenchDatabase(options: {
  serverUrl: string;
  database: string;
  scale: number;
  poolSize: number;
}): Promise<{ dataSource: DataSource; url: string }> {
  const admin = new Client({ connectionString: options.serverUrl });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${options.database}`);
  await admin.end();
  const url = new URL(options.serverUrl);
  url.pathname = `/${options.database}`;
  const dataSource = createAppDataSource({ url: url.toString(), poolSize: options.poolSize });
  await dataSource.initialize();
  await migrateUp(dataSource);
  await seedOnce(dataSource, options.scale, options.database);
  await dataSource.query('ANALYZE');
  return { dataSource, url: url.toString() };
}

/** Seeds the demo data at `scale` unless the database already holds it. */
export async function seedOnce(dataSource: DataSource, scale: number, name: string): Promise<void> {
  const [{ organizations }] = await dataSource.query('SELECT count(*)::int AS organizations FROM organizations');
  if (organizations >= 200 * scale) return;
  console.log(`seeding scale ${scale} into ${name} (once; later runs reuse it)…`);
  const started = Date.now();
  await dataSource.query(
    `DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'
     LOOP EXECUTE format('TRUNCATE %I CASCADE', t); END LOOP; END $$`,
  );
  await seedDemoData(dataSource, { scale });
  console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
