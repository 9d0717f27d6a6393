import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import type { SignInProfile } from '../session/claims';
import { signInUser } from '../session/sign-in.service';
import { TokenScope } from '../token/api-token.entity';
import { issueToken } from '../token/api-token.service';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

const UPDATE = `mutation($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) { id name role expertise version }
}`;

describe('my profile', () => {
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

  it('should let anyone change their own name and expertise, recorded in the history', async () => {
    const { user, token } = await createUser(db.dataSource, { role: 'viewer', name: 'Jan Novak' });
    const { updateMyProfile } = await ok<{
      updateMyProfile: { id: string; name: string; expertise: string[]; version: number };
    }>(server.url, token, UPDATE, {
      input: { version: 1, name: '  Jan Novák ', expertise: ['Open science', 'open science', ' HPC '] },
    });
    expect(updateMyProfile).toMatchObject({ id: user.id, name: 'Jan Novák', expertise: ['Open science', 'HPC'] });
    const [change] = await db.dataSource.query(`SELECT diff FROM changes WHERE record_id = $1 AND action = 'update'`, [
      user.id,
    ]);
    expect(change.diff.name).toEqual({ before: 'Jan Novak', after: 'Jan Novák' });
  });

  it('should keep a chosen name when the user signs in again, and take the provider name until then', async () => {
    const profile: SignInProfile = {
      issuer: 'https://idp.test',
      subject: 'profile-1',
      email: null,
      emailVerified: false,
      name: 'From IdP',
    };
    const first = await signInUser(db.dataSource, profile, null);
    const renamed = await signInUser(db.dataSource, { ...profile, name: 'Renamed at IdP' }, null);
    expect(renamed.name).toBe('Renamed at IdP');
    const { secret } = await issueToken(db.dataSource.manager, first.id, { name: 't', scope: TokenScope.WRITE });
    await ok(server.url, secret, UPDATE, { input: { version: renamed.version, name: 'Chosen' } });
    const again = await signInUser(db.dataSource, { ...profile, name: 'Renamed again' }, null);
    expect(again.name).toBe('Chosen');
  });

  it('should refuse a non-admin changing their own role, and change nothing', async () => {
    for (const role of ['viewer', 'editor'] as const) {
      const { user, token } = await createUser(db.dataSource, { role });
      const refused = await failure(server.url, token, UPDATE, { input: { version: 1, role: 'ADMIN', name: 'Boss' } });
      expect(refused.code).toBe('FORBIDDEN');
      const [row] = await db.dataSource.query(`SELECT role, name FROM users WHERE id = $1`, [user.id]);
      expect(row).toEqual({ role, name: user.name });
    }
  });

  it('should let an admin step down, unless they are the last admin', async () => {
    const first = await createUser(db.dataSource, { role: 'admin' });
    const second = await createUser(db.dataSource, { role: 'admin' });
    const stepped = await ok<{ updateMyProfile: { role: string } }>(server.url, first.token, UPDATE, {
      input: { version: 1, role: 'EDITOR' },
    });
    expect(stepped.updateMyProfile.role).toBe('EDITOR');
    await db.dataSource.query(`UPDATE users SET role = 'viewer' WHERE role = 'admin' AND id <> $1`, [second.user.id]);
    const last = await failure(server.url, second.token, UPDATE, { input: { version: 1, role: 'VIEWER' } });
    expect(last.code).toBe('BAD_USER_INPUT');
  });

  it('should refuse a blank name, a stale version and anonymous requests', async () => {
    const { token } = await createUser(db.dataSource);
    expect((await failure(server.url, token, UPDATE, { input: { version: 1, name: '   ' } })).code).toBe(
      'BAD_USER_INPUT',
    );
    await ok(server.url, token, UPDATE, { input: { version: 1, expertise: ['Grids'] } });
    expect((await failure(server.url, token, UPDATE, { input: { version: 1, name: 'Late' } })).code).toBe('CONFLICT');
    expect((await failure(server.url, undefined, UPDATE, { input: { version: 1, name: 'X' } })).code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
