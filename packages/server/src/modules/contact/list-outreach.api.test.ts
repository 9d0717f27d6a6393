import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import { Organization } from '../organization/organization.entity';
import { Affiliation } from './affiliation.entity';
import { Contact } from './contact.entity';

const CREATE_ACTIVITY = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`;

/** What the contact and organization lists ask for their outreach columns. */
const CONTACTS = `query($text: String!) {
  contacts(filter: { text: $text }, first: 50, orderBy: { field: NAME, direction: ASC }) {
    nodes { name primaryAffiliation { role organization { name } } activities(first: 1) { totalCount } }
  }
}`;
const ORGANIZATIONS = `query($text: String!) {
  organizations(filter: { text: $text }, first: 50, orderBy: { field: NAME, direction: ASC }) {
    nodes { name activities(first: 1) { totalCount } }
  }
}`;

interface ContactRow {
  name: string;
  primaryAffiliation: { role: string | null; organization: { name: string } } | null;
  activities: { totalCount: number };
}

describe('outreach columns of the lists over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let editor: string;
  let other: string;
  let viewer: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    editor = (await createUser(db.dataSource, { role: 'editor' })).token;
    other = (await createUser(db.dataSource, { role: 'editor' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    const m = db.dataSource.manager;
    const cern = await m.save(m.create(Organization, { name: 'Outreach CERN', kind: 'research_institute' }));
    const desy = await m.save(m.create(Organization, { name: 'Outreach DESY', kind: 'research_institute' }));
    const ada = await m.save(m.create(Contact, { firstName: 'Ada', lastName: 'Outreach' }));
    const bob = await m.save(m.create(Contact, { firstName: 'Bob', lastName: 'Outreach' }));
    await m.save([
      m.create(Affiliation, { contactId: ada.id, organizationId: desy.id, role: 'Visitor', isPrimary: false }),
      m.create(Affiliation, { contactId: ada.id, organizationId: cern.id, role: 'Data steward', isPrimary: true }),
      m.create(Affiliation, { contactId: bob.id, organizationId: desy.id, role: 'Director', isPrimary: false }),
    ]);
    const create = (input: Record<string, unknown>, token = editor) =>
      ok(server.url, token, CREATE_ACTIVITY, { input });
    await create({ kind: 'CALL', subject: 'Call Ada', participantContactIds: [ada.id] });
    await create({
      kind: 'MEETING',
      subject: 'Meet at CERN',
      concerns: { organizationIds: [cern.id], contactIds: [ada.id] },
    });
    // Another editor's private note: counted for them only.
    await create(
      { kind: 'NOTE', subject: 'Private', visibility: 'PRIVATE', concerns: { organizationIds: [cern.id] } },
      other,
    );
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const contacts = async (token: string) =>
    (await ok<{ contacts: { nodes: ContactRow[] } }>(server.url, token, CONTACTS, { text: 'Outreach' })).contacts.nodes;
  const organizations = async (token: string) =>
    (
      await ok<{ organizations: { nodes: { name: string; activities: { totalCount: number } }[] } }>(
        server.url,
        token,
        ORGANIZATIONS,
        { text: 'Outreach' },
      )
    ).organizations.nodes;

  it('should give each contact its main organization and role, and how many activities it has', async () => {
    expect(await contacts(editor)).toEqual([
      {
        name: 'Ada Outreach',
        primaryAffiliation: { role: 'Data steward', organization: { name: 'Outreach CERN' } },
        activities: { totalCount: 2 },
      },
      // No primary affiliation: no main organization, whatever the others.
      { name: 'Bob Outreach', primaryAffiliation: null, activities: { totalCount: 0 } },
    ]);
  });

  it('should count only the activities the viewer may see', async () => {
    expect((await organizations(editor)).map((o) => [o.name, o.activities.totalCount])).toEqual([
      ['Outreach CERN', 1],
      ['Outreach DESY', 0],
    ]);
    expect((await organizations(other)).map((o) => [o.name, o.activities.totalCount])).toEqual([
      ['Outreach CERN', 2],
      ['Outreach DESY', 0],
    ]);
    expect((await contacts(viewer)).map((c) => [c.name, c.activities.totalCount])).toEqual([
      ['Ada Outreach', 2],
      ['Bob Outreach', 0],
    ]);
  });
});
