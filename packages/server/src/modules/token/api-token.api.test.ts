import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { browserGraphql, signedInBrowser } from '../../../test/sign-in';
import { failure, graphql, ok, startTestServer, type TestServer } from '../../../test/server';
import type { Browser } from '../../../test/browser';

const CREATE = `mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { secret token { id name prefix scope expiresAt } }
}`;

describe('personal API tokens', () => {
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

  async function create(input: Record<string, unknown>) {
    const { body } = await browserGraphql(editor, server.url, CREATE, { input });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return (body.data as { createApiToken: { secret: string; token: { id: string; prefix: string } } }).createApiToken;
  }

  it('should show the secret once, store only its hash and list the token with its last use', async () => {
    const { secret, token } = await create({ name: 'nightly export', scope: 'READ' });
    expect(secret).toMatch(/^lsn_/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const stored = await db.dataSource.query(`SELECT token_hash FROM api_tokens WHERE id = $1`, [token.id]);
    expect(stored[0].token_hash).not.toContain(secret.slice(4, 20));

    await ok(server.url, secret, '{ organizations(first: 1) { totalCount } }');
    const { body } = await browserGraphql(editor, server.url, '{ myApiTokens { id name lastUsedAt revokedAt } }');
    const listed = (body.data as { myApiTokens: { id: string; lastUsedAt: string | null }[] }).myApiTokens;
    expect(listed.find((t) => t.id === token.id)?.lastUsedAt).toBeTruthy();
    expect(JSON.stringify(body)).not.toContain(secret);
  });

  it('should record a use at most once a minute, so that reading with a token writes nothing', async () => {
    const { secret, token } = await create({ name: 'frequent reader', scope: 'READ' });
    const lastUse = async (): Promise<Date> =>
      (await db.dataSource.query(`SELECT last_used_at FROM api_tokens WHERE id = $1`, [token.id]))[0].last_used_at;
    const setLastUse = (ago: string) =>
      db.dataSource.query(`UPDATE api_tokens SET last_used_at = now() - $2::interval WHERE id = $1`, [token.id, ago]);

    await setLastUse('30 seconds');
    const recent = await lastUse();
    await ok(server.url, secret, '{ version }');
    await ok(server.url, secret, '{ version }');
    expect(await lastUse()).toEqual(recent);

    await setLastUse('2 minutes');
    const stale = await lastUse();
    await ok(server.url, secret, '{ version }');
    expect((await lastUse()).getTime()).toBeGreaterThan(stale.getTime() + 60_000);
  });

  it('should keep a READ token from mutating and a token from making tokens', async () => {
    const { secret } = await create({ name: 'read only', scope: 'READ' });
    const mutation = `mutation { createOrganization(input: { name: "Nope", kind: OTHER }) { id } }`;
    expect((await failure(server.url, secret, mutation)).code).toBe('FORBIDDEN');
    const write = await create({ name: 'writer', scope: 'WRITE' });
    await ok(server.url, write.secret, mutation);
    expect((await failure(server.url, write.secret, CREATE, { input: { name: 'x', scope: 'WRITE' } })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('should never let a token do more than its owner may now do', async () => {
    const { secret } = await create({ name: 'demoted', scope: 'WRITE' });
    await db.dataSource.query(`UPDATE users SET role = 'viewer' WHERE email LIKE 'eddie%' OR name LIKE 'Eddie%'`);
    const error = await failure(
      server.url,
      secret,
      `mutation { createOrganization(input: { name: "Nope", kind: OTHER }) { id } }`,
    );
    expect(error.code).toBe('FORBIDDEN');
    await db.dataSource.query(`UPDATE users SET role = 'editor' WHERE email LIKE 'eddie%' OR name LIKE 'Eddie%'`);
  });

  it('should stop working once revoked or expired', async () => {
    const revoked = await create({ name: 'to revoke', scope: 'READ' });
    const { body } = await browserGraphql(
      editor,
      server.url,
      `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { revokedAt } }`,
      {
        id: revoked.token.id,
      },
    );
    expect(body.errors).toBeUndefined();
    expect((await graphql(server.url, '{ version }', undefined, revoked.secret)).status).toBe(401);

    const expiring = await create({
      name: 'short',
      scope: 'READ',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    await db.dataSource.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expiring.token.id,
    ]);
    expect((await graphql(server.url, '{ version }', undefined, expiring.secret)).status).toBe(401);

    const past = await browserGraphql(editor, server.url, CREATE, {
      input: { name: 'late', scope: 'READ', expiresAt: '2020-01-01T00:00:00.000Z' },
    });
    expect(past.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
