import { createTeam, createUser } from '../../../test/factories';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import type { Contact } from '../contact/contact.entity';
import type { Organization } from '../organization/organization.entity';
import type { User } from '../user/user.entity';
import { graphFactory } from './graph.factories';

const KEY_CONNECTORS = `query($input: KeyConnectorsInput!) {
  keyConnectors(input: $input) { connectors { score node { id label } } communities { size } nodeCommunities { nodeId } } }`;

interface Result {
  connectors: { score: number; node: { id: string; label: string } }[];
  communities: { size: number }[];
  nodeCommunities: { nodeId: string }[];
}

type Who = 'staff' | 'mate' | 'outsider' | 'admin';

/**
 * A hand-built graph with known betweenness (normalised over ordered pairs, (n − 1)(n − 2)):
 *   Q with q1–q3 and br, R with r1–r3 and br (br left R at the end of 2020), f1 joins Q in 2100;
 *   project P links q1 and r1; staff S met q1 and r1 in a private meeting, q2 in an open one.
 */
describe('keyConnectors over a filtered graph', () => {
  let db: TestDatabase;
  let server: TestServer;
  const tokens = {} as Record<Who, string>;
  let staff: User;
  let q: Organization, r: Organization;
  let br: Contact, q1: Contact, q2: Contact, r1: Contact;
  let projectId: string;

  const keyConnectors = (input: Record<string, unknown>, who: Who = 'admin') =>
    ok<{ keyConnectors: Result }>(server.url, tokens[who], KEY_CONNECTORS, { input }).then((d) => d.keyConnectors);
  const scores = (result: Result) =>
    Object.fromEntries(result.connectors.filter((c) => c.score > 0).map((c) => [c.node.label, c.score]));
  const AFFILIATIONS = { kinds: ['ORGANIZATION', 'CONTACT'], edgeKinds: ['AFFILIATION'] };

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    const teamA = await createTeam(db.dataSource);
    const teamB = await createTeam(db.dataSource);
    const created = await createUser(db.dataSource, { role: 'editor', name: 'Staff S', teamIds: [teamA.id] });
    staff = created.user;
    tokens.staff = created.token;
    tokens.mate = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamA.id] })).token;
    tokens.outsider = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamB.id] })).token;
    tokens.admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    const f = graphFactory(db.dataSource);
    q = await f.organization('Q');
    r = await f.organization('R');
    br = await f.contact('br');
    await f.affiliate(br, q);
    await f.affiliate(br, r, { until: '2020-12-31' });
    const qs: Contact[] = [];
    const rs: Contact[] = [];
    for (const n of [1, 2, 3]) {
      qs.push(await f.contact(`q${n}`));
      rs.push(await f.contact(`r${n}`));
      await f.affiliate(qs[n - 1], q);
      await f.affiliate(rs[n - 1], r);
    }
    [q1, q2] = qs;
    [r1] = rs;
    await f.affiliate(await f.contact('f1'), q, { since: '2100-01-01' });
    const p = await f.project('P');
    projectId = p.id;
    await f.linkContact(p, q1, 'member');
    await f.linkContact(p, r1, 'member');
    await f.meeting([staff.id], [q1, r1], { visibility: 'private', ownerId: staff.id, teamId: teamA.id });
    await f.meeting([staff.id], [q2], { visibility: 'everyone', ownerId: staff.id });
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should rank the whole graph of the kinds and edge kinds asked for, as of a date', async () => {
    const result = await keyConnectors({ ...AFFILIATIONS, activeOn: '2019-06-01', limit: 100 });
    // Q and R each lie on 18 of the 28 pairs, br on the 16 between the two sides.
    expect(scores(result)).toEqual({
      Q: expect.closeTo(36 / 56, 6),
      R: expect.closeTo(36 / 56, 6),
      'br Test': expect.closeTo(32 / 56, 6),
    });
    expect(result.connectors.slice(0, 3).map((c) => c.node.label)).toEqual(
      expect.arrayContaining(['Q', 'R', 'br Test']),
    );
    expect(result.connectors[2].node.id).toBe(br.id);
    expect(result.nodeCommunities).toHaveLength(9);
    expect(result.communities.reduce((sum, c) => sum + c.size, 0)).toBe(9);
    expect(result.nodeCommunities.map((n) => n.nodeId)).not.toContain(staff.id);
  });

  it('should keep past links unless told not to, and leave links not yet begun out', async () => {
    const today = await keyConnectors({ ...AFFILIATIONS, limit: 100 });
    expect(scores(today)).toEqual({
      Q: expect.closeTo(36 / 56, 6),
      R: expect.closeTo(36 / 56, 6),
      'br Test': expect.closeTo(32 / 56, 6),
    });
    expect(today.nodeCommunities).toHaveLength(9);
    const present = await keyConnectors({ ...AFFILIATIONS, includePast: false, limit: 100 });
    // br left R: Q joins its four, R its three, and nobody bridges the two.
    expect(scores(present)).toEqual({ Q: expect.closeTo(12 / 56, 6), R: expect.closeTo(6 / 56, 6) });
    const future = await keyConnectors({ ...AFFILIATIONS, activeOn: '2100-06-01', includePast: false, limit: 100 });
    expect(future.nodeCommunities).toHaveLength(10);
  });

  it('should look only at the nodes the edge kinds asked for join', async () => {
    const result = await keyConnectors({ edgeKinds: ['PROJECT_LINK'] });
    expect(result.nodeCommunities.map((n) => n.nodeId).sort()).toEqual([projectId, q1.id, r1.id].sort());
    expect(scores(result)).toEqual({ P: 1 });
  });

  it('should apply the same filters around seeds', async () => {
    const result = await keyConnectors({ ...AFFILIATIONS, seeds: [br.id], depth: 2, activeOn: '2019-06-01' });
    expect(scores(result)).toEqual({
      Q: expect.closeTo(36 / 56, 6),
      R: expect.closeTo(36 / 56, 6),
      'br Test': expect.closeTo(32 / 56, 6),
    });
    expect(result.nodeCommunities.map((n) => n.nodeId)).toEqual(expect.arrayContaining([q.id, r.id]));
  });

  it.each([
    ['staff', true],
    ['mate', false],
    ['outsider', false],
    ['admin', true],
  ] as [Who, boolean][])(
    'should let the private tie bridge for %s only if they may see it (%s)',
    async (who, seesPrivate) => {
      const result = await keyConnectors({ edgeKinds: ['KNOWS'] }, who);
      const nodes = result.nodeCommunities.map((n) => n.nodeId).sort();
      if (seesPrivate) {
        // S joins q1, r1 and q2: the middle of all three of their pairs.
        expect(nodes).toEqual([staff.id, q1.id, q2.id, r1.id].sort());
        expect(scores(result)).toEqual({ 'Staff S': 1 });
      } else {
        expect(nodes).toEqual([staff.id, q2.id].sort());
        expect(scores(result)).toEqual({});
      }
    },
  );

  it('should refuse an unknown kind as BAD_USER_INPUT, and an unknown seed as NOT_FOUND', async () => {
    const badKind = await failure(server.url, tokens.admin, KEY_CONNECTORS, { input: { kinds: ['PLANET'] } });
    expect(badKind.code).toBe('BAD_USER_INPUT');
    const badDate = await failure(server.url, tokens.admin, KEY_CONNECTORS, { input: { activeOn: '2019-13-45' } });
    expect(badDate.code).toBe('BAD_USER_INPUT');
    const unknown = await failure(server.url, tokens.admin, KEY_CONNECTORS, {
      input: { seeds: ['00000000-0000-4000-8000-000000000000'], edgeKinds: ['KNOWS'] },
    });
    expect(unknown.code).toBe('NOT_FOUND');
  });
});
