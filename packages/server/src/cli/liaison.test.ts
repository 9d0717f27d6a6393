import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { createAppDataSource } from '../database';
import { viewerForToken } from '../modules/token/api-token.service';

const packageRoot = path.resolve(__dirname, '../..');

function liaison(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/cli/liaison.ts', ...args], {
    cwd: packageRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
}

describe('npm run liaison -- token create', () => {
  let db: TestDatabase | undefined;
  let dataDir: string;
  let env: Record<string, string>;
  let dataSource: DataSource;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'liaison-cli-'));
    if (process.env.TEST_DATABASE_URL) {
      db = await createTestDatabase({ migrate: false });
      await db.dataSource.destroy();
      env = { DATABASE_URL: db.url! };
    } else {
      env = { LIAISON_DATA_DIR: dataDir };
    }
  });
  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should refuse bad arguments with the usage and exit code 2', () => {
    const run = liaison(['token', 'create', '--email', 'not-an-email'], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--email must be an email address[\s\S]*usage: npm run liaison/);
    expect(run.stdout).toBe('');
  });

  it('should create the first administrator and print a token that authenticates as them', async () => {
    const first = liaison(['token', 'create', '--email', 'ops@example.org', '--role', 'admin'], env);
    expect(first.stderr).toContain('token for ops@example.org (admin)');
    expect(first.status).toBe(0);
    const secret = first.stdout.trim();
    expect(secret).toMatch(/^lsn_[A-Za-z0-9_-]{43}$/);

    const again = liaison(['token', 'create', '--email', 'OPS@example.org', '--scope', 'read'], env);
    expect(again.status).toBe(0);

    dataSource = createAppDataSource({ url: env.DATABASE_URL, dataDir: env.LIAISON_DATA_DIR });
    await dataSource.initialize();
    const viewer = await viewerForToken(dataSource, secret);
    expect(viewer).toMatchObject({ role: 'admin', via: 'token', readOnly: false });
    const readOnly = await viewerForToken(dataSource, again.stdout.trim());
    expect(readOnly).toMatchObject({ userId: viewer!.userId, role: 'admin', readOnly: true });
    const [{ users }] = await dataSource.query(`SELECT count(*)::int AS users FROM users`);
    expect(users).toBe(1);
  });
});
