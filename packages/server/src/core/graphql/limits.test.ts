import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { graphql, startTestServer, type TestServer } from '../../../test/server';
import { DEFAULT_QUERY_LIMITS } from './limits';

describe('operation limits', () => {
  let db: TestDatabase;
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    token = (await createUser(db.dataSource, { role: 'viewer' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  async function expectRefused(query: string, message: RegExp) {
    const { status, body } = await graphql(server.url, query, undefined, token);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].message).toMatch(message);
  }

  it('should answer a reasonable nested operation', async () => {
    const { status, body } = await graphql(
      server.url,
      '{ organizations(first: 50) { nodes { name parent { name } children(first: 20) { totalCount nodes { name } } } } }',
      undefined,
      token,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('should refuse an operation nested too deep', async () => {
    const deep =
      'parent { '.repeat(DEFAULT_QUERY_LIMITS.maxDepth) + 'name' + ' }'.repeat(DEFAULT_QUERY_LIMITS.maxDepth);
    await expectRefused(`{ organizations { nodes { ${deep} } } }`, /depth/i);
  });

  it('should refuse too many aliases', async () => {
    const aliases = Array.from({ length: DEFAULT_QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: version`).join(' ');
    await expectRefused(`{ ${aliases} }`, /alias/i);
  });

  it('should refuse an oversized document', async () => {
    const fields = Array.from({ length: DEFAULT_QUERY_LIMITS.maxTokens }, () => 'version').join(' ');
    await expectRefused(`{ ${fields} }`, /token/i);
  });

  it('should refuse an operation whose page sizes multiply past the cost limit', async () => {
    await expectRefused(
      '{ organizations(first: 500) { nodes { children(first: 500) { nodes { children(first: 500) { nodes { name } } } } } } }',
      /may cost \d+ and the limit is 250000/,
    );
  });

  it('should weigh variables too', async () => {
    const { status, body } = await graphql(
      server.url,
      'query($n: Int) { organizations(first: $n) { nodes { children(first: $n) { nodes { children(first: $n) { nodes { name } } } } } } }',
      { n: 500 },
      token,
    );
    expect(status).toBe(400);
    expect(body.errors?.[0].message).toMatch(/may cost/);
  });
});
