import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser } from '../../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../../test/server';
import { auditApi } from '../audit.factories';

interface Item {
  kind: string;
  activity: { subject: string; description: string | null; outcome: string | null } | null;
  document: { title: string } | null;
  change: { action: string } | null;
  via: { type: string; id: string; title: string } | null;
}

const TIMELINE = `query($id: ID!, $related: Boolean, $kinds: [TimelineItemKind!]) {
  organization(id: $id) {
    timeline(first: 50, related: $related, kinds: $kinds) {
      totalCount
      nodes { kind activity { subject description outcome } document { title } change { action } via { type id title } }
    }
  }
}`;

/** An item in a few words: what it is, and the record it came through. */
const label = (item: Item) => {
  const what = item.activity?.subject ?? item.document?.title ?? `${item.kind}:${item.change!.action}`;
  return item.via ? `${what} via ${item.via.title}` : what;
};

describe('organization timelines with their contacts and parts, over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let owner: string;
  let university: { id: string };
  let ada: { id: string };
  let department: { id: string };

  const timeline = async (variables: Record<string, unknown>, token = editor) =>
    (await ok<{ organization: { timeline: { totalCount: number; nodes: Item[] } } }>(url, token, TIMELINE, variables))
      .organization.timeline;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor' })).token;
    owner = (await createUser(db.dataSource, { role: 'editor' })).token;
    const api = auditApi(url, editor);
    university = await api.organization({ name: 'University of Edinburgh' });
    department = await api.organization({ name: 'Physics Department', parentId: university.id });
    const lab = await api.organization({ name: 'Optics Lab', parentId: department.id });
    ada = await api.contact({ firstName: 'Ada', lastName: 'Lovelace' });
    await api.affiliate({ contactId: ada.id, organizationId: university.id, role: 'Fellow' });
    const gone = await api.contact({ firstName: 'Gone', lastName: 'Away' });
    await api.affiliate({ contactId: gone.id, organizationId: university.id });

    await api.activity({
      kind: 'CALL',
      subject: 'Call with Ada',
      description: 'Talked about the engine',
      outcome: 'She will send notes',
      status: 'DONE',
      startsAt: '2024-03-01T10:00:00Z',
      concerns: { contactIds: [ada.id] },
    });
    await api.activity({ subject: 'Lab visit', startsAt: '2024-02-01T10:00:00Z', participantContactIds: [ada.id] });
    await api.activity({
      subject: 'Joint meeting',
      startsAt: '2024-01-01T10:00:00Z',
      concerns: { organizationIds: [university.id], contactIds: [ada.id] },
    });
    await api.activity({ subject: 'Department seminar', concerns: { organizationIds: [department.id] } });
    await api.activity({ subject: 'Optics demo', concerns: { organizationIds: [lab.id] } });
    await api.document({ title: 'Ada CV', attachTo: { contactIds: [ada.id] } });
    await api.activity({ subject: 'With someone gone', concerns: { contactIds: [gone.id] } });
    await api.remove('Contact', gone.id);
    await auditApi(url, owner).activity({
      subject: 'Private chat with Ada',
      visibility: 'PRIVATE',
      concerns: { contactIds: [ada.id] },
    });
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it("should include its contacts' and parts' activities and documents, each marked with where it came from", async () => {
    const { nodes } = await timeline({ id: university.id, kinds: ['ACTIVITY', 'DOCUMENT'] });
    expect(nodes.map(label).sort()).toEqual(
      [
        'Call with Ada via Ada Lovelace',
        'Lab visit via Ada Lovelace',
        'Joint meeting',
        'Department seminar via Physics Department',
        'Optics demo via Optics Lab',
        'Ada CV via Ada Lovelace',
      ].sort(),
    );
    const call = nodes.find((item) => item.activity?.subject === 'Call with Ada')!;
    expect(call.via).toEqual({ type: 'Contact', id: ada.id, title: 'Ada Lovelace' });
    expect(call.activity).toMatchObject({ description: 'Talked about the engine', outcome: 'She will send notes' });
    const seminar = nodes.find((item) => item.activity?.subject === 'Department seminar')!;
    expect(seminar.via).toEqual({ type: 'Organization', id: department.id, title: 'Physics Department' });
  });

  it('should leave them out with related: false, and count them in the total otherwise', async () => {
    const own = await timeline({ id: university.id, related: false, kinds: ['ACTIVITY', 'DOCUMENT'] });
    expect(own.nodes.map(label)).toEqual(['Joint meeting']);
    const all = await timeline({ id: university.id });
    expect(all.totalCount).toBe(all.nodes.length);
    expect(all.nodes.filter((item) => item.via)).toHaveLength(5);
  });

  it('should show a private activity of a contact to its owner only', async () => {
    const theirs = await timeline({ id: university.id, kinds: ['ACTIVITY'] });
    expect(theirs.nodes.map(label)).not.toContain('Private chat with Ada via Ada Lovelace');
    const mine = await timeline({ id: university.id, kinds: ['ACTIVITY'] }, owner);
    expect(mine.nodes.map(label)).toContain('Private chat with Ada via Ada Lovelace');
  });

  it('should bring in a part from its parent only: a part does not see its parent or siblings', async () => {
    const { nodes } = await timeline({ id: department.id, kinds: ['ACTIVITY'] });
    expect(nodes.map(label).sort()).toEqual(['Department seminar', 'Optics demo via Optics Lab']);
  });
});
