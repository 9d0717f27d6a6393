import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../test/server';

const PROJECT_FIELDS = `id name acronym kind status scientificDomain description website startDate endDate
  createdAt updatedAt deletedAt version owner { id } team { id }`;
const CONTACT_FIELDS = `id firstName lastName name title country expertise emails phones notes consentBasis
  consentDate consentSource erasedAt createdAt updatedAt version primaryOrganization { id }`;

/**
 * Nested lists read their rows in one statement and build the records themselves: each record
 * must come out exactly as the same record read on its own.
 */
describe('nested pages', () => {
  let db: TestDatabase;
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    token = (await createUser(db.dataSource, { role: 'admin' })).token;
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should give each record the values, dates and lists it has when read alone', async () => {
    const url = server.url;
    const { createOrganization: organization } = await ok<{ createOrganization: { id: string } }>(
      url,
      token,
      `mutation { createOrganization(input: { name: "Nikhef", kind: RESEARCH_INSTITUTE }) { id } }`,
    );
    const { createContact: contact } = await ok<{ createContact: { id: string } }>(
      url,
      token,
      `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`,
      {
        input: {
          firstName: 'Ada',
          lastName: 'Lovelace',
          title: 'Grid liaison',
          country: 'NL',
          emails: ['ada@example.org', 'ada.l@example.org'],
          phones: ['+31 20 000 0000'],
          expertise: ['storage', 'HPC'],
          consentBasis: 'CONSENT',
          consentDate: '2026-02-28',
        },
      },
    );
    await ok(url, token, `mutation($input: AffiliateContactInput!) { affiliateContact(input: $input) { id } }`, {
      input: { contactId: contact.id, organizationId: organization.id, role: 'Liaison', primary: true },
    });
    const { createProject: project } = await ok<{ createProject: { id: string } }>(
      url,
      token,
      `mutation { createProject(input: { name: "EOSC Beyond", acronym: "EB", kind: COLLABORATION,
        startDate: "2026-01-01", endDate: "2027-12-31", website: "https://eosc.example.org" }) { id } }`,
    );
    await ok(
      url,
      token,
      `mutation($input: LinkContactToProjectInput!) { linkContactToProject(input: $input) { id } }`,
      {
        input: { projectId: project.id, contactId: contact.id, role: 'COORDINATOR' },
      },
    );

    const alone = await ok<{ project: unknown; contact: unknown }>(
      url,
      token,
      `query($project: ID!, $contact: ID!) {
        project(id: $project) { ${PROJECT_FIELDS} }
        contact(id: $contact) { ${CONTACT_FIELDS} }
      }`,
      { project: project.id, contact: contact.id },
    );
    const nested = await ok<{
      organization: { contacts: { nodes: (Record<string, unknown> & { projects: { nodes: unknown[] } })[] } };
    }>(
      url,
      token,
      `query($id: ID!) { organization(id: $id) { contacts { nodes { ${CONTACT_FIELDS}
        projects { nodes { ${PROJECT_FIELDS} } } } } } }`,
      { id: organization.id },
    );
    const [nestedContact] = nested.organization.contacts.nodes;
    const { projects, ...contactFields } = nestedContact;
    expect(contactFields).toEqual(alone.contact);
    expect(projects.nodes).toEqual([alone.project]);
    expect(alone.project).toMatchObject({ startDate: '2026-01-01', endDate: '2027-12-31' });
    expect(alone.contact).toMatchObject({
      consentDate: '2026-02-28',
      emails: ['ada@example.org', 'ada.l@example.org'],
    });
  });
});
