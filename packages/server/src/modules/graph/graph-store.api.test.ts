import { createAppDataSource } from '../../database';
import { createTestDatabase, onPostgres, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import { graphFactory } from './graph.factories';

const VIEW = `query($input: GraphNeighborhoodInput!) { graphNeighborhood(input: $input) { nodes { id label } edges { id } } }`;

/** Statements one graph request sent, from the server's `X-Sql-Statements` header. */
async function statementsOf(url: string, token: string, input: Record<string, unknown>): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: VIEW, variables: { input } }),
  });
  expect(response.status).toBe(200);
  return Number(response.headers.get('x-sql-statements'));
}

/**
 * Each instance keeps its own copy of the graph; a write through one (a mutation writes the
 * history) is seen by the next request to the other. On PostgreSQL the second instance has its
 * own connection pool and graph; PGlite is one process, so there both are the same instance.
 */
describe('the graph kept current from the history', () => {
  let db: TestDatabase;
  let first: TestServer;
  let second: TestServer;
  let secondDb: TestDatabase;
  let token: string;
  let big: { id: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    first = await startTestServer(db);
    secondDb = onPostgres ? { ...db, dataSource: createAppDataSource({ url: db.url, poolSize: 2 }) } : db;
    if (onPostgres) await secondDb.dataSource.initialize();
    second = onPostgres ? await startTestServer(secondDb) : first;
    ({ token } = await createUser(db.dataSource, { role: 'editor' }));
    const f = graphFactory(db.dataSource);
    big = await f.organization('Big');
    for (let i = 0; i < 30; i++) await f.affiliate(await f.contact(`member ${i}`), big as never);
  });
  afterAll(async () => {
    if (second !== first) await second.stop();
    if (secondDb !== db) await secondDb.dataSource.destroy();
    await first.stop();
    await db.drop();
  });

  it("should show another instance's new link, rename and trashing at the next request", async () => {
    // Created through the API (which writes the history), as the graph may already be built.
    const { createOrganization: org } = await ok<{ createOrganization: { id: string } }>(
      first.url,
      token,
      `mutation { createOrganization(input: { name: "Before", kind: UNIVERSITY }) { id } }`,
    );
    const { createContact: contact } = await ok<{ createContact: { id: string } }>(
      first.url,
      token,
      `mutation { createContact(input: { firstName: "newcomer", lastName: "Test" }) { id } }`,
    );
    const view = () =>
      ok<{ graphNeighborhood: { nodes: { id: string; label: string }[] } }>(second.url, token, VIEW, {
        input: { seeds: [org.id], kinds: ['ORGANIZATION', 'CONTACT'] },
      }).then((data) => data.graphNeighborhood.nodes);
    expect((await view()).map((n) => n.id)).toEqual([org.id]);

    await ok(first.url, token, `mutation($input: AffiliateContactInput!) { affiliateContact(input: $input) { id } }`, {
      input: { contactId: contact.id, organizationId: org.id, role: 'fellow' },
    });
    await ok(
      first.url,
      token,
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
      {
        input: { id: org.id, version: 1, name: 'After' },
      },
    );
    expect((await view()).map((n) => n.label).sort()).toEqual(['After', 'newcomer Test']);

    await ok(first.url, token, `mutation($input: DeleteRecordInput!) { deleteContact(input: $input) { id } }`, {
      input: { id: contact.id },
    });
    expect((await view()).map((n) => n.label)).toEqual(['After']);
  });

  it('should send the same few statements whatever the size of the answer', async () => {
    const org = big;
    await statementsOf(second.url, token, { seeds: [org.id] });
    const small = await statementsOf(second.url, token, { seeds: [org.id], kinds: ['ORGANIZATION'] });
    const large = await statementsOf(second.url, token, { seeds: [org.id], depth: 3 });
    const { graphNeighborhood } = await ok<{ graphNeighborhood: { nodes: unknown[] } }>(second.url, token, VIEW, {
      input: { seeds: [org.id], depth: 3 },
    });
    expect(graphNeighborhood.nodes).toHaveLength(31);
    expect(small).toBe(large);
    expect(large).toBeLessThanOrEqual(4);

    await ok(
      first.url,
      token,
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
      {
        input: { id: org.id, version: 1, name: 'Bigger' },
      },
    );
    const catchingUp = await statementsOf(second.url, token, { seeds: [org.id], depth: 3 });
    expect(catchingUp).toBeGreaterThan(large);
    expect(catchingUp).toBeLessThanOrEqual(large + 3);
  });
});
