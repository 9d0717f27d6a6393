import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

const AFFILIATION = `id role primary since until version createdBy { name } contact { name } organization { name }`;
const AFFILIATE = `mutation($input: AffiliateContactInput!) { affiliateContact(input: $input) { ${AFFILIATION} } }`;
const UPDATE = `mutation($input: UpdateAffiliationInput!) { updateAffiliation(input: $input) { ${AFFILIATION} } }`;
const REMOVE = `mutation($input: RemoveAffiliationInput!) { removeAffiliation(input: $input) { id role } }`;

interface AffiliationRow {
  id: string;
  role: string | null;
  primary: boolean;
  version: number;
}
interface ChangeRow {
  record_type: string;
  record_id: string;
  action: string;
  diff: { affiliation: { before: Record<string, unknown> | null; after: Record<string, unknown> | null } };
}

describe('affiliations over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Eda Editor' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const contact = async (firstName: string, lastName: string, emails: string[] = []) =>
    (
      await ok<{ createContact: { id: string; version: number } }>(
        url,
        editor,
        `mutation($input: CreateContactInput!) { createContact(input: $input) { id version } }`,
        { input: { firstName, lastName, emails } },
      )
    ).createContact;
  const organization = async (name: string) =>
    (
      await ok<{ createOrganization: { id: string } }>(
        url,
        editor,
        `mutation($name: String!) { createOrganization(input: { name: $name, kind: OTHER }) { id } }`,
        { name },
      )
    ).createOrganization.id;
  const affiliate = async (input: Record<string, unknown>) =>
    (await ok<{ affiliateContact: AffiliationRow }>(url, editor, AFFILIATE, { input })).affiliateContact;
  const changesOf = (id: string): Promise<ChangeRow[]> =>
    db.dataSource.query(
      `SELECT record_type, record_id, action, diff FROM changes WHERE record_id = $1 AND diff ? 'affiliation' ORDER BY at`,
      [id],
    );
  const primaries = async (contactId: string) =>
    (
      await db.dataSource.query(
        `SELECT o.name FROM affiliations a JOIN organizations o ON o.id = a.organization_id
         WHERE a.contact_id = $1 AND a.is_primary`,
        [contactId],
      )
    ).map((row: { name: string }) => row.name);

  it('should affiliate a contact and write a link change on both ends', async () => {
    const ada = await contact('Ada', 'Lovelace');
    const cern = await organization('CERN');
    const created = await affiliate({
      contactId: ada.id,
      organizationId: cern,
      role: 'Analyst',
      primary: true,
      since: '2020-01-15',
    });
    expect(created).toMatchObject({
      role: 'Analyst',
      primary: true,
      since: '2020-01-15',
      until: null,
      version: 1,
      createdBy: { name: 'Eda Editor' },
      contact: { name: 'Ada Lovelace' },
      organization: { name: 'CERN' },
    });
    const link = {
      id: created.id,
      contactId: ada.id,
      organizationId: cern,
      role: 'Analyst',
      isPrimary: true,
      since: '2020-01-15',
      until: null,
    };
    for (const [type, id] of [
      ['Contact', ada.id],
      ['Organization', cern],
    ]) {
      expect(await changesOf(id)).toEqual([
        { record_type: type, record_id: id, action: 'link', diff: { affiliation: { before: null, after: link } } },
      ]);
    }
  });

  it('should refuse the same contact, organization and role twice with CONFLICT', async () => {
    const grace = await contact('Grace', 'Hopper');
    const navy = await organization('US Navy');
    await affiliate({ contactId: grace.id, organizationId: navy, role: 'Officer' });
    const error = await failure(url, editor, AFFILIATE, {
      input: { contactId: grace.id, organizationId: navy, role: ' Officer ' },
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Grace Hopper is already affiliated with US Navy as "Officer"');
    await affiliate({ contactId: grace.id, organizationId: navy });
    const noRole = await failure(url, editor, AFFILIATE, { input: { contactId: grace.id, organizationId: navy } });
    expect(noRole).toMatchObject({
      code: 'CONFLICT',
      message: 'Grace Hopper is already affiliated with US Navy without a role',
    });
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM affiliations WHERE contact_id = $1`, [
      grace.id,
    ]);
    expect(n).toBe(2);
  });

  it('should refuse unknown ends and dates out of order, per field', async () => {
    const alan = await contact('Alan', 'Turing');
    const npl = await organization('NPL');
    const missing = '00000000-0000-4000-8000-000000000000';
    const noContact = await failure(url, editor, AFFILIATE, { input: { contactId: missing, organizationId: npl } });
    expect(noContact.extensions.fields).toEqual({ contactId: ['is not an existing contact'] });
    const noOrg = await failure(url, editor, AFFILIATE, { input: { contactId: alan.id, organizationId: missing } });
    expect(noOrg.extensions.fields).toEqual({ organizationId: ['is not an existing organization'] });
    const dates = await failure(url, editor, AFFILIATE, {
      input: { contactId: alan.id, organizationId: npl, since: '1946-01-01', until: '1945-01-01' },
    });
    expect(dates).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: { until: ['must not be before since'] } },
    });
    expect((await failure(url, viewer, AFFILIATE, { input: { contactId: alan.id, organizationId: npl } })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('should keep one primary affiliation, switching it in the same transaction', async () => {
    const lise = await contact('Lise', 'Meitner');
    const [berlin, stockholm] = [await organization('KWI Berlin'), await organization('Nobel Institute')];
    const first = await affiliate({ contactId: lise.id, organizationId: berlin, primary: true });
    const second = await affiliate({ contactId: lise.id, organizationId: stockholm, primary: true });
    expect(await primaries(lise.id)).toEqual(['Nobel Institute']);
    const unset = (await changesOf(berlin)).filter((change) => change.action === 'update');
    expect(unset).toHaveLength(1);
    expect(unset[0].diff.affiliation.before).toMatchObject({ isPrimary: true });
    expect(unset[0].diff.affiliation.after).toMatchObject({ isPrimary: false });

    const PRIMARY = `query($id: ID!) { contact(id: $id) { primaryOrganization { name } affiliations { nodes { id primary version } } } }`;
    let shown = await ok<{
      contact: { primaryOrganization: { name: string }; affiliations: { nodes: AffiliationRow[] } };
    }>(url, viewer, PRIMARY, { id: lise.id });
    expect(shown.contact.primaryOrganization).toEqual({ name: 'Nobel Institute' });
    expect(shown.contact.affiliations.nodes.map((a) => [a.id, a.primary])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);

    const stale = await failure(url, editor, UPDATE, { input: { id: first.id, version: 1, primary: true } });
    expect(stale.code).toBe('CONFLICT');
    const firstVersion = shown.contact.affiliations.nodes[1].version;
    await ok(url, editor, UPDATE, { input: { id: first.id, version: firstVersion, primary: true } });
    expect(await primaries(lise.id)).toEqual(['KWI Berlin']);
    shown = await ok(url, viewer, PRIMARY, { id: lise.id });
    expect(shown.contact.primaryOrganization).toEqual({ name: 'KWI Berlin' });
  });

  it('should let concurrent primary affiliations of one contact take turns, leaving one primary', async () => {
    const emmy = await contact('Emmy', 'Noether');
    const places = [await organization('Erlangen'), await organization('Göttingen'), await organization('Bryn Mawr')];
    const results = await Promise.all(
      places.map((organizationId) =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
          body: JSON.stringify({
            query: AFFILIATE,
            variables: { input: { contactId: emmy.id, organizationId, primary: true } },
          }),
        }).then((response) => response.json() as Promise<{ errors?: unknown[] }>),
      ),
    );
    expect(results.filter((result) => result.errors)).toEqual([]);
    expect(await primaries(emmy.id)).toHaveLength(1);
  });

  it('should update an affiliation with its version and write an update change on both ends', async () => {
    const marie = await contact('Marie', 'Curie');
    const sorbonne = await organization('Sorbonne');
    const link = await affiliate({ contactId: marie.id, organizationId: sorbonne, role: 'Lecturer' });
    await affiliate({ contactId: marie.id, organizationId: sorbonne, role: 'Professor' });
    const duplicate = await failure(url, editor, UPDATE, { input: { id: link.id, version: 1, role: 'Professor' } });
    expect(duplicate.code).toBe('CONFLICT');

    const updated = await ok<{ updateAffiliation: AffiliationRow & { until: string } }>(url, editor, UPDATE, {
      input: { id: link.id, version: 1, role: 'Head of laboratory', until: '1934-07-04' },
    });
    expect(updated.updateAffiliation).toMatchObject({ role: 'Head of laboratory', until: '1934-07-04', version: 2 });
    const stale = await failure(url, editor, UPDATE, { input: { id: link.id, version: 1, role: 'Dean' } });
    expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { current: { role: 'Head of laboratory' } } });

    for (const id of [marie.id, sorbonne]) {
      const updates = (await changesOf(id)).filter((change) => change.action === 'update');
      expect(updates).toHaveLength(1);
      expect(updates[0].diff.affiliation.before).toMatchObject({ role: 'Lecturer', until: null });
      expect(updates[0].diff.affiliation.after).toMatchObject({ role: 'Head of laboratory', until: '1934-07-04' });
    }
  });

  it('should remove an affiliation and write an unlink change on both ends', async () => {
    const pierre = await contact('Pierre', 'Curie');
    const espci = await organization('ESPCI');
    const link = await affiliate({ contactId: pierre.id, organizationId: espci, role: 'Professor' });
    const removed = await ok<{ removeAffiliation: { id: string; role: string } }>(url, editor, REMOVE, {
      input: { id: link.id },
    });
    expect(removed.removeAffiliation).toEqual({ id: link.id, role: 'Professor' });
    expect(await db.dataSource.query(`SELECT id FROM affiliations WHERE id = $1`, [link.id])).toEqual([]);
    for (const id of [pierre.id, espci]) {
      const [unlink] = (await changesOf(id)).filter((change) => change.action === 'unlink');
      expect(unlink.diff.affiliation).toEqual({
        before: expect.objectContaining({ id: link.id, role: 'Professor' }),
        after: null,
      });
    }
    expect((await failure(url, editor, REMOVE, { input: { id: link.id } })).code).toBe('NOT_FOUND');
  });
});
