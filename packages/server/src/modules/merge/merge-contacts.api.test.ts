import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import { auditApi, historyOf } from '../audit/audit.factories';

const MERGE_CONTACTS = `mutation($input: MergeContactsInput!) {
  mergeContacts(input: $input) { id firstName lastName emails phones expertise consentBasis version }
}`;

/** The tables that point at contacts, with their column. */
const CONTACT_LINKS = [
  ['affiliations', 'contact_id'],
  ['project_contacts', 'contact_id'],
  ['activity_contacts', 'contact_id'],
  ['activity_links', 'contact_id'],
  ['document_links', 'contact_id'],
  ['taggings', 'contact_id'],
];

describe('merging contacts over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;
  let api: ReturnType<typeof auditApi>;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Eda Editor' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    api = auditApi(url, editor);
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  /** How many rows of each table point at the contact. */
  const linksOf = async (tables: string[][], id: string) => {
    const counts: Record<string, number> = {};
    for (const [table, column] of tables) {
      const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [id]);
      counts[table] = n;
    }
    return counts;
  };

  it("should merge contacts: their links, history, lists and empty fields, keeping the survivor's primary affiliation", async () => {
    const [o1, o2] = [await api.organization({ name: 'Home' }), await api.organization({ name: 'Elsewhere' })];
    const survivor = await api.contact({ lastName: 'Curie', emails: ['marie@example.org'], expertise: ['physics'] });
    const duplicate = await api.contact({
      firstName: 'Marie',
      lastName: 'Curie',
      emails: ['MARIE@example.org', 'm.curie@example.org'],
      phones: ['+33 1 23'],
      expertise: ['Physics', 'chemistry'],
      consentBasis: 'CONSENT',
      consentDate: '2024-05-01',
      // The same address, as duplicates have: recorded on purpose.
      allowDuplicateEmail: true,
    });
    await api.affiliate({ contactId: survivor.id, organizationId: o1.id, primary: true });
    await api.affiliate({ contactId: duplicate.id, organizationId: o2.id, primary: true });
    await api.affiliate({ contactId: duplicate.id, organizationId: o1.id });
    const project = await api.project({ name: 'Radium' });
    for (const id of [survivor.id, duplicate.id])
      await api.linkContactToProject({ projectId: project.id, contactId: id });
    await api.activity({ subject: 'Both there', participantContactIds: [survivor.id, duplicate.id] });
    const attended = await api.activity({ subject: 'Only the duplicate', participantContactIds: [duplicate.id] });
    await api.activity({ subject: 'About the duplicate', concerns: { contactIds: [duplicate.id] } });
    await api.document({ title: 'Letter', attachTo: { contactIds: [duplicate.id] } });
    await api.tagRecords({ tagId: (await api.tag('Nobel')).id, contactIds: [duplicate.id] });
    expect(await linksOf(CONTACT_LINKS, duplicate.id)).toEqual({
      affiliations: 2,
      project_contacts: 1,
      activity_contacts: 2,
      activity_links: 1,
      document_links: 1,
      taggings: 1,
    });

    const { mergeContacts } = await ok<{ mergeContacts: Record<string, unknown> }>(url, editor, MERGE_CONTACTS, {
      input: { survivorId: survivor.id, duplicateId: duplicate.id, survivorVersion: survivor.version },
    });
    expect(mergeContacts).toMatchObject({
      firstName: 'Marie',
      emails: ['marie@example.org', 'm.curie@example.org'],
      phones: ['+33 1 23'],
      expertise: ['physics', 'chemistry'],
      consentBasis: 'CONSENT',
    });
    expect(await linksOf(CONTACT_LINKS, duplicate.id)).toEqual({
      affiliations: 0,
      project_contacts: 0,
      activity_contacts: 0,
      activity_links: 0,
      document_links: 0,
      taggings: 0,
    });
    expect(await linksOf(CONTACT_LINKS, survivor.id)).toEqual({
      affiliations: 2,
      project_contacts: 1,
      activity_contacts: 2,
      activity_links: 1,
      document_links: 1,
      taggings: 1,
    });
    const affiliations = await db.dataSource.query(
      `SELECT organization_id, is_primary FROM affiliations WHERE contact_id = $1 ORDER BY is_primary DESC`,
      [survivor.id],
    );
    expect(affiliations).toEqual([
      { organization_id: o1.id, is_primary: true },
      { organization_id: o2.id, is_primary: false },
    ]);
    const { contact } = await ok<{ contact: { timeline: { nodes: { activity: { id: string } }[] } } }>(
      url,
      editor,
      `query($id: ID!) { contact(id: $id) { timeline(kinds: [ACTIVITY]) { nodes { activity { id } } } } }`,
      { id: survivor.id },
    );
    expect(contact.timeline.nodes.map((item) => item.activity.id)).toContain(attended.id);

    // Viewers read the merge without the addresses of the duplicate.
    const [seen] = await historyOf(url, viewer, survivor.id);
    expect(seen.action).toBe('MERGE');
    expect(seen.diff.duplicate.after).toMatchObject({ id: duplicate.id, firstName: 'Marie' });
    expect(JSON.stringify(seen.diff)).not.toMatch(/example\.org/);
    expect(JSON.stringify((await historyOf(url, editor, survivor.id))[0].diff)).toMatch(/m\.curie@example\.org/);
  });
});
