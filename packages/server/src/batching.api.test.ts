import { createTestDatabase, type TestDatabase } from '../test/database';
import { createUser } from '../test/factories';
import { startTestServer, type TestServer } from '../test/server';

/**
 * A nested query costs a bounded number of SQL statements whatever its page size: every
 * relation is loaded for all parents at once.
 */
describe('relation batching', () => {
  let db: TestDatabase;
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    token = (await createUser(db.dataSource, { role: 'editor' })).token;
    // 500 organizations, each with 2 contacts, each contact in 2 of 20 projects; tags on all.
    await db.dataSource.query(`
      INSERT INTO tags (label) SELECT 'tag ' || i FROM generate_series(1, 5) i;
      INSERT INTO organizations (name, kind) SELECT 'Organization ' || lpad(i::text, 4, '0'), 'university' FROM generate_series(1, 500) i;
      INSERT INTO projects (name, kind) SELECT 'Project ' || i, 'national' FROM generate_series(1, 20) i;
      INSERT INTO contacts (first_name, last_name)
        SELECT 'Person', o.name || ' ' || k FROM organizations o CROSS JOIN generate_series(1, 2) k;
      INSERT INTO affiliations (contact_id, organization_id, role)
        SELECT c.id, o.id, 'staff' FROM contacts c JOIN organizations o ON c.last_name LIKE o.name || ' %';
      INSERT INTO project_contacts (project_id, contact_id, role)
        SELECT p.id, c.id, 'member' FROM contacts c
        JOIN LATERAL (SELECT id FROM projects ORDER BY md5(c.id::text || id::text) LIMIT 2) p ON true;
      INSERT INTO taggings (tag_id, organization_id) SELECT t.id, o.id FROM organizations o CROSS JOIN (SELECT id FROM tags LIMIT 2) t;
      INSERT INTO taggings (tag_id, contact_id) SELECT t.id, c.id FROM contacts c CROSS JOIN (SELECT id FROM tags LIMIT 1) t;
      INSERT INTO taggings (tag_id, project_id) SELECT t.id, p.id FROM projects p CROSS JOIN (SELECT id FROM tags LIMIT 3) t;
    `);
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const NESTED = `query($n: Int!) {
    organizations(first: $n, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      nodes {
        name
        tags { label }
        contacts(first: 10) {
          nodes {
            name
            tags { label }
            projects(first: 10) { nodes { name tags { label } } }
          }
        }
      }
    }
  }`;

  async function run(n: number) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: NESTED, variables: { n } }),
    });
    const body = (await response.json()) as {
      errors?: unknown[];
      data: {
        organizations: {
          nodes: { tags: unknown[]; contacts: { nodes: { projects: { nodes: { tags: unknown[] }[] } }[] } }[];
        };
      };
    };
    expect(body.errors).toBeUndefined();
    return {
      statements: Number(response.headers.get('x-sql-statements')),
      organizations: body.data.organizations.nodes,
    };
  }

  it('should cost the same number of statements for 5, 50 and 500 organizations', async () => {
    // The token's first use of the minute is recorded (one write); the counted requests only read.
    await run(1);
    const five = await run(5);
    const fifty = await run(50);
    const fiveHundred = await run(500);

    expect(five.organizations).toHaveLength(5);
    expect(fiveHundred.organizations).toHaveLength(500);
    // The data really is nested three levels deep, with tags at each level.
    const first = fiveHundred.organizations[0];
    expect(first.tags).toHaveLength(2);
    expect(first.contacts.nodes).toHaveLength(2);
    expect(first.contacts.nodes[0].projects.nodes).toHaveLength(2);
    expect(first.contacts.nodes[0].projects.nodes[0].tags).toHaveLength(3);

    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
    expect(fiveHundred.statements).toBe(five.statements);
    expect(five.statements).toBeLessThanOrEqual(15);
  });
});
