import type { DataSource } from 'typeorm';
import type { Config } from './core/config/config';
import { createDataSource } from './core/db/data-source';
import { migrations } from './migrations';
import { entities } from './modules/entities';

/** The application's data source: our entities and migrations on the configured database. */
export function createAppDataSource(
  database: Config['database'] | { url?: string; poolSize?: number; dataDir?: string },
): DataSource {
  return createDataSource({
    url: database.url,
    poolSize: database.poolSize ?? 10,
    dataDir: database.dataDir,
    entities,
    migrations,
  });
}
