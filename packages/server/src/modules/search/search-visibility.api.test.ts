import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import { insertContact, insertDocument, trash } from './search.factories';

const SEARCH = `query($query: String!, $types: [SearchType!]) {
  search(query: $query, types: $types) { type id title snippet }
}`;

describe('what search shows to whom', () => {
  let db: TestDatabase;
  let server: TestServer;
  const tokens: Record<'owner' | 'teammate' | 'outsider' | 'viewer' | 'admin', string> = {} as never;
  const documents: Record<'open' | 'team' | 'private' | 'otherPrivate' | 'trashed', string> = {} as never;

  const found = async (who: keyof typeof tokens, query: string, types?: string[]) =>
    (await ok<{ search: { id: string }[] }>(server.url, tokens[who], SEARCH, { query, types })).search.map(
      (hit) => hit.id,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    const ds = db.dataSource;
    const team = await createTeam(ds);
    const otherTeam = await createTeam(ds);
    const owner = await createUser(ds, { role: 'editor', teamIds: [team.id] });
    tokens.owner = owner.token;
    tokens.teammate = (await createUser(ds, { role: 'viewer', teamIds: [team.id] })).token;
    tokens.outsider = (await createUser(ds, { role: 'editor', teamIds: [otherTeam.id] })).token;
    tokens.viewer = (await createUser(ds, { role: 'viewer' })).token;
    const admin = await createUser(ds, { role: 'admin' });
    tokens.admin = admin.token;

    const body = 'Zebrafish imaging needs 500 TB of storage.';
    documents.open = await insertDocument(ds, { title: 'Zebrafish for everyone', body, owner_id: owner.user.id });
    documents.team = await insertDocument(ds, {
      title: 'Zebrafish team plan',
      body,
      visibility: 'team',
      owner_id: owner.user.id,
      team_id: team.id,
    });
    documents.private = await insertDocument(ds, {
      title: 'Zebrafish private notes',
      body,
      visibility: 'private',
      owner_id: owner.user.id,
      team_id: team.id,
    });
    documents.otherPrivate = await insertDocument(ds, {
      title: 'Zebrafish notes of the admin',
      body,
      visibility: 'private',
      owner_id: admin.user.id,
    });
    documents.trashed = await insertDocument(ds, { title: 'Zebrafish in the trash', body });
    await trash(ds, 'documents', documents.trashed);
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should show documents for everyone to every signed-in user', async () => {
    expect(await found('viewer', 'zebrafish')).toEqual([documents.open]);
    expect(await found('outsider', 'zebrafish')).toEqual([documents.open]);
  });

  it("should show a team's documents to its members, and private ones to their owner only", async () => {
    expect(new Set(await found('teammate', 'zebrafish'))).toEqual(new Set([documents.open, documents.team]));
    expect(new Set(await found('owner', 'zebrafish'))).toEqual(
      new Set([documents.open, documents.team, documents.private]),
    );
  });

  it('should show admins every live document', async () => {
    expect(new Set(await found('admin', 'zebrafish'))).toEqual(
      new Set([documents.open, documents.team, documents.private, documents.otherPrivate]),
    );
  });

  it('should not let hidden documents through fuzzy title matches or their bodies', async () => {
    expect(await found('outsider', 'zebrafsh team pln')).toEqual([]);
    expect(await found('outsider', 'Zebrafish private notes')).not.toContain(documents.private);
    expect(await found('viewer', '500 TB storage', ['DOCUMENT'])).toEqual([documents.open]);
  });

  describe('contact emails', () => {
    let contact: string;
    beforeAll(async () => {
      contact = await insertContact(db.dataSource, {
        first_name: 'Ada',
        last_name: 'Quill',
        emails: ['ada.lovelace@analytical.example'],
      });
    });

    it('should let editors and admins find a contact by email', async () => {
      expect(await found('owner', 'ada.lovelace@analytical.example')).toEqual([contact]);
      expect(await found('owner', 'lovelace')).toEqual([contact]);
      expect(await found('admin', 'analytical')).toEqual([contact]);
    });

    it('should not let viewers find a contact by email', async () => {
      expect(await found('viewer', 'ada.lovelace@analytical.example')).toEqual([]);
      expect(await found('viewer', 'lovelace')).toEqual([]);
      expect(await found('viewer', 'analytical')).toEqual([]);
      expect(await found('viewer', 'ada quill')).toEqual([contact]);
    });
  });
});
