import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser } from '../../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../../test/server';
import { auditApi } from '../audit.factories';

interface Item {
  kind: string;
  at: string;
  activity: { id: string; subject: string } | null;
  document: { id: string; title: string } | null;
  change: { id: string; action: string } | null;
}
interface Timeline {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
  nodes: Item[];
}

const ITEM = `kind at activity { id subject } document { id title } change { id action }`;
const TIMELINE = (
  type: string,
) => `query($id: ID!, $first: Int, $after: String, $last: Int, $kinds: [TimelineItemKind!], $related: Boolean) {
  record: ${type}(id: $id) {
    timeline(first: $first, after: $after, last: $last, kinds: $kinds, related: $related) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { ${ITEM} }
    }
  }
}`;

/** What an item is, in one word: an activity's subject, a document's title or a change's action. */
const label = (item: Item) => item.activity?.subject ?? item.document?.title ?? `${item.kind}:${item.change!.action}`;

describe('timelines over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let owner: string;
  let org: { id: string };
  let contact: { id: string };
  let project: { id: string };

  /** The record's own timeline, without its related records' activities (see timeline-related.api.test.ts). */
  const timeline = async (type: string, id: string, variables: Record<string, unknown> = {}, token = editor) =>
    (
      await ok<{ record: { timeline: Timeline } }>(url, token, TIMELINE(type), {
        id,
        first: 50,
        related: false,
        ...variables,
      })
    ).record.timeline;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Eda Editor' })).token;
    owner = (await createUser(db.dataSource, { role: 'editor', name: 'Olga Owner' })).token;
    const api = auditApi(url, editor);
    org = await api.organization({ name: 'Timeline University' });
    await api.update('Organization', { id: org.id, version: 1, city: 'Padua' });
    contact = await api.contact({ lastName: 'Galilei' });
    project = await api.project({ name: 'Telescope' });
    await api.activity({
      subject: 'Old meeting',
      startsAt: '2020-01-01T10:00:00Z',
      concerns: { organizationIds: [org.id] },
    });
    await api.activity({
      subject: 'Future call',
      startsAt: '2100-01-01T10:00:00Z',
      concerns: { organizationIds: [org.id], projectIds: [project.id] },
    });
    await api.document({ title: 'Agreement', attachTo: { organizationIds: [org.id], projectIds: [project.id] } });
    await api.affiliate({ contactId: contact.id, organizationId: org.id });
    await api.activity({
      subject: 'Talk with Galileo',
      dueAt: '2050-06-01T10:00:00Z',
      participantContactIds: [contact.id],
    });
    const trashed = await api.activity({ subject: 'Trashed call', concerns: { organizationIds: [org.id] } });
    await api.remove('Activity', trashed.id);
    await auditApi(url, owner).activity({
      subject: 'Private plan',
      visibility: 'PRIVATE',
      startsAt: '2090-01-01T10:00:00Z',
      concerns: { organizationIds: [org.id] },
    });
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should merge activities, documents, links and changes, newest first by their time', async () => {
    const { nodes, totalCount } = await timeline('organization', org.id);
    expect(nodes[0]).toMatchObject({
      kind: 'ACTIVITY',
      activity: { subject: 'Future call' },
      at: '2100-01-01T10:00:00.000Z',
    });
    expect(nodes.at(-1)).toMatchObject({ kind: 'ACTIVITY', activity: { subject: 'Old meeting' } });
    expect(nodes.slice(-3, -1).map(label)).toEqual(['CHANGE:UPDATE', 'CHANGE:CREATE']);
    const times = nodes.map((item) => Date.parse(item.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(nodes.map(label).sort()).toEqual(
      [
        'Future call',
        'Old meeting',
        'Agreement',
        'CHANGE:CREATE',
        'CHANGE:UPDATE',
        'LINK:LINK', // the affiliation; activities and documents show themselves, not their links
      ].sort(),
    );
    expect(totalCount).toBe(6);
    for (const item of nodes) {
      const set = [item.activity, item.document, item.change].filter(Boolean);
      expect(set).toHaveLength(1);
    }
  });

  it('should filter by kinds', async () => {
    expect((await timeline('organization', org.id, { kinds: ['ACTIVITY'] })).nodes.map(label)).toEqual([
      'Future call',
      'Old meeting',
    ]);
    expect((await timeline('organization', org.id, { kinds: ['DOCUMENT'] })).nodes.map(label)).toEqual(['Agreement']);
    expect((await timeline('organization', org.id, { kinds: ['CHANGE'] })).nodes.map(label)).toEqual([
      'CHANGE:UPDATE',
      'CHANGE:CREATE',
    ]);
    const links = await timeline('organization', org.id, { kinds: ['LINK', 'DOCUMENT'] });
    expect(links.totalCount).toBe(2);
    expect(links.nodes.filter((item) => item.kind === 'LINK')).toHaveLength(1);
  });

  it('should page with first and after, and last', async () => {
    const all = (await timeline('organization', org.id)).nodes.map(label);
    const first = await timeline('organization', org.id, { first: 4 });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = await timeline('organization', org.id, { first: 50, after: first.pageInfo.endCursor });
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...first.nodes, ...rest.nodes].map(label)).toEqual(all);
    expect(rest.totalCount).toBe(6);
    const end = await timeline('organization', org.id, { first: null, last: 2 });
    expect(end.nodes.map(label)).toEqual(all.slice(-2));
  });

  it('should show a private activity to its owner only, and never a trashed one', async () => {
    const mine = (await timeline('organization', org.id, {}, owner)).nodes.map(label);
    expect(mine).toContain('Private plan');
    expect((await timeline('organization', org.id, {}, owner)).totalCount).toBe(7);
    const theirs = (await timeline('organization', org.id)).nodes.map(label);
    expect(theirs).not.toContain('Private plan');
    expect(theirs).not.toContain('Trashed call');
    expect(mine).not.toContain('Trashed call');
  });

  it('should give a contact the activities they take part in, and a project its own', async () => {
    const ofContact = await timeline('contact', contact.id);
    expect(ofContact.nodes.map(label)).toEqual(['Talk with Galileo', 'LINK:LINK', 'CHANGE:CREATE']);
    expect(ofContact.nodes[0].at).toBe('2050-06-01T10:00:00.000Z');
    const ofProject = await timeline('project', project.id, { kinds: ['ACTIVITY', 'DOCUMENT'] });
    expect(ofProject.nodes.map(label)).toEqual(['Future call', 'Agreement']);
  });

  it('should load the timelines of many records in the same few statements', async () => {
    const api = auditApi(url, editor);
    const statements = async (names: string[]) => {
      for (const name of names) {
        const made = await api.organization({ name });
        await api.activity({ subject: `About ${name}`, concerns: { organizationIds: [made.id] } });
      }
      const prefix = names[0].split(' ')[0];
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
        body: JSON.stringify({
          query: `{ organizations(filter: { text: "${prefix}" }) { nodes { name timeline(first: 3) { totalCount nodes { ${ITEM} } } } } }`,
        }),
      });
      const body = (await response.json()) as {
        errors?: unknown;
        data: { organizations: { nodes: { timeline: { totalCount: number; nodes: Item[] } }[] } };
      };
      expect(body.errors).toBeUndefined();
      expect(body.data.organizations.nodes).toHaveLength(names.length);
      for (const node of body.data.organizations.nodes) {
        expect(node.timeline.totalCount).toBe(2);
        expect(node.timeline.nodes.map((item) => item.kind).sort()).toEqual(['ACTIVITY', 'CHANGE']);
      }
      return Number(response.headers.get('x-sql-statements'));
    };
    const two = await statements(['Batch A1', 'Batch A2']);
    const six = await statements(['Bunch B1', 'Bunch B2', 'Bunch B3', 'Bunch B4', 'Bunch B5', 'Bunch B6']);
    expect(six).toBe(two);
    expect(two).toBeLessThanOrEqual(6);
  });
});
