import type { DataSource } from 'typeorm';
import { insertChunks } from './bulk-insert';
import { ensureDefaultPipelines } from './demo-pipelines';
import { loadFaker } from './faker-loader';
import { SEEDED_TABLES, generateDemoData, plannedCounts, validateOptions, type SeedCounts } from './generate-demo-data';

export type { SeedCounts } from './generate-demo-data';

export interface SeedOptions {
  /** Same seed, same data (default 1). */
  seed?: number;
  /** Multiplies every count but those of teams, users and tags (default 1). */
  scale?: number;
  /** Called after each statement with the rows inserted so far, the rows planned, and the table. */
  onProgress?: (done: number, total: number, table: string) => void;
}

/**
 * Fills the database with the demo data, in one transaction: all of it or nothing. The
 * tables are expected to be empty (ids are fixed by the seed, so a second run would collide).
 */
export async function seedDemoData(dataSource: DataSource, options: SeedOptions = {}): Promise<SeedCounts> {
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  validateOptions({ seed, scale });
  const lib = await loadFaker();
  const total = Object.values(plannedCounts(scale)).reduce((sum, n) => sum + n, 0);
  const counts: SeedCounts = Object.fromEntries(SEEDED_TABLES.map((table) => [table, 0]));
  let done = 0;
  await dataSource.transaction(async (manager) => {
    const execute = (sql: string, parameters: unknown[]) => manager.query(sql, parameters);
    await ensureDefaultPipelines(execute);
    // The demo data brings the opportunities' stage histories with them.
    await execute(`SELECT set_config('liaison.stage_history_given', 'on', true)`, []);
    await insertChunks(execute, generateDemoData(lib, { seed, scale }), (rows, table) => {
      counts[table] += rows;
      done += rows;
      options.onProgress?.(done, total, table);
    });
  });
  return counts;
}

/** Every table of the schema but the migrations' own, for emptiness checks and resets. */
async function dataTables(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await dataSource.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'migrations' ORDER BY tablename`,
  );
  return rows.map((row) => row.name);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** What the migrations themselves write (the default pipelines): not data of the database's users. */
const MIGRATION_FILLED = new Set(['pipelines', 'pipeline_stages']);

/** True when no table but `migrations` (and the default pipelines) holds a row. */
export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  const tables = (await dataTables(dataSource)).filter((table) => !MIGRATION_FILLED.has(table));
  if (tables.length === 0) return true;
  const [{ present }] = await dataSource.query(
    `SELECT ${tables.map((table) => `EXISTS (SELECT 1 FROM ${quote(table)})`).join(' OR ')} AS present`,
  );
  return !present;
}

/** Empties every data table (TRUNCATE … CASCADE); the schema and its migrations stay. */
export async function truncateDataTables(dataSource: DataSource): Promise<string[]> {
  const tables = await dataTables(dataSource);
  if (tables.length > 0) await dataSource.query(`TRUNCATE TABLE ${tables.map(quote).join(', ')} CASCADE`);
  return tables;
}

async function hasOrganizations(dataSource: DataSource): Promise<boolean> {
  const [{ present }] = await dataSource.query('SELECT EXISTS (SELECT 1 FROM organizations) AS present');
  return present;
}

/**
 * Seeds the demo data at scale 1 (seed 1) when no organization has been recorded yet (deleted
 * ones count as recorded); says whether it did.
 */
export async function seedIfEmpty(dataSource: DataSource, log: (message: string) => void): Promise<boolean> {
  if (await hasOrganizations(dataSource)) return false;
  const started = Date.now();
  const counts = await seedDemoData(dataSource, { seed: 1, scale: 1 });
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  log(
    `Seeded demo data: ${counts.organizations} organizations, ${counts.contacts} contacts, ${counts.projects} projects, ` +
      `${counts.activities} activities (${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return true;
}
