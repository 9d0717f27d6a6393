import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { calculatePKCECodeChallenge, randomPKCECodeVerifier } from 'openid-client';
import express from 'express';
import pino from 'pino';
import { createLogger } from '../../core/log/logger';
import { Browser } from '../../../test/browser';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { startTestServer, type TestServer } from '../../../test/server';
import { authorizeAt, browserGraphql, signIn, startSignIn } from '../../../test/sign-in';
import { newDemoSecrets } from '../demo-idp/demo-adapter';
import { DEMO_CLIENT_ID, providerRoutes } from '../demo-idp/demo-idp.routes';
import { createDemoProvider } from '../demo-idp/demo-provider';

const ME = '{ me { name } }';

/** Every callback here must be refused: 4xx, no session cookie, still anonymous. */
async function expectRefused(browser: Browser, url: string, callback: string) {
  const response = await browser.request(callback);
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.text).toContain('Sign-in failed');
  expect(browser.cookie(url, 'liaison_session')).toBeUndefined();
  expect((await browserGraphql(browser, url, ME)).body).toEqual({ data: { me: null } });
  return response;
}

const withParam = (href: string, name: string, value: string | null) => {
  const url = new URL(href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  return url.href;
};

describe('a tampered sign-in', () => {
  let db: TestDatabase;
  let server: TestServer;
  const logs: string[] = [];
  /** Why the last sign-in failed, as logged. */
  const lastReason = () => {
    const line = logs.filter((entry) => entry.includes('"sign-in failed"')).at(-1);
    const reason = line
      ? (JSON.parse(line) as { reason: { name?: string; error?: string; cause?: { message?: string } } }).reason
      : {};
    return reason.cause?.message ?? reason.error ?? reason.name ?? '';
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const logger = createLogger('info', { write: (line: string) => logs.push(line) });
    server = await startTestServer(db, { logger });
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should refuse a callback whose state differs from the one sent', async () => {
    const browser = new Browser();
    const callback = await authorizeAt(browser, await startSignIn(browser, server.url));
    await expectRefused(browser, server.url, withParam(callback, 'state', 'forged-state'));
    expect(lastReason()).toMatch(/"state"/);
  });

  it('should refuse an ID token whose nonce differs from the one sent', async () => {
    const browser = new Browser();
    const authorization = withParam(await startSignIn(browser, server.url), 'nonce', 'forged-nonce');
    await expectRefused(browser, server.url, await authorizeAt(browser, authorization));
    expect(lastReason()).toMatch(/"nonce"/);
  });

  it('should refuse a code bound to another PKCE verifier', async () => {
    const browser = new Browser();
    const challenge = await calculatePKCECodeChallenge(randomPKCECodeVerifier());
    const authorization = withParam(await startSignIn(browser, server.url), 'code_challenge', challenge);
    await expectRefused(browser, server.url, await authorizeAt(browser, authorization));
    expect(lastReason()).toMatch(/invalid_grant/);
  });

  it('should refuse a replayed callback and a replayed code', async () => {
    const browser = new Browser();
    const callback = await authorizeAt(browser, await startSignIn(browser, server.url));
    expect((await browser.request(callback)).status).toBe(303);

    const attacker = new Browser();
    await expectRefused(attacker, server.url, callback);
    expect(lastReason()).toMatch(/NoPendingSignIn/);

    // A fresh sign-in's state with the used code: the provider refuses the code a second time.
    const fresh = new URL(await startSignIn(attacker, server.url));
    await expectRefused(attacker, server.url, withParam(callback, 'state', fresh.searchParams.get('state')));
    expect(lastReason()).toMatch(/invalid_grant/);
  });

  it('should refuse a sign-in without its cookie (started in another browser)', async () => {
    const victim = new Browser();
    const callback = await authorizeAt(victim, await startSignIn(victim, server.url));
    await expectRefused(new Browser(), server.url, callback);
  });

  describe('answered by another issuer', () => {
    let other: Server;
    let otherIssuer: string;

    beforeAll(async () => {
      // A second oidc-provider on another port (and host name, so browsers keep its cookies
      // apart), knowing the same client and callback: it issues codes for it as well.
      const app = express();
      other = createServer(app);
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      otherIssuer = `http://localhost:${(other.address() as AddressInfo).port}/oidc`;
      const provider = await createDemoProvider({
        issuer: otherIssuer,
        client: {
          id: DEMO_CLIENT_ID,
          secret: 'another-secret',
          redirectUri: `${server.url}/auth/callback`,
          postLogoutRedirectUri: `${server.url}/`,
          backchannelLogoutUri: `${server.url}/auth/backchannel-logout`,
        },
        secrets: newDemoSecrets(),
        dataSource: null,
        logger: pino({ level: 'silent' }),
      });
      app.use(providerRoutes(async () => provider));
    });
    afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

    it('should refuse its code, with or without the iss parameter', async () => {
      const reasons: string[] = [];
      for (const keepIss of [true, false]) {
        const browser = new Browser();
        const ours = new URL(await startSignIn(browser, server.url));
        const theirs = `${otherIssuer}/auth${ours.search}`;
        let callback = await authorizeAt(browser, theirs);
        expect(new URL(callback).searchParams.get('iss')).toBe(otherIssuer);
        if (!keepIss) callback = withParam(callback, 'iss', null);
        await expectRefused(browser, server.url, callback);
        reasons.push(lastReason());
      }
      expect(reasons[0]).toMatch(/"iss"/);
      expect(reasons[1]).toMatch(/"iss"/);
    });
  });

  it('should log refused sign-ins without codes or secrets', async () => {
    const browser = new Browser();
    const callback = await authorizeAt(browser, await startSignIn(browser, server.url));
    const code = new URL(callback).searchParams.get('code')!;
    const cookie = browser.cookie(server.url, 'liaison_sign_in')!;
    await expectRefused(browser, server.url, withParam(callback, 'state', 'forged-state'));
    const failures = logs.filter((line) => line.includes('"sign-in failed"'));
    expect(failures.length).toBeGreaterThan(0);
    expect(logs.some((line) => line.includes('/auth/callback?'))).toBe(true);
    expect(logs.join('\n')).not.toContain(code);
    expect(logs.join('\n')).not.toContain(cookie);
  });

  it('should still sign in after all this', async () => {
    expect((await signIn(new Browser(), server.url)).status).toBe(303);
  });
});
