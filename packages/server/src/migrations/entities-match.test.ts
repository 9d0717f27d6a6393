import { createTestDatabase, type TestDatabase } from '../../test/database';

/**
 * The migrations are hand-written, so nothing generates the entities from them: this checks that
 * every mapped column exists in the migrated database with the same nullability.
 */
describe('entities and migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('should map every entity column to a column of the migrated schema', async () => {
    const rows: { table_name: string; column_name: string; is_nullable: 'YES' | 'NO' }[] = await db.dataSource.query(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const actual = new Map(rows.map((row) => [`${row.table_name}.${row.column_name}`, row.is_nullable === 'YES']));

    const mismatches: string[] = [];
    for (const entity of db.dataSource.entityMetadatas) {
      for (const column of entity.columns) {
        const key = `${entity.tableName}.${column.databaseName}`;
        if (!actual.has(key)) mismatches.push(`${key} is missing`);
        else if (actual.get(key) !== column.isNullable) mismatches.push(`${key} nullability differs`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('should map every table but the migrations log to an entity', async () => {
    const tables: { table_name: string }[] = await db.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    const mapped = new Set(db.dataSource.entityMetadatas.map((entity) => entity.tableName));
    expect(tables.map((t) => t.table_name).filter((name) => !mapped.has(name))).toEqual([]);
  });
});
