import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

describe('personal data requests', () => {
  let db: TestDatabase;
  let server: TestServer;
  let admin: string;
  let editor: string;
  let contactId: string;
  let organizationId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    editor = (await createUser(db.dataSource, { role: 'editor' })).token;
    organizationId = (
      await ok<{ createOrganization: { id: string } }>(
        server.url,
        editor,
        `mutation { createOrganization(input: { name: "CESNET", kind: NON_PROFIT, country: "CZ" }) { id } }`,
      )
    ).createOrganization.id;
    contactId = (
      await ok<{ createContact: { id: string } }>(
        server.url,
        editor,
        `mutation { createContact(input: { firstName: "Jana", lastName: "Novakova", emails: ["jana@cesnet.cz"],
           phones: ["+420 123 456 789"], consentBasis: LEGITIMATE_INTERESTS, consentDate: "2025-03-01" }) { id } }`,
      )
    ).createContact.id;
    await ok(
      server.url,
      editor,
      `mutation($c: ID!, $o: ID!) { affiliateContact(input: { contactId: $c, organizationId: $o, role: "Liaison" }) { id } }`,
      {
        c: contactId,
        o: organizationId,
      },
    );
    await ok(
      server.url,
      editor,
      `mutation($id: ID!) { updateContact(input: { id: $id, version: 1, title: "Dr." }) { id } }`,
      {
        id: contactId,
      },
    );
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should export everything held about the person and record the export', async () => {
    const { exportPersonalData: data } = await ok<{
      exportPersonalData: {
        contact: Record<string, unknown>;
        affiliations: unknown[];
        history: { action: string }[];
      };
    }>(server.url, admin, `mutation($id: ID!) { exportPersonalData(input: { contactId: $id }) }`, { id: contactId });
    expect(data.contact).toMatchObject({
      firstName: 'Jana',
      emails: ['jana@cesnet.cz'],
      phones: ['+420 123 456 789'],
      consent: { basis: 'legitimate_interests', date: '2025-03-01' },
      title: 'Dr.',
    });
    expect(data.affiliations).toEqual([expect.objectContaining({ organization: 'CESNET', role: 'Liaison' })]);
    expect(data.history.map((entry) => entry.action)).toEqual(['create', 'link', 'update']);
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM changes WHERE record_id = $1 AND action = 'export'`,
      [contactId],
    );
    expect(n).toBe(1);
  });

  it('should refuse the export to viewers and editors, and erasure to editors', async () => {
    const viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    const input = { id: contactId };
    for (const token of [viewer, editor]) {
      expect(
        (
          await failure(
            server.url,
            token,
            `mutation($id: ID!) { exportPersonalData(input: { contactId: $id }) }`,
            input,
          )
        ).code,
      ).toBe('FORBIDDEN');
    }
    expect(
      (
        await failure(
          server.url,
          editor,
          `mutation($id: ID!) { eraseContact(input: { contactId: $id }) { contact { id } } }`,
          input,
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('should erase the person everywhere and leave a tombstone that cannot be restored', async () => {
    const erased = await ok<{
      eraseContact: { contact: { lastName: string; erasedAt: string; deletedAt: string } };
    }>(
      server.url,
      admin,
      `mutation($id: ID!) { eraseContact(input: { contactId: $id }) { contact { lastName erasedAt deletedAt } } }`,
      { id: contactId },
    );
    expect(erased.eraseContact.contact).toMatchObject({ lastName: 'Erased contact' });
    expect(erased.eraseContact.contact.erasedAt).toBeTruthy();

    const [row] = await db.dataSource.query(
      `SELECT first_name, emails, phones, consent_basis, title FROM contacts WHERE id = $1`,
      [contactId],
    );
    expect(row).toEqual({ first_name: null, emails: [], phones: [], consent_basis: null, title: null });
    const [{ links }] = await db.dataSource.query(
      `SELECT count(*)::int AS links FROM affiliations WHERE contact_id = $1`,
      [contactId],
    );
    expect(links).toBe(0);
    const history: { diff: unknown }[] = await db.dataSource.query(
      `SELECT diff FROM changes WHERE diff::text LIKE '%Jana%' OR diff::text LIKE '%jana@cesnet.cz%'`,
    );
    expect(history).toEqual([]);
    const [{ erasures }] = await db.dataSource.query(
      `SELECT count(*)::int AS erasures FROM changes WHERE record_id = $1 AND action = 'erase'`,
      [contactId],
    );
    expect(erasures).toBe(1);

    const restore = await failure(
      server.url,
      admin,
      `mutation($id: ID!) { restoreContact(input: { id: $id }) { id } }`,
      { id: contactId },
    );
    expect(restore.code).toBe('BAD_USER_INPUT');
    const again = await failure(
      server.url,
      admin,
      `mutation($id: ID!) { eraseContact(input: { contactId: $id }) { contact { id } } }`,
      { id: contactId },
    );
    expect(again.code).toBe('BAD_USER_INPUT');
  });
});
