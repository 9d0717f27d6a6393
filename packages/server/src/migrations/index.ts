import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { MigrationInterface } from 'typeorm';

/** `1795449600000-initial-schema.ts` (or `.js` once built): a migration, named by its timestamp. */
const MIGRATION_FILE = /^\d{13}-[a-z0-9-]+\.(ts|js)$/;

/**
 * Every migration, oldest first: each file of this folder named `<timestamp>-<name>`, whose one
 * export is the migration class. A new migration is a new file, nothing else.
 */
export const migrations: (new () => MigrationInterface)[] = readdirSync(__dirname)
  .filter((file) => MIGRATION_FILE.test(file) && !file.endsWith('.d.ts'))
  .sort()
  .map((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = Object.values(require(path.join(__dirname, file)) as Record<string, unknown>);
    return exported[0] as new () => MigrationInterface;
  });
