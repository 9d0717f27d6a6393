import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { migrateUp } from '../src/core/db/migrate';
import { createAppDataSource } from '../src/database';

/**
 * A test's own empty database: an in-memory PGlite by default, or a fresh database on the
 * PostgreSQL server named by TEST_DATABASE_URL, dropped again by `drop()`.
 */
export interface TestDatabase {
  dataSource: DataSource;
  /** The URL of the test database on PostgreSQL; undefined on PGlite. */
  url?: string;
  drop(): Promise<void>;
}

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let url: string | undefined;
  let name: string | undefined;
  if (serverUrl) {
    name = `liaison_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
    const parsed = new URL(serverUrl);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
  }
  const dataSource = createAppDataSource({ url, poolSize: 5 });
  await dataSource.initialize();
  if (options.migrate !== false) await migrateUp(dataSource);
  return {
    dataSource,
    url,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
      if (serverUrl && name) {
        await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      }
    },
  };
}

async function withAdmin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
