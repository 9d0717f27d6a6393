import 'reflect-metadata';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../core/config/config';
import { migrateUp } from '../core/db/migrate';
import { createAppDataSource } from '../database';
import { isDatabaseEmpty, seedDemoData, truncateDataTables } from '../seed/seed';

const USAGE = `Usage: npm run seed -- [--scale N] [--seed N] [--reset]

Fills the database (DATABASE_URL, or the embedded one in LIAISON_DATA_DIR) with demo data.
  --scale N   multiplies the amount of data (positive integer, default 1: 200 organizations,
              1,000 contacts, 3,000 activities …; teams, users and tags stay fixed)
  --seed N    the random seed: the same seed gives the same data (default 1)
  --reset     empties every data table first (TRUNCATE … CASCADE), instead of refusing
              to touch a database that already has data`;

export interface SeedFlags {
  scale: number;
  seed: number;
  reset: boolean;
  help: boolean;
}

/** A mistake of the person running the command: reported in one line, exit code 1. */
export class UsageError extends Error {}

function integer(flag: string, value: string | undefined, min: number): number {
  if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
    const expected = min > 0 ? 'a positive integer' : 'a non-negative integer';
    throw new UsageError(`${flag} needs ${expected}${value === undefined ? '' : ` (got ${JSON.stringify(value)})`}`);
  }
  return Number(value);
}

/** Reads `--scale N`, `--seed N` (also `--flag=N`) and `--reset`; anything else is an error. */
export function parseFlags(argv: string[]): SeedFlags {
  const flags: SeedFlags = { scale: 1, seed: 1, reset: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] =
      argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    const value = () => inline ?? argv[++i];
    if (name === '--scale') flags.scale = integer('--scale', value(), 1);
    else if (name === '--seed') flags.seed = integer('--seed', value(), 0);
    else if (name === '--reset' && inline === undefined) flags.reset = true;
    else if ((name === '--help' || name === '-h') && inline === undefined) flags.help = true;
    else throw new UsageError(`unknown argument ${JSON.stringify(argv[i])} (try --help)`);
  }
  return flags;
}

function fail(message: string): never {
  process.stderr.write(`seed: ${message}\n`);
  process.exit(1);
}

const formatBytes = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const config = loadConfig(process.env);
  if (flags.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // npm runs workspace scripts in the package folder; a relative data folder means the one
  // where the command was typed, like `npm start` at the root.
  const dataDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), config.database.dataDir);
  const dataSource = createAppDataSource({ ...config.database, dataDir });
  await dataSource.initialize();
  try {
    await migrateUp(dataSource);
    if (!(await isDatabaseEmpty(dataSource))) {
      if (!flags.reset) throw new UsageError('the database already has data; run again with --reset to empty it first');
      const tables = await truncateDataTables(dataSource);
      process.stderr.write(`Emptied ${tables.length} tables.\n`);
    }
    const target = config.database.url ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${dataDir}`;
    process.stderr.write(`Seeding ${target} at scale ${flags.scale} with seed ${flags.seed}\n`);
    const bar = new SingleBar(
      {
        stream: process.stderr,
        format: '{bar} {percentage}% | {value}/{total} rows | {table}',
        hideCursor: true,
        etaBuffer: 50,
      },
      Presets.shades_classic,
    );
    const started = Date.now();
    let barStarted = false;
    const counts = await seedDemoData(dataSource, {
      scale: flags.scale,
      seed: flags.seed,
      onProgress: (done, total, table) => {
        if (!barStarted) {
          bar.start(total, 0, { table });
          barStarted = true;
        }
        bar.update(done, { table });
      },
    });
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    const [{ size }] = await dataSource.query('SELECT pg_database_size(current_database())::text AS size');
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const width = Math.max(...Object.keys(counts).map((table) => table.length));
    const lines = Object.entries(counts).map(
      ([table, n]) => `  ${table.padEnd(width)}  ${n.toLocaleString('en').padStart(10)}`,
    );
    process.stdout.write(
      [
        `Seeded ${total.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (scale ${flags.scale}, seed ${flags.seed}):`,
        ...lines,
        `Database size: ${formatBytes(Number(size))}`,
        '',
      ].join('\n'),
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof ConfigError) fail(error.message);
  fail(`failed: ${error instanceof Error ? error.message : String(error)}`);
});
