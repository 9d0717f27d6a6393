import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { insertRow } from '../../../test/rows';
import { createTeam, createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import type { User } from './user.entity';

const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id role expertise version } }`;
const LIST = `query($filter: UserFilter) { users(first: 100, filter: $filter) { totalCount nodes { name email } } }`;

async function setUp() {
  const db = await createTestDatabase();
  const server = await startTestServer(db);
  return { db, server, url: server.url };
}

describe('users over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let admin: string;
  let editor: string;
  let viewer: string;
  let viewerUser: User;

  beforeAll(async () => {
    ({ db, server, url } = await setUp());
    admin = (await createUser(db.dataSource, { role: 'admin', name: 'Ann Admin' })).token;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Ed Editor' })).token;
    ({ token: viewer, user: viewerUser } = await createUser(db.dataSource, {
      role: 'viewer',
      name: 'Val Viewer',
      email: 'val.viewer@example.org',
    }));
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const names = async (filter: Record<string, unknown>) =>
    (await ok<{ users: { nodes: { name: string }[] } }>(url, viewer, LIST, { filter })).users.nodes.map((u) => u.name);

  it('should list users by name with their email, filtered by text, role, team and expertise', async () => {
    const team = await createTeam(db.dataSource, { name: 'Filter team' });
    const { user: grace } = await createUser(db.dataSource, { role: 'editor', name: 'Ufil Grace', teamIds: [team.id] });
    const { user: alan } = await createUser(db.dataSource, { role: 'viewer', name: 'Ufil Alan' });
    await db.dataSource.query(`UPDATE users SET expertise = $2 WHERE id = $1`, [
      grace.id,
      ['Research Data Management'],
    ]);
    await db.dataSource.query(`UPDATE users SET expertise = $2 WHERE id = $1`, [alan.id, ['HPC', 'Cloud']]);

    const all = await ok<{ users: { nodes: { name: string; email: string }[] } }>(url, viewer, LIST, {
      filter: { text: 'ufil' },
    });
    expect(all.users.nodes).toEqual([
      { name: 'Ufil Alan', email: alan.email },
      { name: 'Ufil Grace', email: grace.email },
    ]);
    expect(await names({ text: 'val.viewer@' })).toEqual(['Val Viewer']);
    expect(await names({ text: 'ufil', roles: ['EDITOR'] })).toEqual(['Ufil Grace']);
    expect(await names({ teamIds: [team.id] })).toEqual(['Ufil Grace']);
    expect(await names({ expertise: 'data man' })).toEqual(['Ufil Grace']);
    expect(await names({ expertise: 'CLOUD' })).toEqual(['Ufil Alan']);
  });

  it('should find experts by a part of a topic, regardless of case', async () => {
    const { user } = await createUser(db.dataSource, { name: 'Xavier Expert' });
    await db.dataSource.query(`UPDATE users SET expertise = $2 WHERE id = $1`, [user.id, ['Federated Identity']]);
    const contact = await insertRow(db.dataSource, 'contacts', {
      first_name: 'Yara',
      last_name: 'Expert',
      expertise: ['Identity and access'],
    });
    await insertRow(db.dataSource, 'contacts', { last_name: 'Novice', expertise: ['storage'] });
    await insertRow(db.dataSource, 'contacts', {
      last_name: 'Trashed',
      expertise: ['identity'],
      deleted_at: new Date(),
    });
    const EXPERTS = `query($topic: String!) { experts(topic: $topic) {
      topic users { totalCount nodes { name } } contacts { totalCount nodes { id name } } } }`;
    const found = await ok<{ experts: unknown }>(url, viewer, EXPERTS, { topic: ' identity ' });
    expect(found.experts).toEqual({
      topic: 'identity',
      users: { totalCount: 1, nodes: [{ name: 'Xavier Expert' }] },
      contacts: { totalCount: 1, nodes: [{ id: contact, name: 'Yara Expert' }] },
    });
    expect((await failure(url, viewer, EXPERTS, { topic: '  ' })).code).toBe('BAD_USER_INPUT');
  });

  it("should let an admin change a user's role and expertise, recorded, and refuse a stale version", async () => {
    const updated = await ok<{ updateUser: Record<string, unknown> }>(url, admin, UPDATE, {
      input: {
        id: viewerUser.id,
        version: viewerUser.version,
        role: 'EDITOR',
        expertise: [' Cloud ', 'cloud', '', 'HPC'],
      },
    });
    expect(updated.updateUser).toMatchObject({
      role: 'EDITOR',
      expertise: ['Cloud', 'HPC'],
      version: viewerUser.version + 1,
    });
    const [change] = await db.dataSource.query(`SELECT diff FROM changes WHERE record_id = $1 AND action = 'update'`, [
      viewerUser.id,
    ]);
    expect(change.diff.role).toEqual({ before: 'viewer', after: 'editor' });
    const stale = await failure(url, admin, UPDATE, {
      input: { id: viewerUser.id, version: viewerUser.version, role: 'VIEWER' },
    });
    expect(stale.code).toBe('CONFLICT');
  });

  it('should refuse user changes to editors and viewers', async () => {
    const { user } = await createUser(db.dataSource, { role: 'viewer' });
    const input = { id: user.id, version: 1, role: 'ADMIN' };
    expect((await failure(url, editor, UPDATE, { input })).code).toBe('FORBIDDEN');
    expect((await failure(url, viewer, UPDATE, { input })).code).toBe('FORBIDDEN');
    const [row] = await db.dataSource.query(`SELECT role FROM users WHERE id = $1`, [user.id]);
    expect(row.role).toBe('viewer');
  });

  it('should refuse anonymous reads of users', async () => {
    expect((await failure(url, undefined, '{ users { totalCount } }')).code).toBe('UNAUTHENTICATED');
  });
});

describe('the last admin', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;

  beforeAll(async () => ({ db, server, url } = await setUp()));
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  // Each test starts with no admin at all in its database.
  beforeEach(() => db.dataSource.query(`UPDATE users SET role = 'viewer' WHERE role = 'admin'`));

  it('should not be demoted, and may be once another admin exists', async () => {
    const { user: only, token } = await createUser(db.dataSource, { role: 'admin' });
    const refused = await failure(url, token, UPDATE, {
      input: { id: only.id, version: only.version, role: 'EDITOR' },
    });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions.fields).toEqual({
      role: ['cannot demote the last admin: make another user an admin first'],
    });

    const { user: other } = await createUser(db.dataSource, { role: 'editor' });
    await ok(url, token, UPDATE, { input: { id: other.id, version: other.version, role: 'ADMIN' } });
    const demoted = await ok<{ updateUser: { role: string } }>(url, token, UPDATE, {
      input: { id: only.id, version: only.version, role: 'EDITOR' },
    });
    expect(demoted.updateUser.role).toBe('EDITOR');
  });

  it('should survive two admins demoting each other at once', async () => {
    const [a, b] = [
      await createUser(db.dataSource, { role: 'admin' }),
      await createUser(db.dataSource, { role: 'admin' }),
    ];
    const results = await Promise.all([
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${a.token}` },
        body: JSON.stringify({ query: UPDATE, variables: { input: { id: b.user.id, version: 1, role: 'EDITOR' } } }),
      }).then((r) => r.json()),
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${b.token}` },
        body: JSON.stringify({ query: UPDATE, variables: { input: { id: a.user.id, version: 1, role: 'EDITOR' } } }),
      }).then((r) => r.json()),
    ]);
    expect(results.filter((r) => !(r as { errors?: unknown[] }).errors)).toHaveLength(1);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE role = 'admin'`);
    expect(n).toBe(1);
  });
});
