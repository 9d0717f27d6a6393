import type { DataSource } from 'typeorm';

/**
 * Test rows for search, inserted with SQL so that search is tested whatever the state of the
 * other domains' mutations. Each returns the id of the new row.
 */
async function insert(dataSource: DataSource, table: string, values: Record<string, unknown>): Promise<string> {
  const columns = Object.keys(values);
  const [{ id }]: { id: string }[] = await dataSource.query(
    `WITH x AS (INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id)
     SELECT id FROM x`,
    Object.values(values),
  );
  return id;
}

export const insertOrganization = (
  dataSource: DataSource,
  values: { name: string; acronym?: string; city?: string; country?: string; description?: string },
) => insert(dataSource, 'organizations', { kind: 'other', ...values });

export const insertContact = (
  dataSource: DataSource,
  values: {
    last_name: string;
    first_name?: string;
    title?: string;
    emails?: string[];
    expertise?: string[];
    notes?: string;
  },
) => insert(dataSource, 'contacts', values);

export const insertProject = (
  dataSource: DataSource,
  values: { name: string; acronym?: string; scientific_domain?: string; description?: string },
) => insert(dataSource, 'projects', { kind: 'other', ...values });

export const insertDocument = (
  dataSource: DataSource,
  values: {
    title: string;
    body?: string;
    visibility?: 'everyone' | 'team' | 'private';
    owner_id?: string;
    team_id?: string;
    kind?: string;
  },
) => insert(dataSource, 'documents', values);

export const insertNeed = (
  dataSource: DataSource,
  values: { title: string; organization_id: string; description?: string; source?: string; category?: string },
) => insert(dataSource, 'needs', { category: 'other', ...values });

export async function trash(dataSource: DataSource, table: string, id: string): Promise<void> {
  await dataSource.query(`UPDATE ${table} SET deleted_at = now() WHERE id = $1`, [id]);
}
