import { Browser } from '../../../test/browser';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { graphql, startTestServer, type TestServer } from '../../../test/server';
import { browserGraphql, signedInBrowser, startSignIn } from '../../../test/sign-in';

const CREATE = `mutation { createOrganization(input: { name: "Forged University", kind: UNIVERSITY }) { id } }`;

describe('abuse resistance', () => {
  let db: TestDatabase;
  let server: TestServer;
  let editor: Browser;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    editor = await signedInBrowser(server.url, 'demo-editor');
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const forged = async () =>
    (await db.dataSource.query(`SELECT count(*)::int AS n FROM organizations WHERE name = 'Forged University'`))[0]
      .n as number;

  describe('cross-site request forgery', () => {
    it('should refuse a cookie-authenticated POST that is not JSON and has no preflight header', async () => {
      for (const contentType of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ]) {
        const response = await editor.request(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': contentType, origin: 'https://evil.example' },
          body: JSON.stringify({ query: CREATE }),
        });
        expect([contentType, response.status]).toEqual([contentType, 400]);
        expect(response.text).toMatch(/CSRF/);
      }
      expect(await forged()).toBe(0);
    });

    it('should refuse a cookie-authenticated mutation from another origin even with JSON', async () => {
      for (const headers of [
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { 'sec-fetch-site': 'cross-site' },
        { origin: 'https://evil.example', 'apollo-require-preflight': 'true' },
      ] as Record<string, string>[]) {
        const { status, body } = await browserGraphql(editor, server.url, CREATE, undefined, headers);
        expect(status).toBe(403);
        expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect(await forged()).toBe(0);
    });

    it('should refuse a mutation sent with GET', async () => {
      const url = `${server.url}/graphql?query=${encodeURIComponent(CREATE)}`;
      expect((await editor.request(url)).status).toBe(400);
      const preflighted = await editor.request(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(preflighted.status).toBe(405);
      expect(await forged()).toBe(0);
    });

    it('should accept the same mutation from this site, and from a token whatever the origin', async () => {
      const ours = await browserGraphql(editor, server.url, CREATE, undefined, {
        origin: server.url,
        'sec-fetch-site': 'same-origin',
      });
      expect(ours.body.errors).toBeUndefined();
      const { token } = await createUser(db.dataSource, { role: 'editor' });
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          origin: 'https://script.example',
        },
        body: JSON.stringify({ query: CREATE }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
      expect(await forged()).toBe(2);
    });
  });

  describe('security headers', () => {
    it('should send a strict Content Security Policy and the other helmet headers', async () => {
      for (const path of ['/healthz', '/graphql?query=%7Bversion%7D', '/oidc/.well-known/openid-configuration']) {
        const response = await fetch(`${server.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
        const csp = response.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self';");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("object-src 'none'");
        expect(csp).toMatch(/form-action 'self'(;|$)/);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
        expect(response.headers.get('x-powered-by')).toBeNull();
      }
    });

    it('should let the sign-in page work under it: no inline script, its stylesheet from here', async () => {
      const browser = new Browser();
      const page = await browser.follow(await startSignIn(browser, server.url));
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self';");
      expect(page.text).not.toMatch(/<script|\son[a-z]+=|style=/i);
      const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page.text)![1];
      expect(stylesheet).toBe('/oidc/demo.css');
      const css = await fetch(`${server.url}${stylesheet}`);
      expect(css.status).toBe(200);
      expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    });

    it('should let forms post to an external provider, for its logout page', async () => {
      const external = await startTestServer(db, {
        signIn: {
          oidc: { issuer: 'https://idp.example.org/realms/liaison', clientId: 'liaison', scopes: ['openid'] },
          session: { idleTimeoutMs: 60_000, absoluteTimeoutMs: 3_600_000 },
          claims: { adminEmails: [] },
        },
      });
      const response = await fetch(`${external.url}/healthz`);
      expect(response.headers.get('content-security-policy')).toMatch(
        /form-action 'self' https:\/\/idp\.example\.org(;|$)/,
      );
      expect((await fetch(`${external.url}/oidc/.well-known/openid-configuration`)).status).toBe(404);
      await external.stop();
    });
  });
});

describe('rate limits', () => {
  let db: TestDatabase;
  const servers: TestServer[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    for (let i = 0; i < 2; i++) {
      servers.push(await startTestServer(db, { rateLimit: { windowMs: 60_000, graphql: 3, auth: 2 } }));
    }
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await db.drop();
  });

  it('should answer 429 with Retry-After past the limit of /graphql, counting across instances', async () => {
    const [a, b] = servers;
    for (const url of [a.url, b.url, a.url]) expect((await graphql(url, '{ version }')).status).toBe(200);
    const refused = await fetch(`${b.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ version }' }),
    });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit')).toMatch(/r=0/);
    const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfter });
  });

  it('should count each token apart from the anonymous requests of its address', async () => {
    const [a] = servers;
    const first = await createUser(db.dataSource, { role: 'viewer' });
    const second = await createUser(db.dataSource, { role: 'viewer' });
    for (let i = 0; i < 3; i++) expect((await graphql(a.url, '{ version }', undefined, first.token)).status).toBe(200);
    expect((await graphql(a.url, '{ version }', undefined, first.token)).status).toBe(429);
    expect((await graphql(a.url, '{ version }', undefined, second.token)).status).toBe(200);
  });

  it('should limit /auth per address with 429 and Retry-After', async () => {
    const [a, b] = servers;
    expect((await fetch(`${a.url}/auth/login`, { redirect: 'manual' })).status).toBe(303);
    expect((await fetch(`${b.url}/auth/login`, { redirect: 'manual' })).status).toBe(303);
    const refused = await fetch(`${a.url}/auth/login`, { redirect: 'manual' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/^Too many sign-in requests from this address; try again in \d+ seconds\.$/);
  });
});
