import { createServer, type Server } from 'node:http';
import Module from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Pool } from 'pg';

/**
 * PostGraphile v4 over the benchmark's database, the second contender. The many-to-many
 * relations go through the link tables in computed columns (SQL functions PostGraphile inlines
 * into its one statement), ordered and filtered as Liaison orders and filters them; the
 * timeline is the hand-written SQL's, as one JSON value. They are created in the benchmark's
 * database only, never by Liaison's migrations.
 */
const FUNCTIONS = `
CREATE OR REPLACE FUNCTION public.organizations_sort_name(o public.organizations) RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT lower(o.name) $$;
COMMENT ON FUNCTION public.organizations_sort_name(public.organizations) IS E'@sortable';
CREATE OR REPLACE FUNCTION public.organizations_bench_contacts(o public.organizations) RETURNS SETOF public.contacts
  LANGUAGE sql STABLE AS $$
  SELECT c.* FROM public.contacts c
  WHERE c.deleted_at IS NULL AND c.id IN (SELECT contact_id FROM public.affiliations WHERE organization_id = o.id)
  ORDER BY lower(c.last_name), lower(c.first_name), c.id $$;
CREATE OR REPLACE FUNCTION public.contacts_bench_projects(c public.contacts) RETURNS SETOF public.projects
  LANGUAGE sql STABLE AS $$
  SELECT p.* FROM public.projects p
  WHERE p.deleted_at IS NULL AND p.id IN (SELECT project_id FROM public.project_contacts WHERE contact_id = c.id)
  ORDER BY lower(p.name), p.id $$;
CREATE OR REPLACE FUNCTION public.contacts_bench_timeline(c public.contacts, n integer) RETURNS json
  LANGUAGE sql STABLE AS $$
  WITH items AS (
    SELECT 'activity' AS kind, a.id, coalesce(a.starts_at, a.due_at, a.created_at) AS at,
           json_build_object('kind', a.kind, 'subject', a.subject, 'status', a.status) AS item
    FROM public.activities a
    WHERE a.deleted_at IS NULL AND a.id IN (
      SELECT activity_id FROM public.activity_links WHERE contact_id = c.id
      UNION SELECT activity_id FROM public.activity_contacts WHERE contact_id = c.id)
    UNION ALL
    SELECT 'document', d.id, d.created_at, json_build_object('title', d.title, 'kind', d.kind)
    FROM public.documents d JOIN public.document_links l ON l.document_id = d.id
    WHERE l.contact_id = c.id AND d.deleted_at IS NULL
    UNION ALL
    SELECT CASE WHEN ch.action IN ('link', 'unlink') THEN 'link' ELSE 'change' END, ch.id, ch.at,
           json_build_object('action', ch.action, 'at', ch.at)
    FROM public.changes ch WHERE ch.record_id = c.id
  ), page AS (SELECT kind, at, item, count(*) OVER () AS total FROM items ORDER BY at DESC, id DESC LIMIT n)
  SELECT json_build_object('totalCount', coalesce(max(total), 0),
    'nodes', coalesce(json_agg(json_build_object('kind', kind, 'at', at, 'item', item) ORDER BY at DESC), '[]'::json))
  FROM page $$;
`;

export const postgraphileNested = `{ allOrganizations(first: 50, orderBy: [SORT_NAME_ASC, ID_ASC], condition: { deletedAt: null }) {
  nodes { name benchContacts(first: 10) { nodes { firstName lastName benchProjects(first: 10) { nodes { name } } } } } } }`;

export const postgraphileContactDetail = `query($id: UUID!) {
  contactById(id: $id) {
    firstName lastName title emails phones country
    affiliationsByContactId { nodes { role isPrimary organizationByOrganizationId { name deletedAt } } }
    benchTimeline(n: 20)
  }
}`;

/**
 * PostGraphile v4 wants graphql 15 (Liaison has 16), and npm installs two copies of it: one under
 * `postgraphile`, one under the hoisted `graphile-build-pg`. A schema built from both refuses
 * every argument ("Unexpected input type"), so every Graphile package (and graphql-parse-resolve-info) is made to
 * load the first.
 */
function loadPostgraphile(): typeof import('postgraphile') {
  const own = path.dirname(require.resolve('postgraphile/package.json'));
  const graphql15 = path.dirname(require.resolve('graphql/package.json', { paths: [own] }));
  const loader = Module as unknown as {
    _resolveFilename: (request: string, parent: unknown, ...rest: unknown[]) => string;
  };
  const resolve = loader._resolveFilename;
  loader._resolveFilename = function (request, parent, ...rest) {
    const from = (parent as { filename?: string } | undefined)?.filename ?? '';
    if (
      /^graphql(\/|$)/.test(request) &&
      /node_modules[\\/](graphile-|postgraphile|pg-sql2|@graphile|graphql-parse-resolve-info)/.test(from)
    ) {
      return resolve.call(this, request.replace(/^graphql/, graphql15), parent, ...rest);
    }
    return resolve.call(this, request, parent, ...rest);
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the redirection above
  return require('postgraphile') as typeof import('postgraphile');
}

export async function startPostgraphile(pool: Pool): Promise<{ url: string; server: Server }> {
  await pool.query(FUNCTIONS);
  const { postgraphile } = loadPostgraphile();
  const handler = postgraphile(pool, 'public', {
    graphqlRoute: '/graphql',
    disableDefaultMutations: true,
    ignoreRBAC: true,
    disableQueryLog: true,
    retryOnInitFail: false,
    setofFunctionsContainNulls: false,
    dynamicJson: true,
  });
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}
