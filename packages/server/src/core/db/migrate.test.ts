import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { appliedMigrationCount, migrateDown, migrateUp } from './migrate';

async function tableNames(db: TestDatabase): Promise<string[]> {
  const rows: { table_name: string }[] = await db.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(() => db.drop());

  it('apply on an empty database, revert cleanly and apply again', async () => {
    expect(await tableNames(db)).toEqual([]);

    const applied = await migrateUp(db.dataSource);
    expect(applied.length).toBe(db.dataSource.migrations.length);
    const created = await tableNames(db);
    expect(created).toEqual(
      expect.arrayContaining(['organizations', 'contacts', 'affiliations', 'projects', 'changes', 'taggings']),
    );
    expect(await migrateUp(db.dataSource)).toEqual([]);

    while (await migrateDown(db.dataSource));
    expect(await appliedMigrationCount(db.dataSource)).toBe(0);
    expect(await tableNames(db)).toEqual(['migrations']);

    await migrateUp(db.dataSource);
    expect(await tableNames(db)).toEqual(created);
  });
});
