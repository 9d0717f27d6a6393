import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { insertRow } from '../../../test/rows';
import { graphql, ok, startTestServer, type TestServer } from '../../../test/server';

interface Page {
  totalCount: number;
  nodes: { id: string }[];
}

const NEEDS = `query($first: Int) {
  needs(first: $first, orderBy: { field: TITLE, direction: ASC }) {
    nodes { title activities { totalCount nodes { id } } documents { totalCount nodes { id } } }
  }
}`;

describe('the activities and documents of a need', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let owner: string;
  let outsider: string;
  let needIds: string[];
  const activities = {} as Record<'everyone' | 'private', string>;
  const documents = {} as Record<'everyone' | 'private', string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    const teamA = await createTeam(db.dataSource);
    const teamB = await createTeam(db.dataSource);
    owner = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamA.id] })).token;
    outsider = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamB.id] })).token;
    const organizationId = await insertRow(db.dataSource, 'organizations', {
      name: 'CNRS',
      kind: 'research_institute',
    });
    needIds = [];
    for (const title of ['A storage', 'B compute', 'C training']) {
      needIds.push(
        await insertRow(db.dataSource, 'needs', { title, category: 'other', organization_id: organizationId }),
      );
    }
    for (const visibility of ['everyone', 'private'] as const) {
      activities[visibility] = (
        await ok<{ createActivity: { id: string } }>(
          url,
          owner,
          `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
          {
            input: {
              kind: 'MEETING',
              subject: `About storage, ${visibility}`,
              visibility: visibility.toUpperCase(),
              concerns: { needIds: needIds, organizationIds: [organizationId] },
            },
          },
        )
      ).createActivity.id;
      documents[visibility] = (
        await ok<{ createDocument: { id: string } }>(
          url,
          owner,
          `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
          {
            input: {
              title: `Storage plan, ${visibility}`,
              visibility: visibility.toUpperCase(),
              attachTo: { needIds },
            },
          },
        )
      ).createDocument.id;
    }
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it.each([
    ['owner', ['everyone', 'private']],
    ['outsider', ['everyone']],
  ] as const)('should list to the %s only the activities and documents they may see', async (who, sees) => {
    const { needs } = await ok<{ needs: { nodes: { activities: Page; documents: Page }[] } }>(
      url,
      who === 'owner' ? owner : outsider,
      NEEDS,
      { first: 10 },
    );
    expect(needs.nodes).toHaveLength(3);
    for (const need of needs.nodes) {
      expect(need.activities.totalCount).toBe(sees.length);
      expect(need.activities.nodes.map((node) => node.id).sort()).toEqual(sees.map((v) => activities[v]).sort());
      expect(need.documents.totalCount).toBe(sees.length);
      expect(need.documents.nodes.map((node) => node.id).sort()).toEqual(sees.map((v) => documents[v]).sort());
    }
  });

  it('should load them batched: as many statements for one need as for three', async () => {
    const statements = async (first: number) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner}` },
        body: JSON.stringify({ query: NEEDS, variables: { first } }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
      return Number(response.headers.get('x-sql-statements'));
    };
    // A first request may record the token's use; the ones measured then read only.
    await statements(3);
    expect(await statements(1)).toBe(await statements(3));
  });

  it('should show the needs an activity concerns, and the need of each of its links', async () => {
    const QUERY = `query($id: ID!) { activity(id: $id) { concerns { needs { id title } } links { needId need { id } } } }`;
    const { body } = await graphql<{
      activity: {
        concerns: { needs: { id: string; title: string }[] };
        links: { needId: string | null; need: { id: string } | null }[];
      };
    }>(url, QUERY, { id: activities.everyone }, outsider);
    expect(body.errors).toBeUndefined();
    const activity = body.data!.activity;
    expect(activity.concerns.needs.map((need) => need.id).sort()).toEqual([...needIds].sort());
    const needLinks = activity.links.filter((link) => link.needId !== null);
    expect(needLinks).toHaveLength(3);
    for (const link of needLinks) expect(link.need).toEqual({ id: link.needId });
    expect(activity.links.filter((link) => link.needId === null).every((link) => link.need === null)).toBe(true);
  });
});
