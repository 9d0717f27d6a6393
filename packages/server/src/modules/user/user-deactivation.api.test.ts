import { Browser } from '../../../test/browser';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { insertRow } from '../../../test/rows';
import { failure, graphql, ok, startTestServer, type TestServer } from '../../../test/server';
import { browserGraphql, signIn, signedInBrowser } from '../../../test/sign-in';
import { deactivateUser } from './user.service';

const DEACTIVATE = `mutation($input: UserActivationInput!) { deactivateUser(input: $input) { id active deactivatedAt version } }`;
const REACTIVATE = `mutation($input: UserActivationInput!) { reactivateUser(input: $input) { id active deactivatedAt version } }`;
const VERSION = `query($id: ID!) { user(id: $id) { version active } }`;
const ME = '{ me { id name } }';

describe('deactivating users over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let admin: string;
  let adminId: string;
  let editor: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    const created = await createUser(db.dataSource, { role: 'admin', name: 'Ada Admin' });
    admin = created.token;
    adminId = created.user.id;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Eve Editor' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const versionOf = async (id: string) =>
    (await ok<{ user: { version: number } }>(url, admin, VERSION, { id })).user.version;

  it('should stop a deactivated user’s API tokens, and let them work again once reactivated', async () => {
    const { user, token } = await createUser(db.dataSource, { role: 'editor', name: 'Tom Token' });
    expect((await ok<{ me: { id: string } }>(url, token, ME)).me.id).toBe(user.id);

    const deactivated = await ok<{ deactivateUser: Record<string, unknown> }>(url, admin, DEACTIVATE, {
      input: { id: user.id, version: user.version },
    });
    expect(deactivated.deactivateUser).toMatchObject({ id: user.id, active: false, version: user.version + 1 });
    expect(deactivated.deactivateUser.deactivatedAt).toBeTruthy();

    const refused = await graphql(url, ME, undefined, token);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const listed = await ok<{ users: { nodes: { name: string; active: boolean }[] } }>(
      url,
      admin,
      `{ users(filter: { text: "Tom Token", active: false }) { nodes { name active } } }`,
    );
    expect(listed.users.nodes).toEqual([{ name: 'Tom Token', active: false }]);
    const activeOnly = await ok<{ users: { totalCount: number } }>(
      url,
      admin,
      `{ users(filter: { text: "Tom Token", active: true }) { totalCount } }`,
    );
    expect(activeOnly.users.totalCount).toBe(0);

    await ok(url, admin, REACTIVATE, { input: { id: user.id, version: user.version + 1 } });
    expect((await ok<{ me: { id: string } }>(url, token, ME)).me.id).toBe(user.id);

    const history = await db.dataSource.query(
      `SELECT action, diff->'deactivatedAt'->>'after' IS NULL AS reactivated FROM changes
       WHERE record_id = $1 AND action = 'update' ORDER BY at`,
      [user.id],
    );
    expect(history).toEqual([
      { action: 'update', reactivated: false },
      { action: 'update', reactivated: true },
    ]);
  });

  it('should end the sessions of a deactivated user and refuse their next sign-in', async () => {
    const browser = await signedInBrowser(url, 'demo-viewer');
    const me = (await browserGraphql(browser, url, ME)).body.data!.me as { id: string };

    await ok(url, admin, DEACTIVATE, { input: { id: me.id, version: await versionOf(me.id) } });
    expect(await db.dataSource.query('SELECT id FROM sessions WHERE user_id = $1', [me.id])).toEqual([]);
    // The cookie names no session any more: the browser is anonymous.
    expect((await browserGraphql(browser, url, ME)).body.data).toEqual({ me: null });

    const again = new Browser();
    const response = await signIn(again, url, 'demo-viewer');
    expect(response.status).toBe(403);
    expect(response.text).toContain('This account has been deactivated');
    expect(again.cookie(url, 'liaison_session')).toBeUndefined();

    await ok(url, admin, REACTIVATE, { input: { id: me.id, version: await versionOf(me.id) } });
    const back = await signedInBrowser(url, 'demo-viewer');
    expect((await browserGraphql(back, url, ME)).body.data!.me).toMatchObject({ id: me.id });
  });

  it('should refuse deactivation to non-admins, of oneself, with a stale version', async () => {
    const { user } = await createUser(db.dataSource, { role: 'viewer' });
    const input = { id: user.id, version: user.version };
    expect((await failure(url, editor, DEACTIVATE, { input })).code).toBe('FORBIDDEN');
    expect((await failure(url, editor, REACTIVATE, { input })).code).toBe('FORBIDDEN');
    const self = await failure(url, admin, DEACTIVATE, { input: { id: adminId, version: await versionOf(adminId) } });
    expect(self).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: { id: ['cannot deactivate yourself'] } },
    });
    expect((await failure(url, admin, DEACTIVATE, { input: { ...input, version: 9 } })).code).toBe('CONFLICT');
  });

  it('should never deactivate the last active admin, nor count deactivated admins as admins', async () => {
    const { user: other } = await createUser(db.dataSource, { role: 'admin', name: 'Otto Other' });
    // Otto deactivated: Ada is the only active admin, whom nobody else can deactivate.
    await ok(url, admin, DEACTIVATE, { input: { id: other.id, version: other.version } });
    const refused = db.dataSource.transaction((manager) =>
      deactivateUser(manager, { id: adminId, version: 1 }, { userId: other.id, requestId: null }),
    );
    await expect(refused).rejects.toMatchObject({
      extensions: { fields: { id: ['cannot deactivate the last admin: make another user an admin first'] } },
    });
    const demote = await failure(
      url,
      admin,
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { role } }`,
      { input: { id: adminId, version: await versionOf(adminId), role: 'EDITOR' } },
    );
    expect(demote.code).toBe('BAD_USER_INPUT');
    await ok(url, admin, REACTIVATE, { input: { id: other.id, version: await versionOf(other.id) } });
  });

  it('should count what a user owns, for admins only, and hand it all to another in one step', async () => {
    const { user: leaving } = await createUser(db.dataSource, { role: 'editor', name: 'Lea Leaving' });
    const { user: heir } = await createUser(db.dataSource, { role: 'editor', name: 'Hal Heir' });
    const owned = { owner_id: leaving.id };
    const org = { kind: 'university', ...owned };
    await insertRow(db.dataSource, 'organizations', { name: 'Org one', ...org });
    await insertRow(db.dataSource, 'organizations', { name: 'Org two', ...org });
    await insertRow(db.dataSource, 'organizations', { name: 'Org trashed', ...org, deleted_at: new Date() });
    await insertRow(db.dataSource, 'contacts', { last_name: 'Contact', ...owned });
    await insertRow(db.dataSource, 'activities', {
      subject: 'Private call',
      kind: 'call',
      visibility: 'private',
      ...owned,
    });
    await insertRow(db.dataSource, 'saved_views', { name: 'My press list', kind: 'contact', ...owned });
    await insertRow(db.dataSource, 'saved_views', { name: 'My consortium', kind: 'graph', ...owned });
    await insertRow(db.dataSource, 'saved_views', { name: 'Old list', kind: 'need', ...owned, deleted_at: new Date() });

    const COUNTS = `query($id: ID!) { user(id: $id) { ownedRecordCounts { type count } } }`;
    const counts = await ok<{ user: { ownedRecordCounts: unknown } }>(url, admin, COUNTS, { id: leaving.id });
    expect(counts.user.ownedRecordCounts).toEqual([
      { type: 'Organization', count: 2 },
      { type: 'Contact', count: 1 },
      { type: 'Activity', count: 1 },
      { type: 'SavedView', count: 2 },
    ]);
    expect((await failure(url, editor, COUNTS, { id: leaving.id })).code).toBe('FORBIDDEN');

    const HAND_OVER = `mutation($input: ReassignOwnerInput!) { reassignOwner(input: $input) }`;
    const handOver = { input: { ownerId: heir.id, fromOwnerId: leaving.id } };
    expect((await failure(url, editor, HAND_OVER, handOver)).code).toBe('FORBIDDEN');
    expect((await ok<{ reassignOwner: number }>(url, admin, HAND_OVER, handOver)).reassignOwner).toBe(6);

    const after = await ok<{ user: { ownedRecordCounts: unknown } }>(url, admin, COUNTS, { id: leaving.id });
    expect(after.user.ownedRecordCounts).toEqual([]);
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM changes WHERE action = 'update' AND diff->'ownerId'->>'after' = $1`,
      [heir.id],
    );
    expect(n).toBe(6);
    // The private views they saved are now the heir's to see, rename and delete.
    const heirViews = await db.dataSource.query(
      `SELECT name, visibility FROM saved_views WHERE owner_id = $1 AND deleted_at IS NULL ORDER BY name`,
      [heir.id],
    );
    expect(heirViews).toEqual([
      { name: 'My consortium', visibility: 'private' },
      { name: 'My press list', visibility: 'private' },
    ]);

    // A deactivated user receives nothing.
    await ok(url, admin, DEACTIVATE, { input: { id: heir.id, version: heir.version } });
    const toInactive = await failure(url, admin, HAND_OVER, { input: { ownerId: heir.id, fromOwnerId: leaving.id } });
    expect(toInactive).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: { ownerId: ['is a deactivated user'] } },
    });
  });
});
