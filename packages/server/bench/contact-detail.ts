import type { Pool } from 'pg';

/** A contact's page: its fields, where it works, and the first page of its timeline. */
export const contactDetailQuery = `query($id: ID!) {
  contact(id: $id) {
    name title emails phones country
    affiliations { nodes { role primary organization { name } } }
    timeline(first: 20) {
      totalCount
      nodes { kind at activity { kind subject status } document { title kind } change { action at } }
    }
  }
}`;

/** The same data by hand-written SQL (as an admin sees it: no visibility filter). */
export async function rawContactDetail(pool: Pool, contactId: string): Promise<unknown> {
  const [contact, affiliations, timeline] = await Promise.all([
    pool.query(`SELECT first_name, last_name, title, emails, phones, country FROM contacts WHERE id = $1`, [contactId]),
    pool.query(
      `SELECT a.role, a.is_primary, o.name FROM affiliations a JOIN organizations o ON o.id = a.organization_id
       WHERE a.contact_id = $1 AND o.deleted_at IS NULL ORDER BY a.is_primary DESC, lower(o.name)`,
      [contactId],
    ),
    pool.query(
      `WITH items AS (
         SELECT 'activity' AS kind, a.id, coalesce(a.starts_at, a.due_at, a.created_at) AS at,
                json_build_object('kind', a.kind, 'subject', a.subject, 'status', a.status) AS item
         FROM activities a
         WHERE a.deleted_at IS NULL AND a.id IN (
           SELECT activity_id FROM activity_links WHERE contact_id = $1
           UNION SELECT activity_id FROM activity_contacts WHERE contact_id = $1)
         UNION ALL
         SELECT 'document', d.id, d.created_at, json_build_object('title', d.title, 'kind', d.kind)
         FROM documents d JOIN document_links l ON l.document_id = d.id
         WHERE l.contact_id = $1 AND d.deleted_at IS NULL
         UNION ALL
         SELECT CASE WHEN c.action IN ('link', 'unlink') THEN 'link' ELSE 'change' END, c.id, c.at,
                json_build_object('action', c.action, 'at', c.at)
         FROM changes c WHERE c.record_id = $1
       )
       SELECT kind, at, item, count(*) OVER () AS total FROM items ORDER BY at DESC, id DESC LIMIT 20`,
      [contactId],
    ),
  ]);
  const c = contact.rows[0];
  return {
    data: {
      contact: {
        name: [c.first_name, c.last_name].filter(Boolean).join(' '),
        title: c.title,
        emails: c.emails,
        phones: c.phones,
        country: c.country,
        affiliations: {
          nodes: affiliations.rows.map((a) => ({
            role: a.role,
            primary: a.is_primary,
            organization: { name: a.name },
          })),
        },
        timeline: {
          totalCount: Number(timeline.rows[0]?.total ?? 0),
          nodes: timeline.rows.map((row) => ({
            kind: row.kind,
            at: row.at,
            activity: row.kind === 'activity' ? row.item : null,
            document: row.kind === 'document' ? row.item : null,
            change: row.kind === 'change' || row.kind === 'link' ? row.item : null,
          })),
        },
      },
    },
  };
}
