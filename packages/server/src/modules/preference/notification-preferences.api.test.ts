import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { TokenScope } from '../token/api-token.entity';
import { failure, graphql, ok, startTestServer, type TestServer } from '../../../test/server';

const READ = `{ myNotificationPreferences { dueTodoReminders followUpReminders mentions emailDigest updatedAt } }`;
const UPDATE = `mutation($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) { dueTodoReminders followUpReminders mentions emailDigest updatedAt }
}`;

describe('notification preferences', () => {
  let db: TestDatabase;
  let server: TestServer;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    alice = (await createUser(db.dataSource, { role: 'viewer' })).token;
    bob = (await createUser(db.dataSource, { role: 'editor' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should answer the defaults before anything is stored', async () => {
    expect((await ok(server.url, alice, READ)).myNotificationPreferences).toEqual({
      dueTodoReminders: true,
      followUpReminders: true,
      mentions: true,
      emailDigest: 'WEEKLY',
      updatedAt: null,
    });
  });

  it("should store a user's own changes, keep the fields left out, and leave other users alone", async () => {
    await ok(server.url, alice, UPDATE, { input: { mentions: false, emailDigest: 'DAILY' } });
    const second = await ok<{ updateNotificationPreferences: Record<string, unknown> }>(server.url, alice, UPDATE, {
      input: { dueTodoReminders: false },
    });
    expect(second.updateNotificationPreferences).toMatchObject({
      dueTodoReminders: false,
      followUpReminders: true,
      mentions: false,
      emailDigest: 'DAILY',
      updatedAt: expect.any(String),
    });
    expect((await ok(server.url, alice, READ)).myNotificationPreferences).toEqual(second.updateNotificationPreferences);
    expect(
      (await ok<{ myNotificationPreferences: { emailDigest: string } }>(server.url, bob, READ))
        .myNotificationPreferences.emailDigest,
    ).toBe('WEEKLY');
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM notification_preferences`);
    expect(n).toBe(1);
  });

  it('should refuse a digest frequency that does not exist, a null and a wrong type', async () => {
    const unknown = await graphql(server.url, UPDATE, { input: { emailDigest: 'HOURLY' } }, bob);
    expect(unknown.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await failure(server.url, bob, UPDATE, { input: { mentions: null } })).code).toBe('BAD_USER_INPUT');
    const wrongType = await graphql(server.url, UPDATE, { input: { mentions: 'yes' } }, bob);
    expect(wrongType.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await ok<{ myNotificationPreferences: { mentions: boolean } }>(server.url, bob, READ)).myNotificationPreferences
        .mentions,
    ).toBe(true);
  });

  it('should refuse anonymous requests and changes through a read-only token', async () => {
    expect((await failure(server.url, undefined, READ)).code).toBe('UNAUTHENTICATED');
    const reader = (await createUser(db.dataSource, { role: 'editor', scope: TokenScope.READ })).token;
    expect((await ok(server.url, reader, READ)).myNotificationPreferences).toBeTruthy();
    expect((await failure(server.url, reader, UPDATE, { input: { mentions: false } })).code).toBe('FORBIDDEN');
  });
});
