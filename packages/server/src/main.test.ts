import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { runServerProcess, waitForListening } from '../test/process';

describe('the server process', () => {
  it('should stop with one line naming a bad variable and exit code 1', async () => {
    const server = runServerProcess({ PORT: 'eighty' });
    expect(await server.exited).toBe(1);
    expect(server.stderr).toEqual([
      'Invalid configuration: PORT must be an integer between 0 and 65535 (got "eighty")',
    ]);
    expect(server.stdout).toEqual([]);
  });

  it('should stop with one clear line when the database cannot be reached', async () => {
    const server = runServerProcess({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/liaison', PORT: '0' });
    expect(await server.exited).toBe(1);
    expect(server.stderr).toHaveLength(1);
    expect(server.stderr[0]).toMatch(/^Liaison could not start: .*ECONNREFUSED/);
  });

  describe('on good configuration', () => {
    let db: TestDatabase | undefined;
    let dataDir: string;
    let env: Record<string, string>;

    beforeAll(async () => {
      dataDir = mkdtempSync(path.join(tmpdir(), 'liaison-main-'));
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

    it('should migrate, serve health and version, and drain on SIGTERM', async () => {
      const server = runServerProcess(env);
      try {
        const port = await waitForListening(server);
        const base = `http://127.0.0.1:${port}`;

        const health = await fetch(`${base}/healthz`);
        expect(health.status).toBe(200);

        const version = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ version }' }),
        });
        expect(await version.json()).toEqual({ data: { version: expect.stringMatching(/^\d+\.\d+\.\d+/) } });

        // The request's log line is written when the response has finished, maybe after we read it.
        const parsed = () =>
          server.stdout.map((line) => JSON.parse(line) as { msg: string; reqId?: string; level: number });
        for (let i = 0; i < 50 && !parsed().some((log) => log.msg === 'request completed'); i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const logs = parsed();
        expect(logs.some((log) => log.msg === 'database migrated')).toBe(true);
        const completed = logs.filter((log) => log.msg === 'request completed');
        expect(completed.length).toBeGreaterThan(0);
        for (const log of completed) expect(log.reqId).toMatch(/^[0-9a-f-]{36}$/);
      } finally {
        server.child.kill('SIGTERM');
      }
      expect(await server.exited).toBe(0);
      expect(server.stdout.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
    });
  });
});
