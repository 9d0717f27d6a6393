import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { DataSource, type MixedList, type MigrationInterface, type EntitySchema } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import { lockDataDir } from './data-dir-lock';
import { SnakeNamingStrategy } from './naming-strategy';
import { StatementCountingLogger } from './statement-counter';
import { SerialPGlitePool } from './serial-pglite-pool';

export interface DatabaseOptions {
  /** A PostgreSQL URL; unset means the embedded PGlite. */
  url?: string;
  poolSize: number;
  /** Where PGlite keeps its files; unset means in memory (tests). */
  dataDir?: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  migrations: (new () => MigrationInterface)[];
}

export function isEmbedded(dataSource: DataSource): boolean {
  return (dataSource.options as { driver?: unknown }).driver !== undefined;
}

/** One code path, two databases: PostgreSQL through `pg`, or PGlite in this process. */
export function createDataSource(options: DatabaseOptions): DataSource {
  const common = {
    type: 'postgres' as const,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    installExtensions: false,
    logger: new StatementCountingLogger(),
  };
  if (options.url) {
    return new DataSource({
      ...common,
      url: options.url,
      poolSize: options.poolSize,
      extra: { application_name: 'liaison', connectionTimeoutMillis: 10_000 },
    });
  }
  let dataDir: string | undefined;
  let release = () => {};
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir, 'pglite');
    mkdirSync(dataDir, { recursive: true });
    // PGlite is one process's database: a second one would write where the first never reads.
    release = lockDataDir(path.resolve(options.dataDir));
  }
  // typeorm-pglite keeps the instance; we only swap its pool for one that serialises sessions.
  new PGliteDriver({ dataDir, extensions: { pg_trgm, unaccent } });
  const dataSource = new DataSource({ ...common, driver: { Pool: SerialPGlitePool } });
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = () => destroy().finally(release);
  return dataSource;
}
