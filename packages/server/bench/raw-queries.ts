import type { Pool } from 'pg';

/**
 * The data of the nested GraphQL query, fetched by hand-written SQL: 50 organizations by name,
 * up to 10 contacts of each, up to 10 projects of each contact.
 */
export async function rawNested(pool: Pool): Promise<unknown> {
  const { rows: organizations } = await pool.query(
    `SELECT id, name FROM organizations WHERE deleted_at IS NULL ORDER BY lower(name), id LIMIT 50`,
  );
  const organizationIds = organizations.map((o) => o.id);
  const { rows: contacts } = await pool.query(
    `SELECT organization_id, id, first_name, last_name FROM (
       SELECT a.organization_id, c.id, c.first_name, c.last_name,
              row_number() OVER (PARTITION BY a.organization_id ORDER BY lower(c.last_name), lower(c.first_name), c.id) AS n
       FROM (SELECT DISTINCT organization_id, contact_id FROM affiliations WHERE organization_id = ANY($1)) a
       JOIN contacts c ON c.id = a.contact_id AND c.deleted_at IS NULL
     ) ranked WHERE n <= 10`,
    [organizationIds],
  );
  const contactIds = [...new Set(contacts.map((c) => c.id))];
  const { rows: projects } = await pool.query(
    `SELECT contact_id, id, name FROM (
       SELECT pc.contact_id, p.id, p.name,
              row_number() OVER (PARTITION BY pc.contact_id ORDER BY lower(p.name), p.id) AS n
       FROM (SELECT DISTINCT contact_id, project_id FROM project_contacts WHERE contact_id = ANY($1)) pc
       JOIN projects p ON p.id = pc.project_id AND p.deleted_at IS NULL
     ) ranked WHERE n <= 10`,
    [contactIds],
  );
  const projectsOf = new Map<string, { name: string }[]>();
  for (const p of projects) projectsOf.set(p.contact_id, [...(projectsOf.get(p.contact_id) ?? []), { name: p.name }]);
  const contactsOf = new Map<string, unknown[]>();
  for (const c of contacts) {
    const contact = {
      name: [c.first_name, c.last_name].filter(Boolean).join(' '),
      projects: { nodes: projectsOf.get(c.id) ?? [] },
    };
    contactsOf.set(c.organization_id, [...(contactsOf.get(c.organization_id) ?? []), contact]);
  }
  return {
    data: {
      organizations: {
        nodes: organizations.map((o) => ({ name: o.name, contacts: { nodes: contactsOf.get(o.id) ?? [] } })),
      },
    },
  };
}

/** Replays recorded statements (the SQL a GraphQL field sends) on one connection, in a transaction. */
export async function replay(pool: Pool, statements: { query: string; parameters?: unknown[] }[]): Promise<unknown> {
  const client = await pool.connect();
  try {
    let last: unknown[] = [];
    for (const { query, parameters } of statements) last = (await client.query(query, parameters as unknown[])).rows;
    return last;
  } finally {
    client.release();
  }
}
