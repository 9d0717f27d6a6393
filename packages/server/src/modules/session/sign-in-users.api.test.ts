import { Browser } from '../../../test/browser';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/server';
import { browserGraphql, signIn, signedInBrowser } from '../../../test/sign-in';
import { findOrCreateOperatorUser } from '../user/operator-user.service';

const ME = '{ me { id name email role } }';

describe('users made from sign-ins', () => {
  let db: TestDatabase;
  let server: TestServer;
  let admins: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    admins = await startTestServer(db, {
      signIn: {
        session: { idleTimeoutMs: 60_000, absoluteTimeoutMs: 3_600_000 },
        claims: {
          adminEmails: ['vera.viewer@demo.liaison.test'],
          roleClaim: 'nothing_here',
          teamClaim: 'nothing_here',
        },
      },
    });
  });
  afterAll(async () => {
    await server.stop();
    await admins.stop();
    await db.drop();
  });

  const sql = <T>(query: string, parameters?: unknown[]) => db.dataSource.query(query, parameters) as Promise<T[]>;
  const me = async (browser: Browser, url = server.url) =>
    (await browserGraphql(browser, url, ME)).body.data!.me as { id: string; name: string; email: string; role: string };

  it('should create the user from the claims once, with the role and the teams the claims give', async () => {
    const italy = await createTeam(db.dataSource, { code: 'NGI_IT' });
    const other = await createTeam(db.dataSource);

    const first = await me(await signedInBrowser(server.url, 'demo-editor'));
    expect(first).toMatchObject({ name: 'Eddie Editor', email: 'eddie.editor@demo.liaison.test', role: 'EDITOR' });
    const [user] = await sql<{ issuer: string; subject: string; last_sign_in_at: Date; version: number }>(
      'SELECT issuer, subject, last_sign_in_at, version FROM users WHERE id = $1',
      [first.id],
    );
    expect(user).toMatchObject({ issuer: `${server.url}/oidc`, subject: 'demo-editor', version: 1 });
    expect(user.last_sign_in_at).toBeTruthy();
    const teams = await sql<{ team_id: string }>('SELECT team_id FROM team_memberships WHERE user_id = $1', [first.id]);
    expect(teams).toEqual([{ team_id: italy.id }]);
    const changes = await sql<{ record_type: string; action: string; actor_id: string }>(
      `SELECT record_type, action, actor_id FROM changes WHERE record_id IN ($1, $2) ORDER BY record_type`,
      [first.id, italy.id],
    );
    expect(changes).toEqual([
      { record_type: 'Team', action: 'link', actor_id: first.id },
      { record_type: 'User', action: 'create', actor_id: first.id },
      { record_type: 'User', action: 'link', actor_id: first.id },
    ]);

    // Signing in again: the same user, unchanged; a team the claims no longer name is left.
    await db.dataSource.query(`INSERT INTO team_memberships (team_id, user_id) VALUES ($1, $2)`, [other.id, first.id]);
    const again = await me(await signedInBrowser(server.url, 'demo-editor'));
    expect(again.id).toBe(first.id);
    expect(await sql('SELECT id FROM users WHERE subject = $1', ['demo-editor'])).toHaveLength(1);
    expect(await sql('SELECT team_id FROM team_memberships WHERE user_id = $1', [first.id])).toEqual([
      { team_id: italy.id },
    ]);
    expect((await sql<{ version: number }>('SELECT version FROM users WHERE id = $1', [first.id]))[0].version).toBe(1);
  });

  it('should follow the role claim at each sign-in', async () => {
    const browser = await signedInBrowser(server.url, 'demo-viewer');
    const vera = await me(browser);
    expect(vera.role).toBe('VIEWER');
    await sql(`UPDATE users SET role = 'admin' WHERE id = $1`, [vera.id]);
    expect((await me(await signedInBrowser(server.url, 'demo-viewer'))).role).toBe('VIEWER');
  });

  it('should make the users of ADMIN_EMAILS admins, and give viewer when the role claim says nothing', async () => {
    expect(await me(await signedInBrowser(admins.url, 'demo-viewer'), admins.url)).toMatchObject({
      name: 'Vera Viewer',
      role: 'ADMIN',
    });
    expect(await me(await signedInBrowser(admins.url, 'demo-admin'), admins.url)).toMatchObject({ role: 'VIEWER' });
  });

  it('should refuse a deactivated user', async () => {
    const ada = await me(await signedInBrowser(server.url, 'demo-admin'));
    await sql('UPDATE users SET deleted_at = now() WHERE id = $1', [ada.id]);
    const browser = new Browser();
    const response = await signIn(browser, server.url, 'demo-admin');
    expect(response.status).toBe(403);
    expect(response.text).toContain('This account has been deactivated');
    expect(browser.cookie(server.url, 'liaison_session')).toBeUndefined();
    await sql('UPDATE users SET deleted_at = NULL WHERE id = $1', [ada.id]);
  });

  it('should take over the user made from the command line with the same email', async () => {
    await sql(`DELETE FROM users WHERE email = 'eddie.editor@demo.liaison.test'`);
    const user = await db.dataSource.transaction((manager) =>
      findOrCreateOperatorUser(manager, 'eddie.editor@demo.liaison.test', 'admin'),
    );
    const signedIn = await me(await signedInBrowser(server.url, 'demo-editor'));
    expect(signedIn).toMatchObject({
      id: user.id,
      name: 'Eddie Editor',
      email: 'eddie.editor@demo.liaison.test',
      role: 'EDITOR',
    });
    expect(await sql('SELECT issuer, subject FROM users WHERE id = $1', [user.id])).toEqual([
      { issuer: `${server.url}/oidc`, subject: 'demo-editor' },
    ]);
  });

  it('should leave out an email another user has, rather than fail', async () => {
    await sql(`DELETE FROM users WHERE email = 'vera.viewer@demo.liaison.test' OR subject = 'demo-viewer'`);
    await sql(
      `INSERT INTO users (issuer, subject, name, email) VALUES ('https://elsewhere', 'x', 'Someone', 'vera.viewer@demo.liaison.test')`,
    );
    expect(await me(await signedInBrowser(server.url, 'demo-viewer'))).toMatchObject({
      name: 'Vera Viewer',
      email: null,
    });
  });
});
