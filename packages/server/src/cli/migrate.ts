import 'reflect-metadata';
/* eslint-disable no-console -- a command-line tool talks on the console */
import { ConfigError, loadConfig } from '../core/config/config';
import { appliedMigrationCount, migrateDown, migrateUp } from '../core/db/migrate';
import { createAppDataSource } from '../database';

/** `npm run db:migrate` applies pending migrations; `npm run db:revert` reverts the last one. */
async function run(direction: string | undefined): Promise<void> {
  if (direction !== 'up' && direction !== 'down') throw new ConfigError('usage: migrate.ts up|down');
  const config = loadConfig(process.env);
  const dataSource = createAppDataSource(config.database);
  await dataSource.initialize();
  try {
    if (direction === 'up') {
      const applied = await migrateUp(dataSource);
      console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'nothing to apply');
    } else {
      const reverted = await migrateDown(dataSource);
      console.log(reverted ? 'reverted the last migration' : 'nothing to revert');
    }
    console.log(`${await appliedMigrationCount(dataSource)} migration(s) applied`);
  } finally {
    await dataSource.destroy();
  }
}

run(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
