import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { startTestServer, type TestServer } from '../../../test/server';

async function authInfo(url: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ authInfo { demo } }' }),
  });
  return response.json();
}

describe('authInfo', () => {
  let db: TestDatabase;
  const servers: TestServer[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await db.drop();
  });

  it('should tell anyone, signed in or not, that the built-in demo provider signs people in', async () => {
    const server = await startTestServer(db);
    servers.push(server);
    expect(await authInfo(server.url)).toEqual({ data: { authInfo: { demo: true } } });
  });

  it('should say demo: false when an OpenID provider is configured', async () => {
    const server = await startTestServer(db, {
      signIn: {
        oidc: { issuer: 'https://idp.example.org', clientId: 'liaison', clientSecret: 'secret', scopes: ['openid'] },
      },
    });
    servers.push(server);
    expect(await authInfo(server.url)).toEqual({ data: { authInfo: { demo: false } } });
  });
});
