import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { Browser } from '../../../test/browser';
import { startTestServer, type TestServer } from '../../../test/server';
import { authorizeAt, browserGraphql, formFields, startSignIn } from '../../../test/sign-in';

const ME = '{ me { name email role } }';

describe('sign-in through the embedded OpenID provider', () => {
  let db: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should sign in a demo user, keep the session in a cookie, answer me and sign out at the provider', async () => {
    const browser = new Browser();
    const { url } = server;

    const login = await browser.request(`${url}/auth/login?returnTo=${encodeURIComponent('/organizations?page=2')}`);
    expect(login.status).toBe(303);
    const authorization = new URL(login.location!);
    expect(authorization.href.startsWith(`${url}/oidc/auth?`)).toBe(true);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    expect(login.headers.get('set-cookie')).toMatch(
      /^liaison_sign_in=[^;]+; Max-Age=600; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/,
    );

    const page = await browser.follow(authorization.href);
    expect(page.status).toBe(200);
    expect(page.url).toMatch(new RegExp(`^${url}/oidc/interaction/`));
    expect(page.text).toContain('Demo sign-in');
    expect(page.text).toContain('Ada Admin');
    expect(page.text).not.toMatch(/<script|style=/);

    const callback = await authorizeAt(browser, authorization.href, 'demo-editor');
    expect(new URL(callback).searchParams.get('iss')).toBe(`${url}/oidc`);
    const done = await browser.request(callback);
    expect(done.status).toBe(303);
    expect(done.location).toBe(`${url}/organizations?page=2`);
    const cookie = browser.cookie(url, 'liaison_session');
    expect(cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(done.headers.getSetCookie().find((line) => line.startsWith('liaison_session='))).toMatch(
      /; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/,
    );
    expect(done.text).not.toMatch(/eyJ/); // no token in what the browser gets

    const me = await browserGraphql(browser, url, `{ me { name email role } authInfo { demo } }`);
    expect(me.body).toEqual({
      data: {
        me: { name: 'Eddie Editor', email: 'eddie.editor@demo.liaison.test', role: 'EDITOR' },
        authInfo: { demo: true },
      },
    });

    const logout = await browser.request(`${url}/auth/logout`, { method: 'POST', headers: { origin: url } });
    expect(logout.status).toBe(303);
    const endSession = new URL(logout.location!);
    expect(endSession.href.startsWith(`${url}/oidc/session/end?`)).toBe(true);
    expect(endSession.searchParams.get('client_id')).toBe('liaison');
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${url}/`);
    expect(endSession.searchParams.has('id_token_hint')).toBe(false);
    expect(browser.cookie(url, 'liaison_session')).toBeUndefined();
    expect((await browserGraphql(browser, url, ME)).body).toEqual({ data: { me: null } });
    browser.setCookie(url, 'liaison_session', cookie!);
    expect((await browserGraphql(browser, url, ME)).body).toEqual({ data: { me: null } });

    const confirm = await browser.request(endSession.href);
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain('Demo sign-in');
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(confirm.text)![1];
    const signedOut = await browser.request(new URL(action, url).href, {
      form: { ...formFields(confirm.text), logout: 'yes' },
    });
    expect(signedOut.status).toBe(303);
    expect(signedOut.location).toBe(`${url}/`);

    // The provider forgot the user too: signing in again shows the choice of users again.
    const again = await browser.follow(await startSignIn(browser, url));
    expect(again.text).toContain('Demo sign-in');
  });

  it('should come back with a refusal when the user cancels at the provider', async () => {
    const browser = new Browser();
    const page = await browser.follow(await startSignIn(browser, server.url));
    const cancel = /<form method="post" action="([^"]+\/abort)"/.exec(page.text)![1];
    const back = await browser.follow(`${server.url}${cancel}`, { method: 'POST', form: {} }, (next) =>
      next.includes('/auth/callback'),
    );
    expect(new URL(back.url).searchParams.get('error')).toBe('access_denied');
    const response = await browser.request(back.url);
    expect(response.status).toBe(403);
    expect(response.text).toContain('The identity provider did not sign you in.');
    expect(browser.cookie(server.url, 'liaison_session')).toBeUndefined();
  });

  it('should name its cookies __Host- and make them Secure when PUBLIC_URL is https', async () => {
    const https = await startTestServer(db, {
      signIn: {
        publicUrl: 'https://liaison.example.org',
        session: { idleTimeoutMs: 60_000, absoluteTimeoutMs: 3_600_000 },
        claims: { adminEmails: [] },
      },
    });
    try {
      const login = await new Browser().request(`${https.url}/auth/login`);
      expect(login.headers.get('set-cookie')).toMatch(
        /^__Host-liaison_sign_in=[^;]+; Max-Age=600; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Lax$/,
      );
    } finally {
      await https.stop();
    }
  });

  it('should answer an expired or unknown sign-in page with a way to start again', async () => {
    const response = await new Browser().request(`${server.url}/oidc/interaction/unknown-uid`);
    expect(response.status).toBe(400);
    expect(response.text).toContain('Sign-in expired');
    expect(response.text).toContain('href="/auth/login"');
  });
});
