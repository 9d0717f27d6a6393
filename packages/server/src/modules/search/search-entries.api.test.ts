import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../test/server';

const SEARCH = `query($query: String!) { search(query: $query) { type id title } }`;

interface Entry {
  kind: string;
  name: string;
  deleted: boolean;
  visibility: string;
  owner_id: string | null;
}

/**
 * The search table follows every way a record is written, through the API, in the same
 * transaction: create, rename, trash, restore, merge, erasure, handing over, sharing.
 */
describe('the search table as records are written', () => {
  let db: TestDatabase;
  let server: TestServer;
  const users: Record<'admin' | 'editor' | 'other' | 'viewer', { id: string; token: string }> = {} as never;

  const found = async (who: keyof typeof users, query: string) =>
    (await ok<{ search: { id: string }[] }>(server.url, users[who].token, SEARCH, { query })).search.map(
      (hit) => hit.id,
    );
  const entry = async (id: string): Promise<Entry | undefined> =>
    (
      await db.dataSource.query(
        'SELECT kind, name, deleted, visibility, owner_id FROM search_entries WHERE record_id = $1',
        [id],
      )
    )[0];
  const mutate = <T>(who: keyof typeof users, mutation: string, input: Record<string, unknown>) =>
    ok<T>(server.url, users[who].token, mutation, { input });

  const createOrganization = async (name: string) =>
    (
      await mutate<{ createOrganization: { id: string; version: number } }>(
        'editor',
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }`,
        { name, kind: 'OTHER' },
      )
    ).createOrganization;
  const version = async (table: string, id: string): Promise<number> =>
    (await db.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    for (const role of ['admin', 'editor', 'viewer'] as const) {
      const { user, token } = await createUser(db.dataSource, { role });
      users[role] = { id: user.id, token };
    }
    const { user, token } = await createUser(db.dataSource, { role: 'editor' });
    users.other = { id: user.id, token };
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('holds a record from its creation, under its new name once renamed', async () => {
    const created = await createOrganization('Wombat Observatory');
    expect(await entry(created.id)).toMatchObject({ kind: 'organization', name: 'wombat observatory', deleted: false });
    expect(await found('viewer', 'wombat')).toEqual([created.id]);

    await mutate('editor', `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, {
      id: created.id,
      version: created.version,
      name: 'Kookaburra Lookout',
      acronym: 'KOLO',
    });
    expect(await entry(created.id)).toMatchObject({ name: 'kookaburra lookout', deleted: false });
    expect(await found('viewer', 'wombat')).toEqual([]);
    expect(await found('viewer', 'kookaburra')).toEqual([created.id]);
    expect(await found('viewer', 'kolo')).toEqual([created.id]);
  });

  it('hides a record in the trash and finds it again once restored', async () => {
    const created = await createOrganization('Platypus Research Station');
    await mutate('editor', `mutation($input: DeleteRecordInput!) { deleteOrganization(input: $input) { id } }`, {
      id: created.id,
      version: created.version,
    });
    expect(await entry(created.id)).toMatchObject({ deleted: true });
    expect(await found('admin', 'platypus')).toEqual([]);

    await mutate('editor', `mutation($input: RestoreRecordInput!) { restoreOrganization(input: $input) { id } }`, {
      id: created.id,
    });
    expect(await entry(created.id)).toMatchObject({ deleted: false });
    expect(await found('admin', 'platypus')).toEqual([created.id]);
  });

  it('keeps the survivor of a merge and drops the duplicate', async () => {
    const survivor = await createOrganization('Echidna Institute');
    const duplicate = await createOrganization('Echidna Institut');
    expect((await found('editor', 'echidna')).sort()).toEqual([survivor.id, duplicate.id].sort());
    await mutate('editor', `mutation($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) { id } }`, {
      survivorId: survivor.id,
      duplicateId: duplicate.id,
      survivorVersion: survivor.version,
    });
    expect(await entry(duplicate.id)).toMatchObject({ deleted: true });
    expect(await found('editor', 'echidna')).toEqual([survivor.id]);
  });

  it('forgets an erased person: their name, and in other records’ text', async () => {
    const { createContact } = await mutate<{ createContact: { id: string } }>(
      'editor',
      `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`,
      { firstName: 'Quentin', lastName: 'Quollhaven', emails: ['quentin@quoll.example'] },
    );
    const { createDocument } = await mutate<{ createDocument: { id: string } }>(
      'editor',
      `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
      { title: 'Field notes', body: 'Spoke with Quentin Quollhaven about the survey.', visibility: 'EVERYONE' },
    );
    expect((await found('admin', 'quollhaven')).sort()).toEqual([createContact.id, createDocument.id].sort());

    await mutate('admin', `mutation($input: PersonalDataInput!) { eraseContact(input: $input) { contact { id } } }`, {
      contactId: createContact.id,
    });
    expect(await found('admin', 'quollhaven')).toEqual([]);
    expect(await found('admin', 'quoll.example')).toEqual([]);
    const erased = await entry(createContact.id);
    expect(erased?.deleted).toBe(true);
    expect(erased?.name).not.toContain('quollhaven');
    const [{ text }] = await db.dataSource.query(
      `SELECT CAST(vector AS text) AS text FROM search_entries WHERE record_id = $1`,
      [createDocument.id],
    );
    expect(text).not.toContain('quollhaven');
  });

  it('never shows a private record to another viewer, and follows its sharing and owner', async () => {
    const { createDocument } = await mutate<{ createDocument: { id: string; version: number } }>(
      'editor',
      `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id version } }`,
      { title: 'Capybara budget', body: 'Capybara enclosure costs.', visibility: 'PRIVATE' },
    );
    const id = createDocument.id;
    expect(await entry(id)).toMatchObject({ visibility: 'private', owner_id: users.editor.id });
    expect(await found('editor', 'capybara')).toEqual([id]);
    expect(await found('admin', 'capybara')).toEqual([id]);
    expect(await found('other', 'capybara')).toEqual([]);
    expect(await found('viewer', 'capybara')).toEqual([]);
    expect(await found('viewer', 'Capybara budget')).toEqual([]);
    expect(await found('viewer', 'capybra')).toEqual([]);

    // Handed over to another editor (bulk reassign): now theirs alone.
    await mutate('admin', `mutation($input: ReassignOwnerInput!) { reassignOwner(input: $input) }`, {
      ownerId: users.other.id,
      documentIds: [id],
    });
    expect(await found('other', 'capybara')).toEqual([id]);
    expect(await found('editor', 'capybara')).toEqual([]);

    await mutate('other', `mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { id } }`, {
      id,
      version: await version('documents', id),
      visibility: 'EVERYONE',
    });
    expect(await found('viewer', 'capybara')).toEqual([id]);
  });

  it('drops the entry of a record removed from its table', async () => {
    const created = await createOrganization('Bilby Foundation');
    await db.dataSource.query('DELETE FROM organizations WHERE id = $1', [created.id]);
    expect(await entry(created.id)).toBeUndefined();
  });
});
