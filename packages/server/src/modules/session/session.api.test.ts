import { Browser } from '../../../test/browser';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { startTestServer, type TestServer } from '../../../test/server';
import { browserGraphql, formFields, signIn, signedInBrowser } from '../../../test/sign-in';

const ME = '{ me { name } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const me = async (browser: Browser, url: string) => (await browserGraphql(browser, url, ME)).body.data?.me ?? null;

describe('sessions', () => {
  let db: TestDatabase;
  const servers: TestServer[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await db.drop();
  });

  async function serve(session?: { idleTimeoutMs: number; absoluteTimeoutMs: number }): Promise<string> {
    const server = await startTestServer(db, session ? { signIn: { session, claims: { adminEmails: [] } } } : {});
    servers.push(server);
    return server.url;
  }

  it('should go back to returnTo when it is a path of this site, and to / otherwise', async () => {
    const url = await serve();
    const cases: [string, string][] = [
      ['/contacts/42?tab=notes#top', `${url}/contacts/42?tab=notes#top`],
      ['https://evil.example/steal', `${url}/`],
      ['//evil.example/steal', `${url}/`],
      ['/\\evil.example', `${url}/`],
      ['javascript:alert(1)', `${url}/`],
    ];
    for (const [returnTo, expected] of cases) {
      const response = await signIn(new Browser(), url, 'demo-viewer', returnTo);
      expect([returnTo, response.status, response.location]).toEqual([returnTo, 303, expected]);
    }
  });

  it('should end a session after the idle timeout, but not while it is used', async () => {
    const url = await serve({ idleTimeoutMs: 1_500, absoluteTimeoutMs: 60_000 });
    const browser = await signedInBrowser(url, 'demo-viewer');
    for (let i = 0; i < 3; i++) {
      expect(await me(browser, url)).toEqual({ name: 'Vera Viewer' });
      await sleep(700);
    }
    await sleep(1_800);
    expect(await me(browser, url)).toBeNull();
  });

  it('should end a session at its absolute timeout, however busy', async () => {
    const url = await serve({ idleTimeoutMs: 60_000, absoluteTimeoutMs: 2_000 });
    const browser = await signedInBrowser(url, 'demo-viewer');
    expect(await me(browser, url)).toEqual({ name: 'Vera Viewer' });
    const deadline = Date.now() + 2_300;
    while (Date.now() < deadline) {
      await me(browser, url);
      await sleep(300);
    }
    expect(await me(browser, url)).toBeNull();
  });

  it('should answer an unknown or malformed session cookie as anonymous, not as an error', async () => {
    const url = await serve();
    for (const value of ['x'.repeat(43), 'not a secret', '']) {
      const browser = new Browser();
      browser.setCookie(url, 'liaison_session', value);
      expect(await browserGraphql(browser, url, ME)).toEqual({ status: 200, body: { data: { me: null } } });
    }
  });

  it("should end the sessions of the provider's session when it signs out there (back-channel logout)", async () => {
    const url = await serve();
    const browser = await signedInBrowser(url, 'demo-admin');
    const elsewhere = await signedInBrowser(url, 'demo-admin');
    expect(await me(browser, url)).toEqual({ name: 'Ada Admin' });

    // Signing out at the provider itself, not through Liaison.
    const page = await browser.request(`${url}/oidc/session/end`);
    expect(page.status).toBe(200);
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(page.text)![1];
    const done = await browser.request(new URL(action, url).href, {
      form: { ...formFields(page.text), logout: 'yes' },
    });
    expect(done.status).toBe(303);

    expect(browser.cookie(url, 'liaison_session')).toBeDefined();
    expect(await me(browser, url)).toBeNull();
    // Another browser has its own provider session: it stays signed in.
    expect(await me(elsewhere, url)).toEqual({ name: 'Ada Admin' });
  });

  it('should refuse a back-channel logout token that is not signed by the provider', async () => {
    const url = await serve();
    const browser = await signedInBrowser(url, 'demo-admin');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'logout+jwt' })).toString('base64url');
    const claims = {
      iss: `${url}/oidc`,
      aud: 'liaison',
      iat: Math.floor(Date.now() / 1000),
      jti: 'x',
      sub: 'demo-admin',
      events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
    };
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    for (const body of [{ logout_token: forged }, { logout_token: 'garbage' }, {}] as Record<string, string>[]) {
      const response = await new Browser().request(`${url}/auth/backchannel-logout`, { form: body });
      expect(response.status).toBe(400);
      expect(JSON.parse(response.text)).toEqual({
        error: 'invalid_request',
        error_description: 'The logout token is not valid.',
      });
    }
    expect(await me(browser, url)).toEqual({ name: 'Ada Admin' });
  });

  it('should refuse a sign-out posted from another site', async () => {
    const url = await serve();
    const browser = await signedInBrowser(url, 'demo-editor');
    for (const headers of [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ] as Record<string, string>[]) {
      const response = await browser.request(`${url}/auth/logout`, { method: 'POST', headers });
      expect(response.status).toBe(403);
    }
    expect(await me(browser, url)).toEqual({ name: 'Eddie Editor' });

    const json = await browser.request(`${url}/auth/logout`, {
      method: 'POST',
      headers: { origin: url, accept: 'application/json' },
    });
    expect(json.status).toBe(200);
    expect(JSON.parse(json.text)).toEqual({
      redirectTo: expect.stringMatching(new RegExp(`^${url}/oidc/session/end\\?`)),
    });
    expect(await me(browser, url)).toBeNull();
  });

  it('should serve GET requests of auth pages without changing anything, and no GET sign-out', async () => {
    const url = await serve();
    const browser = await signedInBrowser(url, 'demo-editor');
    expect((await browser.request(`${url}/auth/logout`)).status).toBe(404);
    expect(await me(browser, url)).toEqual({ name: 'Eddie Editor' });
  });
});
