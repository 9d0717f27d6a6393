import type { DataSource } from 'typeorm';

/** Inserts one row of any table straight into the database and answers its id (test set-up only). */
export async function insertRow(
  dataSource: DataSource,
  table: string,
  values: Record<string, unknown>,
): Promise<string> {
  const columns = Object.keys(values);
  const placeholders = columns.map((_, index) => `$${index + 1}`);
  const [row]: { id: string }[] = await dataSource.query(
    `WITH inserted AS (INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')}) RETURNING id)
     SELECT id FROM inserted`,
    Object.values(values),
  );
  return row.id;
}
