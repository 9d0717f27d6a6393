import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { auditApi, historyOf } from '../audit/audit.factories';

const MERGE_CONTACTS = `mutation($input: MergeContactsInput!) {
  mergeContacts(input: $input) { id firstName lastName title emails consentBasis consentDate consentSource country }
}`;
const MERGE_ORGANIZATIONS = `mutation($input: MergeOrganizationsInput!) {
  mergeOrganizations(input: $input) { id name acronym city website }
}`;

describe('merging with a choice of value per field, over /graphql', () => {
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

  it("should take the duplicate's value for the chosen contact fields and keep the survivor's for the others", async () => {
    const survivor = await api.contact({
      firstName: 'M.',
      lastName: 'Curie',
      title: 'Professor',
      emails: ['marie@example.org'],
      country: 'FR',
    });
    const duplicate = await api.contact({
      firstName: 'Marie',
      lastName: 'Skłodowska-Curie',
      title: 'Physicist',
      emails: ['m.curie@example.org'],
      country: 'PL',
      consentBasis: 'CONSENT',
      consentDate: '2024-01-02',
      consentSource: 'form',
    });
    const { mergeContacts } = await ok<{ mergeContacts: Record<string, unknown> }>(url, editor, MERGE_CONTACTS, {
      input: {
        survivorId: survivor.id,
        duplicateId: duplicate.id,
        survivorVersion: survivor.version,
        takeFromDuplicate: ['FIRST_NAME', 'LAST_NAME', 'EMAILS'],
      },
    });
    expect(mergeContacts).toEqual({
      id: survivor.id,
      firstName: 'Marie',
      lastName: 'Skłodowska-Curie',
      title: 'Professor',
      emails: ['m.curie@example.org'],
      country: 'FR',
      // Empty on the survivor, so filled as always, the basis with its date and source.
      consentBasis: 'CONSENT',
      consentDate: '2024-01-02',
      consentSource: 'form',
    });
    const [merge] = await historyOf(url, editor, survivor.id);
    expect(merge).toMatchObject({ action: 'MERGE', actor: { name: 'Eda Editor' } });
    expect(merge.diff.firstName).toEqual({ before: 'M.', after: 'Marie' });
    expect(merge.diff.emails).toEqual({ before: ['marie@example.org'], after: ['m.curie@example.org'] });
    expect(merge.diff).not.toHaveProperty('title');
    expect(merge.diff).not.toHaveProperty('country');
  });

  it('should take a consent basis with its date and source', async () => {
    const survivor = await api.contact({
      lastName: 'Noether',
      consentBasis: 'LEGITIMATE_INTERESTS',
      consentDate: '2020-05-05',
      consentSource: 'conference',
    });
    const duplicate = await api.contact({ lastName: 'Noether', consentBasis: 'CONSENT', consentDate: '2024-06-06' });
    const { mergeContacts } = await ok<{ mergeContacts: Record<string, unknown> }>(url, editor, MERGE_CONTACTS, {
      input: {
        survivorId: survivor.id,
        duplicateId: duplicate.id,
        survivorVersion: survivor.version,
        takeFromDuplicate: ['CONSENT'],
      },
    });
    expect(mergeContacts).toMatchObject({ consentBasis: 'CONSENT', consentDate: '2024-06-06', consentSource: null });
  });

  it("should take the duplicate's name and website for an organization, and the other way round when the survivor is the other one", async () => {
    const a = await api.organization({ name: 'CNRS', acronym: 'CNRS', city: 'Paris', website: 'https://old.example' });
    const b = await api.organization({
      name: 'Centre national de la recherche scientifique',
      acronym: 'C.N.R.S.',
      website: 'https://www.cnrs.example',
    });
    // The user chose b to stay, with a's acronym and city.
    const { mergeOrganizations } = await ok<{ mergeOrganizations: Record<string, unknown> }>(
      url,
      editor,
      MERGE_ORGANIZATIONS,
      { input: { survivorId: b.id, duplicateId: a.id, survivorVersion: b.version, takeFromDuplicate: ['ACRONYM'] } },
    );
    expect(mergeOrganizations).toEqual({
      id: b.id,
      name: 'Centre national de la recherche scientifique',
      acronym: 'CNRS',
      city: 'Paris',
      website: 'https://www.cnrs.example',
    });
    const [merge] = await historyOf(url, editor, b.id);
    expect(merge.diff.acronym).toEqual({ before: 'C.N.R.S.', after: 'CNRS' });
  });

  it('should refuse an unknown field and leave both records as they were on a stale version', async () => {
    const survivor = await api.organization({ name: 'INFN' });
    const duplicate = await api.organization({ name: 'I.N.F.N.' });
    const unknown = await failure(url, editor, MERGE_ORGANIZATIONS, {
      input: { survivorId: survivor.id, duplicateId: duplicate.id, survivorVersion: 1, takeFromDuplicate: ['PARENT'] },
    });
    expect(unknown.code).toBe('BAD_USER_INPUT');
    const stale = await failure(url, editor, MERGE_ORGANIZATIONS, {
      input: { survivorId: survivor.id, duplicateId: duplicate.id, survivorVersion: 9, takeFromDuplicate: ['NAME'] },
    });
    expect(stale.code).toBe('CONFLICT');
    const rows: { name: string; deleted_at: Date | null }[] = await db.dataSource.query(
      'SELECT name, deleted_at FROM organizations WHERE id = ANY($1) ORDER BY name',
      [[survivor.id, duplicate.id]],
    );
    expect(rows).toEqual([
      { name: 'I.N.F.N.', deleted_at: null },
      { name: 'INFN', deleted_at: null },
    ]);
  });

  it('should not let a viewer merge', async () => {
    const survivor = await api.contact({ lastName: 'Hidden' });
    const duplicate = await api.contact({ lastName: 'Hiddem' });
    const error = await failure(url, viewer, MERGE_CONTACTS, {
      input: {
        survivorId: survivor.id,
        duplicateId: duplicate.id,
        survivorVersion: 1,
        takeFromDuplicate: ['LAST_NAME'],
      },
    });
    expect(error.code).toBe('FORBIDDEN');
  });
});
