import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

const EXPORT = `mutation($id: ID!) { exportPersonalData(input: { contactId: $id }) }`;
const ERASE = `mutation($id: ID!) { eraseContact(input: { contactId: $id }) { contact { id } } }`;
const LOG = `query($contactId: ID) {
  privacyRequests(first: 10, contactId: $contactId) {
    totalCount
    nodes { kind summary contactId requestId at requestedBy { id } contact { id lastName erasedAt } }
  }
}`;

interface LogEntry {
  kind: string;
  summary: string;
  contactId: string;
  requestId: string | null;
  at: string;
  requestedBy: { id: string } | null;
  contact: { id: string; lastName: string; erasedAt: string | null } | null;
}

describe('the log of privacy requests', () => {
  let db: TestDatabase;
  let server: TestServer;
  let admin: { token: string; id: string };
  let editor: string;
  let viewer: string;

  const createContact = async (lastName: string) =>
    (
      await ok<{ createContact: { id: string } }>(
        server.url,
        editor,
        `mutation($n: String!, $e: String!) { createContact(input: { firstName: "Ada", lastName: $n, emails: [$e] }) { id } }`,
        { n: lastName, e: `${lastName.toLowerCase()}@example.org` },
      )
    ).createContact.id;
  const log = async (contactId?: string) =>
    (
      await ok<{ privacyRequests: { totalCount: number; nodes: LogEntry[] } }>(server.url, admin.token, LOG, {
        contactId,
      })
    ).privacyRequests;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    const created = await createUser(db.dataSource, { role: 'admin' });
    admin = { token: created.token, id: created.user.id };
    editor = (await createUser(db.dataSource, { role: 'editor' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should list an export with who, when, whom and what it held, without personal data', async () => {
    const contactId = await createContact('Lovelace');
    await ok(
      server.url,
      editor,
      `mutation($id: ID!) { updateContact(input: { id: $id, version: 1, title: "Dr." }) { id } }`,
      { id: contactId },
    );
    const before = Date.now();
    await ok(server.url, admin.token, EXPORT, { id: contactId });
    const { totalCount, nodes } = await log(contactId);
    expect(totalCount).toBe(1);
    expect(nodes[0]).toMatchObject({
      kind: 'EXPORT',
      contactId,
      requestedBy: { id: admin.id },
      contact: { id: contactId, lastName: 'Lovelace' },
      summary: '0 affiliations, 0 projects, 0 activities, 0 documents, 0 tags, 2 history entries',
    });
    expect(nodes[0].requestId).toBeTruthy();
    expect(new Date(nodes[0].at).getTime()).toBeGreaterThanOrEqual(before - 5000);
    expect(JSON.stringify(nodes[0])).not.toContain('lovelace@example.org');
  });

  it('should list an erasure, which leaves the entry pointing at the tombstone, newest first', async () => {
    const contactId = await createContact('Byron');
    await ok(server.url, admin.token, EXPORT, { id: contactId });
    await ok(server.url, admin.token, ERASE, { id: contactId });
    const { nodes } = await log(contactId);
    expect(nodes.map((entry) => entry.kind)).toEqual(['ERASURE', 'EXPORT']);
    expect(nodes[0].summary).toBe('Erased; redacted in 0 other records, 0 files to review');
    expect(nodes[0].contact).toMatchObject({ lastName: 'Erased contact', erasedAt: expect.any(String) });
    expect(JSON.stringify(nodes)).not.toContain('Byron');
    expect((await log()).totalCount).toBe(3);
  });

  it('should write no entry when the request fails, as the entry shares its transaction', async () => {
    const contactId = await createContact('Babbage');
    await ok(server.url, admin.token, ERASE, { id: contactId });
    expect((await failure(server.url, admin.token, ERASE, { id: contactId })).code).toBe('BAD_USER_INPUT');
    expect((await log(contactId)).nodes.map((entry) => entry.kind)).toEqual(['ERASURE']);
  });

  it('should refuse the log to editors and viewers, and to nobody signed in', async () => {
    for (const token of [editor, viewer, undefined]) {
      const refused = await failure(server.url, token, LOG, {});
      expect(refused.code).toBe(token ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
  });

  it('should refuse a contact id that is not a UUID', async () => {
    expect((await failure(server.url, admin.token, LOG, { contactId: 'nope' })).code).toBe('BAD_USER_INPUT');
  });
});
