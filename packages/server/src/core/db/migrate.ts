import type { DataSource, Migration } from 'typeorm';
import { isEmbedded } from './data-source';

/** An arbitrary constant naming the advisory lock under which instances migrate. */
const MIGRATION_LOCK = 7_246_311;

/**
 * Applies pending migrations. On PostgreSQL several instances may start at once, so they take
 * turns under an advisory lock; the embedded database belongs to one process.
 */
export async function migrateUp(dataSource: DataSource): Promise<Migration[]> {
  if (isEmbedded(dataSource)) return dataSource.runMigrations({ transaction: 'each' });
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

/** Reverts the last applied migration; returns false when none was left. */
export async function migrateDown(dataSource: DataSource): Promise<boolean> {
  const before = await appliedMigrationCount(dataSource);
  if (before === 0) return false;
  await dataSource.undoLastMigration({ transaction: 'each' });
  return true;
}

export async function appliedMigrationCount(dataSource: DataSource): Promise<number> {
  const [{ exists }] = await dataSource.query(`SELECT to_regclass('migrations') IS NOT NULL AS exists`);
  if (!exists) return 0;
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM migrations');
  return count;
}
