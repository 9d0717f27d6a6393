import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { runServerProcess, waitForListening } from '../../../test/process';
import { browserGraphql, signedInBrowser } from '../../../test/sign-in';

describe('the demo sign-in of the server process', () => {
  it('should refuse to start in production without an external provider, with one clear line', async () => {
    const server = runServerProcess({ NODE_ENV: 'production', PUBLIC_URL: 'https://liaison.example.org', PORT: '0' });
    expect(await server.exited).toBe(1);
    expect(server.stderr).toEqual([
      'Invalid configuration: OIDC_ISSUER must be set when NODE_ENV=production (the built-in demo sign-in is for development only)',
    ]);
    expect(server.stdout).toEqual([]);
  });

  describe('with nothing configured', () => {
    let db: TestDatabase | undefined;
    let dataDir: string;
    let env: Record<string, string>;

    beforeAll(async () => {
      dataDir = mkdtempSync(path.join(tmpdir(), 'liaison-demo-'));
      env = { PORT: '0', HOST: '127.0.0.1', LIAISON_DEMO_DATA: 'false', LOG_LEVEL: 'info' };
      if (process.env.TEST_DATABASE_URL) {
        db = await createTestDatabase({ migrate: false });
        await db.dataSource.destroy();
        env.DATABASE_URL = db.url!;
      } else {
        env.LIAISON_DATA_DIR = dataDir;
      }
    });
    afterAll(async () => {
      await db?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('should let a new user sign in as a demo user at http://localhost:PORT', async () => {
      const server = runServerProcess(env);
      try {
        const port = await waitForListening(server);
        const url = `http://localhost:${port}`;
        const started = JSON.parse(server.stdout.find((line) => line.includes('"port"'))!) as { signIn: string };
        expect(started.signIn).toMatch(/^demo/);

        // The demo users are there before their first sign-in, for colleagues to pick.
        const names = '{ users(first: 50) { nodes { name role lastSignInAt } } }';
        const editor = await signedInBrowser(url, 'demo-editor');
        const before = (await browserGraphql(editor, url, names)).body as {
          data: { users: { nodes: { name: string; role: string; lastSignInAt: string | null }[] } };
        };
        expect(before.data.users.nodes).toEqual(
          expect.arrayContaining([
            { name: 'Ada Admin', role: 'ADMIN', lastSignInAt: null },
            { name: 'Vera Viewer', role: 'VIEWER', lastSignInAt: null },
          ]),
        );

        // Ada's first sign-in is hers: the same user, not a second Ada.
        const browser = await signedInBrowser(url, 'demo-admin');
        expect((await browserGraphql(browser, url, '{ me { name role } }')).body).toEqual({
          data: { me: { name: 'Ada Admin', role: 'ADMIN' } },
        });
        const after = (await browserGraphql(browser, url, names)).body as typeof before;
        const adas = after.data.users.nodes.filter((user) => user.name === 'Ada Admin');
        expect(adas).toHaveLength(1);
        expect(adas[0].lastSignInAt).not.toBeNull();
        expect(after.data.users.nodes).toHaveLength(3);
        const logs = server.stdout.map((line) => JSON.parse(line) as { msg: string });
        expect(logs.some((log) => log.msg === 'signed in')).toBe(true);
      } finally {
        server.child.kill('SIGTERM');
      }
      expect(await server.exited).toBe(0);
    });
  });
});
