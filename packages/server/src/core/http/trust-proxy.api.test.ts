import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { startTestServer, type TestServer } from '../../../test/server';

/** Anonymous requests to /graphql and to /auth, each claiming to come from `forwardedFor`. */
const fromClaimedAddress = (url: string, forwardedFor: string) => ({
  graphql: () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query: '{ version }' }),
    }).then((response) => response.status),
  auth: () =>
    fetch(`${url}/auth/login`, { redirect: 'manual', headers: { 'x-forwarded-for': forwardedFor } }).then(
      (response) => response.status,
    ),
});

describe('trusted proxies', () => {
  let db: TestDatabase;
  /** Trusts only a proxy elsewhere: the tests' client, on loopback, is a client like any other. */
  let untrusted: TestServer;
  /** The default: a proxy on the same machine (loopback) is believed. */
  let behindLocalProxy: TestServer;
  const rateLimit = { windowMs: 60_000, graphql: 3, auth: 2 };

  beforeAll(async () => {
    db = await createTestDatabase();
    untrusted = await startTestServer(db, { rateLimit, trustProxy: ['192.0.2.1'] });
    behindLocalProxy = await startTestServer(db, { rateLimit });
  });
  beforeEach(async () => {
    await db.dataSource.query('DELETE FROM rate_limits');
  });
  afterAll(async () => {
    await untrusted.stop();
    await behindLocalProxy.stop();
    await db.drop();
  });

  it('should trust no private network by default, only loopback', () => {
    const trusts = behindLocalProxy.server.app.get('trust proxy fn') as (address: string, hop: number) => boolean;
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) expect(trusts(address, 0)).toBe(true);
    for (const address of ['10.1.2.3', '172.16.0.9', '192.168.1.20', '169.254.0.1', 'fd00::1', '192.0.2.2']) {
      expect(trusts(address, 0)).toBe(false);
    }
  });

  it('should not let a client that is not a trusted proxy escape the anonymous limit by rotating X-Forwarded-For', async () => {
    const statuses = [];
    for (let i = 1; i <= 5; i++) statuses.push(await fromClaimedAddress(untrusted.url, `203.0.113.${i}`).graphql());
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('should not let such a client escape the /auth limit either', async () => {
    const statuses = [];
    for (let i = 1; i <= 4; i++) statuses.push(await fromClaimedAddress(untrusted.url, `203.0.113.${i}`).auth());
    expect(statuses).toEqual([303, 303, 429, 429]);
  });

  it("should count each client a trusted proxy names apart, and that client's requests together", async () => {
    const first = fromClaimedAddress(behindLocalProxy.url, '203.0.113.7');
    const second = fromClaimedAddress(behindLocalProxy.url, '198.51.100.7, 203.0.113.8');
    expect([await first.graphql(), await first.graphql(), await first.graphql(), await first.graphql()]).toEqual([
      200, 200, 200, 429,
    ]);
    expect(await second.graphql()).toBe(200);
    expect([await first.auth(), await first.auth(), await first.auth()]).toEqual([303, 303, 429]);
    expect(await second.auth()).toBe(303);
  });
});
