import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import { auditApi } from '../audit/audit.factories';

interface Merged {
  deletedAt: string | null;
  mergedInto: { id: string; deletedAt: string | null } | null;
}

describe('mergedInto over /graphql', () => {
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
    editor = (await createUser(db.dataSource, { role: 'editor' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    api = auditApi(url, editor);
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const merge = async (type: 'Contacts' | 'Organizations', survivor: { id: string }, duplicate: { id: string }) => {
    const record = type === 'Contacts' ? 'contact' : 'organization';
    const { [record]: current } = await ok<Record<string, { version: number }>>(
      url,
      editor,
      `query($id: ID!) { ${record}(id: $id) { version } }`,
      { id: survivor.id },
    );
    await ok(url, editor, `mutation($input: Merge${type}Input!) { merge${type}(input: $input) { id } }`, {
      input: { survivorId: survivor.id, duplicateId: duplicate.id, survivorVersion: current.version },
    });
  };
  const mergedInto = async (record: 'contact' | 'organization', id: string, token = viewer) =>
    (
      await ok<Record<string, Merged>>(
        url,
        token,
        `query($id: ID!) { ${record}(id: $id) { deletedAt mergedInto { id deletedAt } } }`,
        {
          id,
        },
      )
    )[record];

  it('should say which contact a merged duplicate went into, following a later merge of the survivor', async () => {
    const first = await api.contact({ lastName: 'Lovelace' });
    const second = await api.contact({ firstName: 'Ada', lastName: 'Lovelace' });
    const third = await api.contact({ firstName: 'Ada', lastName: 'King' });
    expect((await mergedInto('contact', first.id)).mergedInto).toBeNull();

    await merge('Contacts', second, first);
    expect(await mergedInto('contact', first.id)).toMatchObject({ mergedInto: { id: second.id, deletedAt: null } });
    expect((await mergedInto('contact', first.id)).deletedAt).not.toBeNull();
    expect((await mergedInto('contact', second.id)).mergedInto).toBeNull();

    await merge('Contacts', third, second);
    expect((await mergedInto('contact', first.id)).mergedInto).toEqual({ id: third.id, deletedAt: null });
    expect((await mergedInto('contact', second.id)).mergedInto).toEqual({ id: third.id, deletedAt: null });
  });

  it('should say which organization a merged duplicate went into, and not for one only trashed', async () => {
    const kept = await api.organization({ name: 'CERN' });
    const duplicate = await api.organization({ name: 'C.E.R.N.' });
    const trashed = await api.organization({ name: 'Trashed only' });
    await api.remove('Organization', trashed.id);
    await merge('Organizations', kept, duplicate);
    expect((await mergedInto('organization', duplicate.id, editor)).mergedInto).toEqual({
      id: kept.id,
      deletedAt: null,
    });
    expect(await mergedInto('organization', trashed.id)).toMatchObject({ mergedInto: null });
    expect((await mergedInto('organization', trashed.id)).deletedAt).not.toBeNull();
  });
});
