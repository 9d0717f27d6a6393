import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { graphql, ok, startTestServer, type TestServer } from '../../../test/server';
import { TokenScope } from './api-token.entity';
import { issueToken, TOKEN_VIEWER_TTL_MS } from './api-token.service';

/**
 * An instance keeps the viewer of a checked token for a bound (5 s); the clock of that cache is
 * moved by hand here, so the bound itself is what is tested.
 */
describe('the token viewer cache', () => {
  let db: TestDatabase;
  let server: TestServer;
  let clock = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db, { tokens: { cacheMs: TOKEN_VIEWER_TTL_MS, now: () => clock } });
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const statements = async (token: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ version }' }),
    });
    expect(response.status).toBe(200);
    return Number(response.headers.get('x-sql-statements'));
  };
  const status = async (token: string) => (await graphql(server.url, '{ version }', undefined, token)).status;

  it('should look a token up once within the bound', async () => {
    const { token } = await createUser(db.dataSource, { role: 'viewer' });
    const first = await statements(token);
    expect(first).toBeGreaterThanOrEqual(1);
    clock += TOKEN_VIEWER_TTL_MS - 1;
    expect(await statements(token)).toBe(0);
    clock += 1;
    expect(await statements(token)).toBeGreaterThanOrEqual(1);
  });

  it('should stop a token revoked elsewhere within the bound, never later', async () => {
    const { user, token } = await createUser(db.dataSource, { role: 'viewer' });
    expect(await status(token)).toBe(200);
    // Another instance (or SQL) revokes it: this instance may answer from its cache until the bound.
    await db.dataSource.query(`UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1`, [user.id]);
    clock += TOKEN_VIEWER_TTL_MS - 1;
    expect(await status(token)).toBe(200);
    clock += 1;
    expect(await status(token)).toBe(401);
    clock += 1;
    expect(await status(token)).toBe(401);
  });

  it('should stop the tokens of a removed user and apply a new role within the bound', async () => {
    const removed = await createUser(db.dataSource, { role: 'editor' });
    const demoted = await createUser(db.dataSource, { role: 'editor' });
    const create = `mutation { createOrganization(input: { name: "Cached ${Date.now()}", kind: OTHER }) { id } }`;
    await ok(server.url, demoted.token, create);
    expect(await status(removed.token)).toBe(200);
    await db.dataSource.query(`UPDATE users SET deleted_at = now() WHERE id = $1`, [removed.user.id]);
    await db.dataSource.query(`UPDATE users SET role = 'viewer' WHERE id = $1`, [demoted.user.id]);
    clock += TOKEN_VIEWER_TTL_MS;
    expect(await status(removed.token)).toBe(401);
    const { body } = await graphql(server.url, create, undefined, demoted.token);
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should forget a token revoked through this instance at once', async () => {
    const { user, token: owner } = await createUser(db.dataSource, { role: 'editor' });
    const other = await issueToken(db.dataSource.manager, user.id, { name: 'second', scope: TokenScope.READ });
    expect(await status(other.secret)).toBe(200);
    const revoke = `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { revokedAt } }`;
    await ok(server.url, owner, revoke, { id: other.token.id });
    expect(await status(other.secret)).toBe(401);
  });
});
