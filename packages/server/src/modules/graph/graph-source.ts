import type { EntityManager } from 'typeorm';
import type { ActivityRow, EdgeRow, NodeRow } from './graph-index';

/**
 * The SQL that reads the graph from its tables: all of it (`ids` null) or only what touches
 * the records `ids`. Three statements whatever the size: nodes, structural edges, activities.
 */

const live = (alias: string) => `${alias}.deleted_at IS NULL`;

function nodesSql(filter: string): string {
  const only = (alias: string) => (filter ? ` AND ${alias}.id = ANY($1::uuid[])` : '');
  return `
    SELECT 'organization' AS kind, o.id, o.name AS label,
           nullif(concat_ws(' · ', o.acronym, o.country), '') AS subtitle, o.country
      FROM organizations o WHERE ${live('o')}${only('o')}
    UNION ALL
    SELECT 'contact', c.id, concat_ws(' ', c.first_name, c.last_name),
           (SELECT nullif(concat_ws(' @ ', nullif(a.role, ''), ao.name), '')
              FROM affiliations a JOIN organizations ao ON ao.id = a.organization_id AND ${live('ao')}
             WHERE a.contact_id = c.id AND a.is_primary LIMIT 1),
           c.country
      FROM contacts c WHERE ${live('c')}${only('c')}
    UNION ALL
    SELECT 'project', p.id, p.name, p.acronym, NULL FROM projects p WHERE ${live('p')}${only('p')}
    UNION ALL
    SELECT 'user', u.id, u.name, NULL, NULL FROM users u WHERE ${live('u')}${only('u')}
    UNION ALL
    SELECT 'team', t.id, t.name, t.code, NULL FROM teams t WHERE ${live('t')}${only('t')}`;
}

function edgesSql(filter: string): string {
  const touching = (...columns: string[]) =>
    filter ? ` AND (${columns.map((column) => `${column} = ANY($1::uuid[])`).join(' OR ')})` : '';
  const projectLink = (table: string, column: string) => `
    SELECT 'project_link', 'project_link:' || l.id, l.${column}, l.project_id, l.role, NULL::boolean,
           l.since::text, l.until::text, l.note
      FROM ${table} l WHERE TRUE${touching(`l.${column}`, 'l.project_id')}`;
  const owner = (table: string) => `
    SELECT 'owner', 'owner:' || r.owner_id || ':' || r.id, r.owner_id, r.id, NULL, NULL, NULL, NULL, NULL
      FROM ${table} r WHERE r.owner_id IS NOT NULL AND ${live('r')}${touching('r.owner_id', 'r.id')}`;
  return `
    SELECT 'affiliation' AS kind, 'affiliation:' || a.id AS id, a.contact_id AS source, a.organization_id AS target,
           a.role, a.is_primary AS main, a.since::text AS since, a.until::text AS until, NULL AS note
      FROM affiliations a WHERE TRUE${touching('a.contact_id', 'a.organization_id')}
    UNION ALL ${projectLink('project_contacts', 'contact_id')}
    UNION ALL ${projectLink('project_organizations', 'organization_id')}
    UNION ALL
    SELECT 'part_of', 'part_of:' || o.id, o.id, o.parent_id, NULL, NULL, NULL, NULL, NULL
      FROM organizations o WHERE o.parent_id IS NOT NULL AND ${live('o')}${touching('o.id', 'o.parent_id')}
    UNION ALL
    SELECT 'team_member', 'team_member:' || m.id, m.user_id, m.team_id, m.role, NULL, NULL, NULL, NULL
      FROM team_memberships m WHERE TRUE${touching('m.user_id', 'm.team_id')}
    UNION ALL ${owner('organizations')}
    UNION ALL ${owner('contacts')}
    UNION ALL ${owner('projects')}`;
}

/**
 * Activities that happened (not cancelled, not trashed), with the staff who took part in them
 * or own them and the contacts who took part in them or whom they concern.
 */
function activitiesSql(filter: string): string {
  const only = filter
    ? ` AND (a.id = ANY($1::uuid[])
         OR EXISTS (SELECT 1 FROM activity_users x WHERE x.activity_id = a.id AND x.user_id = ANY($1::uuid[]))
         OR EXISTS (SELECT 1 FROM activity_contacts x WHERE x.activity_id = a.id AND x.contact_id = ANY($1::uuid[]))
         OR EXISTS (SELECT 1 FROM activity_links x WHERE x.activity_id = a.id AND x.contact_id = ANY($1::uuid[])))`
    : '';
  return `
    SELECT a.id, to_char(coalesce(a.starts_at, a.due_at, a.created_at), 'YYYY-MM-DD') AS date,
           a.visibility, a.owner_id AS "ownerId", a.team_id AS "teamId",
           array_remove(array_append(ARRAY(SELECT x.user_id FROM activity_users x WHERE x.activity_id = a.id), a.owner_id), NULL)::text[] AS "userIds",
           (ARRAY(SELECT x.contact_id FROM activity_contacts x WHERE x.activity_id = a.id)
             || ARRAY(SELECT x.contact_id FROM activity_links x WHERE x.activity_id = a.id AND x.contact_id IS NOT NULL))::text[] AS "contactIds"
      FROM activities a
     WHERE ${live('a')} AND a.status <> 'cancelled'${only}`;
}

export interface GraphRows {
  nodes: NodeRow[];
  edges: EdgeRow[];
  activities: ActivityRow[];
}

/** Reads the whole graph (`ids` null) or the part touching `ids`. */
export async function readGraphRows(manager: EntityManager, ids: string[] | null): Promise<GraphRows> {
  const filter = ids ? 'ids' : '';
  const parameters = ids ? [ids] : [];
  const nodes: NodeRow[] = await manager.query(nodesSql(filter), parameters);
  const edges: EdgeRow[] = await manager.query(edgesSql(filter), parameters);
  const activities: ActivityRow[] = await manager.query(activitiesSql(filter), parameters);
  return { nodes, edges, activities };
}
