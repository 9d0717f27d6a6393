import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { failure, graphql, ok, startTestServer, type TestServer } from '../../../test/server';
import type { Contact } from '../contact/contact.entity';
import type { Organization } from '../organization/organization.entity';
import type { User } from '../user/user.entity';
import { graphFactory } from './graph.factories';

type Who = 'owner' | 'mate' | 'reader' | 'outsider' | 'admin';
type Tie = 'everyone' | 'team' | 'private' | 'otherTeam';

const VIEW = `query($input: GraphNeighborhoodInput!) {
  graphNeighborhood(input: $input) { nodes { id } edges { id kind count } } }`;
const PATHS = `query($input: ConnectionPathsInput!) { connectionPaths(input: $input) { nodes { id } edges { id } } }`;
const WHO_KNOWS = `query($input: WhoKnowsInput!) { whoKnows(input: $input) { node { id } path { edges { id } } } }`;
const KEY_CONNECTORS = `query($input: KeyConnectorsInput!) {
  keyConnectors(input: $input) { connectors { node { id } } nodeCommunities { nodeId } } }`;

/**
 * Staff "owner" (team A) met a contact in an activity of each visibility; "outsider" (team B)
 * met one in a team-B activity. Each contact is linked to the rest of the graph only through
 * that tie, so a path to it exists exactly when the tie may be seen.
 */
describe('graph visibility', () => {
  let db: TestDatabase;
  let server: TestServer;
  const tokens = {} as Record<Who, string>;
  const users = {} as Record<Who, User>;
  const met = {} as Record<Tie, Contact>;
  let hub: Organization;
  let mixed: Contact;

  const SEES: Record<Who, Tie[]> = {
    owner: ['everyone', 'team', 'private'],
    mate: ['everyone', 'team'],
    reader: ['everyone', 'team'],
    outsider: ['everyone', 'otherTeam'],
    admin: ['everyone', 'team', 'private', 'otherTeam'],
  };
  const everyone = Object.keys(SEES) as Who[];
  const ties = SEES.admin;
  const staffOf = (tie: Tie) => (tie === 'otherTeam' ? users.outsider : users.owner);
  const tieId = (tie: Tie) => `knows:${staffOf(tie).id}:${met[tie].id}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    const teamA = await createTeam(db.dataSource);
    const teamB = await createTeam(db.dataSource);
    const roles: Record<Who, [string, string[]]> = {
      owner: ['editor', [teamA.id]],
      mate: ['editor', [teamA.id]],
      reader: ['viewer', [teamA.id]],
      outsider: ['editor', [teamB.id]],
      admin: ['admin', []],
    };
    for (const who of everyone) {
      const [role, teamIds] = roles[who];
      const created = await createUser(db.dataSource, { role: role as never, teamIds });
      tokens[who] = created.token;
      users[who] = created.user;
    }
    const f = graphFactory(db.dataSource);
    hub = await f.organization('Hub');
    mixed = await f.contact('mixed');
    await f.affiliate(mixed, hub);
    const visibility = { everyone: 'everyone', team: 'team', private: 'private', otherTeam: 'team' } as const;
    for (const tie of ties) {
      met[tie] = await f.contact(tie);
      const staff = staffOf(tie);
      await f.meeting([staff.id], [met[tie]], {
        visibility: visibility[tie],
        ownerId: staff.id,
        teamId: tie === 'otherTeam' ? teamB.id : teamA.id,
      });
    }
    await f.meeting([users.owner.id], [mixed], { visibility: 'everyone', ownerId: users.owner.id });
    await f.meeting([users.owner.id], [mixed], { visibility: 'private', ownerId: users.owner.id });
    const trashed = await f.meeting([users.mate.id], [mixed], { ownerId: users.mate.id });
    await db.dataSource.manager.update('activities', { id: trashed.id }, { deletedAt: new Date() });
    await f
      .meeting([users.mate.id], [mixed], { ownerId: users.mate.id })
      .then((cancelled) => db.dataSource.manager.update('activities', { id: cancelled.id }, { status: 'cancelled' }));
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  describe.each(everyone)('as %s', (who) => {
    it('should show a KNOWS tie only when its activity may be seen', async () => {
      for (const tie of ties) {
        const { graphNeighborhood } = await ok<{
          graphNeighborhood: { nodes: { id: string }[]; edges: { id: string }[] };
        }>(server.url, tokens[who], VIEW, { input: { seeds: [met[tie].id], depth: 3 } });
        expect([tie, graphNeighborhood.edges.some((e) => e.id === tieId(tie))]).toEqual([tie, SEES[who].includes(tie)]);
        expect(graphNeighborhood.nodes.length > 1).toBe(SEES[who].includes(tie));
      }
    });

    it('should run no path through a tie it may not see', async () => {
      for (const tie of ties) {
        const { connectionPaths } = await ok<{ connectionPaths: { edges: { id: string }[] }[] }>(
          server.url,
          tokens[who],
          PATHS,
          { input: { from: met[tie].id, to: staffOf(tie).id, k: 5 } },
        );
        expect([tie, connectionPaths.length > 0]).toEqual([tie, SEES[who].includes(tie)]);
        const fromHub = await ok<{ connectionPaths: { edges: { id: string }[] }[] }>(server.url, tokens[who], PATHS, {
          input: { from: hub.id, to: met[tie].id, k: 5 },
        });
        const hidden = ties.filter((t) => !SEES[who].includes(t)).map(tieId);
        const used = fromHub.connectionPaths.flatMap((path) => path.edges.map((e) => e.id));
        expect(used.filter((id) => hidden.includes(id))).toEqual([]);
      }
    });

    it('should count only the activities it may see, never trashed or cancelled ones', async () => {
      const { graphNeighborhood } = await ok<{
        graphNeighborhood: { edges: { id: string; kind: string; count: number }[] };
      }>(server.url, tokens[who], VIEW, { input: { seeds: [mixed.id], edgeKinds: ['KNOWS'] } });
      expect(graphNeighborhood.edges.map((e) => [e.id, e.count])).toEqual([
        [`knows:${users.owner.id}:${mixed.id}`, SEES[who].includes('private') ? 2 : 1],
      ]);
    });

    it('should leave staff it may not see tied out of whoKnows and keyConnectors', async () => {
      const { whoKnows } = await ok<{ whoKnows: { node: { id: string } }[] }>(server.url, tokens[who], WHO_KNOWS, {
        input: { target: met.private.id },
      });
      expect(whoKnows.map((entry) => entry.node.id).includes(users.owner.id)).toBe(SEES[who].includes('private'));
      const { keyConnectors } = await ok<{ keyConnectors: { nodeCommunities: { nodeId: string }[] } }>(
        server.url,
        tokens[who],
        KEY_CONNECTORS,
        { input: { seeds: [met.private.id] } },
      );
      expect(keyConnectors.nodeCommunities.map((n) => n.nodeId).includes(users.owner.id)).toBe(
        SEES[who].includes('private'),
      );
    });
  });

  it('should refuse every graph query without credentials', async () => {
    for (const [query, input] of [
      [VIEW, { seeds: [hub.id] }],
      [PATHS, { from: hub.id, to: mixed.id }],
      [WHO_KNOWS, { target: hub.id }],
      [KEY_CONNECTORS, {}],
    ] as const) {
      expect((await failure(server.url, undefined, query, { input })).code).toBe('UNAUTHENTICATED');
    }
  });

  it('should give a viewer the same graph as an editor of the same team', async () => {
    const input = { seeds: [hub.id, ...ties.map((tie) => met[tie].id)], depth: 2 };
    const [reader, mate] = await Promise.all(
      (['reader', 'mate'] as const).map((who) => graphql(server.url, VIEW, { input }, tokens[who])),
    );
    const ids = (body: typeof reader.body) =>
      (body.data as { graphNeighborhood: { edges: { id: string }[] } }).graphNeighborhood.edges.map((e) => e.id).sort();
    expect(ids(reader.body).filter((id) => !id.includes(users.reader.id) && !id.includes(users.mate.id))).toEqual(
      ids(mate.body).filter((id) => !id.includes(users.reader.id) && !id.includes(users.mate.id)),
    );
  });
});
