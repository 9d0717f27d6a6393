import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { graphql, startTestServer, type TestServer } from '../../../test/server';

/** Makes the test database unreachable the way an outage would, not by closing our pool. */
async function breakDatabase(db: TestDatabase): Promise<void> {
  if (!db.url) {
    const { getPGliteInstance } = await import('typeorm-pglite');
    await (await getPGliteInstance()).close();
    return;
  }
  const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  const name = new URL(db.url).pathname.slice(1);
  await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
  await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
  await admin.end();
}

describe('health endpoints', () => {
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

  it('should answer version over /graphql with a request id', async () => {
    const { status, body } = await graphql<{ version: string }>(server.url, '{ version }');
    expect(status).toBe(200);
    expect(body.data?.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('should echo a sane X-Request-Id and replace an unsafe one', async () => {
    const kept = await fetch(`${server.url}/readyz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(kept.headers.get('x-request-id')).toBe('abc-123');
    const replaced = await fetch(`${server.url}/readyz`, { headers: { 'x-request-id': '<script>alert(1)</script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should report ready while serving', async () => {
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('should report a healthy database, then a broken one with 503', async () => {
    const healthy = await fetch(`${server.url}/healthz`);
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toEqual({ status: 'ok', database: 'ok' });

    await breakDatabase(db);

    const broken = await fetch(`${server.url}/healthz`);
    expect(broken.status).toBe(503);
    expect(await broken.json()).toMatchObject({ status: 'error', database: 'error' });
  });
});
