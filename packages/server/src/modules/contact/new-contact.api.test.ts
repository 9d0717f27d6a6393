import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { auditApi, historyOf } from '../audit/audit.factories';

const CREATE = `mutation($input: CreateContactInput!) {
  createContact(input: $input) {
    id name emails
    affiliations { nodes { role primary organization { id name } } }
    primaryOrganization { id }
  }
}`;

interface Created {
  id: string;
  name: string;
  emails: string[];
  affiliations: { nodes: { role: string | null; primary: boolean; organization: { id: string; name: string } }[] };
  primaryOrganization: { id: string } | null;
}

describe('a new contact, with its affiliation and the duplicate email check, over /graphql', () => {
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

  const create = async (input: Record<string, unknown>) =>
    (await ok<{ createContact: Created }>(url, editor, CREATE, { input })).createContact;
  const count = async (sql: string, parameters: unknown[] = []) =>
    ((await db.dataSource.query(sql, parameters)) as { n: number }[])[0].n;

  it('should create the contact with its main affiliation in one go, in the history of both', async () => {
    const organization = await api.organization({ name: 'Institut Pasteur' });
    const created = await create({
      firstName: 'Louis',
      lastName: 'Pasteur',
      emails: ['louis@pasteur.example'],
      affiliation: { organizationId: organization.id, role: 'Director' },
    });
    expect(created).toMatchObject({
      name: 'Louis Pasteur',
      affiliations: { nodes: [{ role: 'Director', primary: true, organization: { name: 'Institut Pasteur' } }] },
      primaryOrganization: { id: organization.id },
    });
    const contactHistory = await historyOf(url, editor, created.id);
    expect(contactHistory.map((change) => change.action).sort()).toEqual(['CREATE', 'LINK']);
    const organizationHistory = await historyOf(url, editor, organization.id);
    expect(organizationHistory[0]).toMatchObject({ action: 'LINK', actor: { name: 'Eda Editor' } });
  });

  it('should keep a non-primary affiliation when asked, and create nothing when the organization does not exist', async () => {
    const organization = await api.organization({ name: 'CERN' });
    const plain = await create({
      lastName: 'Berners-Lee',
      affiliation: { organizationId: organization.id, primary: false },
    });
    expect(plain.affiliations.nodes).toEqual([{ role: null, primary: false, organization: expect.anything() }]);

    const before = await count('SELECT count(*)::int AS n FROM contacts');
    const changes = await count('SELECT count(*)::int AS n FROM changes');
    const error = await failure(url, editor, CREATE, {
      input: { lastName: 'Nobody', affiliation: { organizationId: '00000000-0000-4000-8000-000000000000' } },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('organizationId is not an existing organization');
    expect(await count('SELECT count(*)::int AS n FROM contacts')).toBe(before);
    expect(await count('SELECT count(*)::int AS n FROM changes')).toBe(changes);
  });

  it('should refuse an email another contact has, naming that contact, unless allowDuplicateEmail says so', async () => {
    const first = await create({ firstName: 'Grace', lastName: 'Hopper', emails: ['grace@navy.example'] });
    const organization = await api.organization({ name: 'US Navy' });
    const before = await count('SELECT count(*)::int AS n FROM contacts');
    const input = {
      firstName: 'G.',
      lastName: 'Hopper',
      emails: ['other@navy.example', 'GRACE@Navy.example'],
      affiliation: { organizationId: organization.id },
    };
    const error = await failure(url, editor, CREATE, { input });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions).toMatchObject({
      reason: 'DUPLICATE_EMAIL',
      existingContact: { id: first.id, name: 'Grace Hopper' },
      fields: { emails: ['Grace Hopper already has this email address'] },
    });
    expect(error.message).toContain('allowDuplicateEmail');
    expect(await count('SELECT count(*)::int AS n FROM contacts')).toBe(before);
    expect(
      await count('SELECT count(*)::int AS n FROM affiliations WHERE organization_id = $1', [organization.id]),
    ).toBe(0);

    const anyway = await create({ ...input, allowDuplicateEmail: true });
    expect(anyway.emails).toEqual(['other@navy.example', 'GRACE@Navy.example']);
    expect(anyway.affiliations.nodes).toHaveLength(1);
  });

  it('should not name a contact in the trash, only say that one has the address', async () => {
    const hidden = await create({ firstName: 'Secret', lastName: 'Agent', emails: ['agent@example.org'] });
    await api.remove('Contact', hidden.id);
    const error = await failure(url, editor, CREATE, { input: { lastName: 'Agent', emails: ['agent@example.org'] } });
    expect(error.extensions).toMatchObject({ reason: 'DUPLICATE_EMAIL', existingContact: null });
    expect(error.message).not.toContain('Secret');
    expect(error.message).toContain('A contact in the trash already has this email address');
  });

  it('should let a viewer create neither a contact nor an affiliation', async () => {
    const organization = await api.organization({ name: 'Read Only University' });
    const error = await failure(url, viewer, CREATE, {
      input: { lastName: 'Intruder', emails: ['grace@navy.example'], affiliation: { organizationId: organization.id } },
    });
    expect(error.code).toBe('FORBIDDEN');
    expect(
      await count('SELECT count(*)::int AS n FROM affiliations WHERE organization_id = $1', [organization.id]),
    ).toBe(0);
  });
});
