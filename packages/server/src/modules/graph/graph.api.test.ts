import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import type { Contact } from '../contact/contact.entity';
import type { Organization } from '../organization/organization.entity';
import type { Project } from '../project/project.entity';
import type { User } from '../user/user.entity';
import { graphFactory } from './graph.factories';

const NODE = 'id kind label subtitle country degree trashed';
const EDGE = 'id kind source target role main since until past note count lastDate weight';
const NEIGHBORHOOD = `query($input: GraphNeighborhoodInput!) {
  graphNeighborhood(input: $input) { nodes { ${NODE} } edges { ${EDGE} } truncated } }`;
const PATHS = `query($input: ConnectionPathsInput!) {
  connectionPaths(input: $input) { length nodes { ${NODE} } edges { ${EDGE} } } }`;
const WHO_KNOWS = `query($input: WhoKnowsInput!) {
  whoKnows(input: $input) { hops strength node { ${NODE} } path { length nodes { id } edges { kind } } } }`;
const KEY_CONNECTORS = `query($input: KeyConnectorsInput!) {
  keyConnectors(input: $input) { connectors { score community node { id label } }
    communities { id size label } nodeCommunities { nodeId community } } }`;

interface Node {
  id: string;
  kind: string;
  label: string;
  degree: number;
}
interface Edge {
  id: string;
  kind: string;
  source: string;
  target: string;
  role: string | null;
  main: boolean | null;
  since: string | null;
  past: boolean;
  count: number | null;
  weight: number;
}
interface View {
  nodes: Node[];
  edges: Edge[];
  truncated: boolean;
}
interface Path {
  length: number;
  nodes: Node[];
  edges: Edge[];
}

/**
 * A small hand-built graph with known answers:
 *   ana —(main, since 2019) Uni— cy, ana —(member) X (PI)— cy, ana —(until 2020) Inst— cy,
 *   Uni —(partner) X, dee at Inst and (partner) in X, Gone (trashed) at Uni;
 *   br bridging Q (q1–q3) and R (r1–r3); staff A met dee twice, staff C once.
 */
describe('graph queries', () => {
  let db: TestDatabase;
  let server: TestServer;
  let token: string;
  let uni: Organization, inst: Organization, q: Organization, r: Organization;
  let x: Project;
  let ana: Contact, cy: Contact, dee: Contact, gone: Contact, br: Contact;
  let staffA: User, staffC: User;

  const neighborhood = (input: Record<string, unknown>) =>
    ok<{ graphNeighborhood: View }>(server.url, token, NEIGHBORHOOD, { input }).then((d) => d.graphNeighborhood);
  const paths = (input: Record<string, unknown>) =>
    ok<{ connectionPaths: Path[] }>(server.url, token, PATHS, { input }).then((d) => d.connectionPaths);
  const labels = (path: Path) => path.nodes.map((node) => node.label);

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    const team = await createTeam(db.dataSource, { name: 'Team A' });
    ({ token } = await createUser(db.dataSource, { role: 'editor' }));
    staffA = (await createUser(db.dataSource, { name: 'Staff A', teamIds: [team.id] })).user;
    staffC = (await createUser(db.dataSource, { name: 'Staff C' })).user;
    const f = graphFactory(db.dataSource);
    uni = await f.organization('Uni', { acronym: 'U', country: 'ES' });
    inst = await f.organization('Inst');
    x = await f.project('X');
    [ana, cy, dee, gone] = await Promise.all(['ana', 'cy', 'dee', 'gone'].map((name) => f.contact(name)));
    await f.affiliate(ana, uni, { isPrimary: true, since: '2019-01-01' });
    await f.affiliate(cy, uni);
    await f.affiliate(ana, inst, { until: '2020-12-31' });
    await f.affiliate(cy, inst);
    await f.affiliate(dee, inst);
    await f.affiliate(gone, uni);
    await db.dataSource.manager.update('contacts', { id: gone.id }, { deletedAt: new Date() });
    await f.linkContact(x, ana, 'member');
    await f.linkContact(x, cy, 'principal_investigator');
    await f.linkContact(x, dee, 'partner');
    await f.linkOrganization(x, uni, 'partner');
    await f.meeting([staffA.id], [dee], { date: '2025-01-10' });
    await f.meeting([staffA.id], [dee], { date: '2025-02-10' });
    await f.meeting([staffC.id], [dee], { date: '2025-03-10' });
    q = await f.organization('Q');
    r = await f.organization('R');
    br = await f.contact('br');
    await f.affiliate(br, q);
    await f.affiliate(br, r);
    for (const n of [1, 2, 3]) {
      await f.affiliate(await f.contact(`q${n}`), q);
      await f.affiliate(await f.contact(`r${n}`), r);
    }
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  describe('graphNeighborhood', () => {
    it('should give the seed, its neighbours and the links between them with their attributes', async () => {
      const view = await neighborhood({ seeds: [uni.id] });
      expect(view.nodes.map((n) => n.label).sort()).toEqual(['Uni', 'X', 'ana Test', 'cy Test'].sort());
      expect(view.nodes[0]).toMatchObject({ label: 'Uni', kind: 'ORGANIZATION', degree: 3, trashed: false });
      const anaUni = view.edges.find((e) => e.source === ana.id && e.target === uni.id)!;
      expect(anaUni).toMatchObject({
        kind: 'AFFILIATION',
        role: 'staff',
        main: true,
        since: '2019-01-01',
        past: false,
      });
      expect(anaUni.weight).toBe(1);
      expect(view.truncated).toBe(false);
    });

    it('should never show a trashed record', async () => {
      const view = await neighborhood({ seeds: [uni.id], depth: 3 });
      expect(view.nodes.map((n) => n.id)).not.toContain(gone.id);
      expect(view.edges.some((e) => e.source === gone.id || e.target === gone.id)).toBe(false);
      expect((await failure(server.url, token, NEIGHBORHOOD, { input: { seeds: [gone.id] } })).code).toBe('NOT_FOUND');
    });

    it('should keep only the node kinds, roles and edge kinds asked for, seeds always', async () => {
      const contacts = await neighborhood({ seeds: [uni.id], kinds: ['CONTACT'] });
      expect(contacts.nodes.map((n) => n.label).sort()).toEqual(['Uni', 'ana Test', 'cy Test']);
      const partners = await neighborhood({ seeds: [x.id], roles: ['PARTNER'] });
      expect(partners.nodes.map((n) => n.label).sort()).toEqual(['Uni', 'X', 'dee Test']);
      const projects = await neighborhood({ seeds: [ana.id], edgeKinds: ['PROJECT_LINK'] });
      expect(projects.nodes.map((n) => n.label).sort()).toEqual(['X', 'ana Test']);
    });

    it('should mark ended links past, or leave them out, as of a date', async () => {
      const now = await neighborhood({ seeds: [inst.id] });
      expect(now.edges.find((e) => e.source === ana.id)!.past).toBe(true);
      const current = await neighborhood({ seeds: [inst.id], includePast: false });
      expect(current.nodes.map((n) => n.id)).not.toContain(ana.id);
      const then = await neighborhood({ seeds: [uni.id], activeOn: '2018-06-01' });
      expect(then.nodes.map((n) => n.id)).not.toContain(ana.id);
      const inst2020 = await neighborhood({ seeds: [inst.id], activeOn: '2020-06-01' });
      expect(inst2020.edges.find((e) => e.source === ana.id)!.past).toBe(false);
    });

    it('should keep the most connected nodes past the limit and say it truncated', async () => {
      const view = await neighborhood({ seeds: [dee.id], depth: 2, limit: 3 });
      expect(view.truncated).toBe(true);
      expect(view.nodes).toHaveLength(3);
      expect(view.nodes.map((n) => n.id)).toContain(dee.id);
      expect(view.nodes.map((n) => n.label)).toContain('X');
    });

    it('should show KNOWS ties with their count and latest date', async () => {
      const view = await neighborhood({ seeds: [dee.id], edgeKinds: ['KNOWS'] });
      const tie = view.edges.find((e) => e.source === staffA.id)!;
      expect(tie).toMatchObject({ kind: 'KNOWS', count: 2, lastDate: '2025-02-10', target: dee.id });
      expect(tie.id).toBe(`knows:${staffA.id}:${dee.id}`);
      const weaker = view.edges.find((e) => e.source === staffC.id)!;
      expect(tie.weight).toBeGreaterThan(weaker.weight);
      expect(weaker.weight).toBeGreaterThan(0);
    });
  });

  describe('connectionPaths', () => {
    it('should find the k shortest distinct paths, equally short ones by strength', async () => {
      const found = await paths({ from: ana.id, to: cy.id, k: 3 });
      expect(found.map((p) => p.length)).toEqual([2, 2, 2]);
      expect(
        found
          .slice(0, 2)
          .map((p) => p.nodes[1].label)
          .sort(),
      ).toEqual(['Uni', 'X']);
      expect(found[2].nodes[1].label).toBe('Inst');
      expect(found[2].edges[0]).toMatchObject({ kind: 'AFFILIATION', past: true });
      for (const path of found) {
        expect(path.nodes[0].id).toBe(ana.id);
        expect(path.nodes.at(-1)!.id).toBe(cy.id);
        path.edges.forEach((edge, i) => {
          expect([edge.source, edge.target].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
        });
      }
    });

    it('should go on to longer paths when the short ones run out', async () => {
      const found = await paths({ from: ana.id, to: cy.id, k: 5 });
      expect(found.map((p) => p.length)).toEqual([2, 2, 2, 3, 3]);
      expect(found.slice(3).map(labels).sort()).toEqual([
        ['ana Test', 'Uni', 'X', 'cy Test'],
        ['ana Test', 'X', 'Uni', 'cy Test'],
      ]);
    });

    it('should keep within maxHops and the edge kinds asked for', async () => {
      expect(await paths({ from: ana.id, to: cy.id, maxHops: 1 })).toEqual([]);
      const projectOnly = await paths({ from: ana.id, to: cy.id, edgeKinds: ['PROJECT_LINK'] });
      expect(projectOnly.map(labels)).toEqual([['ana Test', 'X', 'cy Test']]);
      const viaStaff = await paths({ from: ana.id, to: staffA.id, maxHops: 4 });
      expect(viaStaff[0].edges.at(-1)!.kind).toBe('KNOWS');
    });

    it('should use the graph as of activeOn', async () => {
      const found = await paths({ from: ana.id, to: cy.id, activeOn: '2018-06-01' });
      expect(found.some((p) => p.nodes[1].id === uni.id)).toBe(false);
      const viaInst = found.find((p) => p.nodes[1].id === inst.id)!;
      expect(viaInst.edges[0].past).toBe(false);
      expect(found.map((p) => p.length)).toEqual([2, 2, 3]);
    });

    it('should find nothing between records that are not connected', async () => {
      expect(await paths({ from: ana.id, to: br.id })).toEqual([]);
    });
  });

  describe('whoKnows', () => {
    it('should rank staff by hops, then by strength, each with its path to the target', async () => {
      const { whoKnows } = await ok<{
        whoKnows: { hops: number; strength: number; node: Node; path: Path }[];
      }>(server.url, token, WHO_KNOWS, { input: { target: inst.id } });
      expect(whoKnows.slice(0, 2).map((entry) => [entry.node.label, entry.hops])).toEqual([
        ['Staff A', 2],
        ['Staff C', 2],
      ]);
      expect(whoKnows[0].strength).toBeGreaterThan(whoKnows[1].strength);
      expect(whoKnows[0].path.nodes.map((n) => n.id)).toEqual([staffA.id, dee.id, inst.id]);
      expect(whoKnows[0].path.edges.map((e) => e.kind)).toEqual(['KNOWS', 'AFFILIATION']);
      expect(whoKnows.find((entry) => entry.node.kind === 'TEAM')).toMatchObject({
        hops: 3,
        node: { label: 'Team A' },
      });
    });
  });

  describe('keyConnectors', () => {
    it('should rank the bridges first and split the communities', async () => {
      const { keyConnectors } = await ok<{
        keyConnectors: {
          connectors: { score: number; community: number; node: { id: string; label: string } }[];
          communities: { id: number; size: number; label: string }[];
          nodeCommunities: { nodeId: string; community: number }[];
        };
      }>(server.url, token, KEY_CONNECTORS, { input: { seeds: [br.id], depth: 2, limit: 3 } });
      const { connectors, communities, nodeCommunities } = keyConnectors;
      expect(connectors.map((c) => c.node.label).sort()).toEqual(['Q', 'R', 'br Test']);
      expect(connectors[0].score).toBeGreaterThan(0);
      expect(nodeCommunities).toHaveLength(9);
      expect(communities.reduce((sum, c) => sum + c.size, 0)).toBe(9);
      const communityOf = new Map(nodeCommunities.map((n) => [n.nodeId, n.community]));
      expect(communityOf.get(q.id)).not.toBe(communityOf.get(r.id));
      expect(communities.map((c) => c.label)).toEqual(expect.arrayContaining(['Q', 'R']));
    });
  });

  describe('arguments', () => {
    it.each([
      ['graphNeighborhood depth', NEIGHBORHOOD, () => ({ seeds: [uni.id], depth: 4 }), 'depth'],
      ['graphNeighborhood seeds', NEIGHBORHOOD, () => ({ seeds: [] }), 'seeds'],
      ['graphNeighborhood limit', NEIGHBORHOOD, () => ({ seeds: [uni.id], limit: 5001 }), 'limit'],
      ['connectionPaths maxHops', PATHS, () => ({ from: ana.id, to: cy.id, maxHops: 7 }), 'maxHops'],
      ['connectionPaths k', PATHS, () => ({ from: ana.id, to: cy.id, k: 6 }), 'k'],
      ['connectionPaths to', PATHS, () => ({ from: ana.id, to: ana.id }), 'to'],
      ['whoKnows target', WHO_KNOWS, () => ({ target: x.id }), 'target'],
      ['keyConnectors limit', KEY_CONNECTORS, () => ({ limit: 0 }), 'limit'],
    ])('should refuse an out-of-range %s as BAD_USER_INPUT naming the field', async (_name, query, input, field) => {
      const error = await failure(server.url, token, query, { input: input() });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(error.extensions.fields)).toContain(field);
    });

    it.each([
      ['graphNeighborhood', NEIGHBORHOOD, () => ({ seeds: ['00000000-0000-4000-8000-000000000000'] })],
      ['connectionPaths', PATHS, () => ({ from: ana.id, to: '00000000-0000-4000-8000-000000000000' })],
      ['whoKnows', WHO_KNOWS, () => ({ target: '00000000-0000-4000-8000-000000000000' })],
      ['keyConnectors', KEY_CONNECTORS, () => ({ seeds: ['00000000-0000-4000-8000-000000000000'] })],
    ])('should answer NOT_FOUND for an unknown record in %s', async (_name, query, input) => {
      expect((await failure(server.url, token, query, { input: input() })).code).toBe('NOT_FOUND');
    });
  });
});
