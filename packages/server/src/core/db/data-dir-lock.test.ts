import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runServerProcess, waitForListening, type ServerProcess } from '../../../test/process';

const packageRoot = path.resolve(__dirname, '../../..');

/** `npm run liaison -- token create` as its own process, started from `cwd` as npm would. */
function createToken(env: Record<string, string>) {
  return spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'src/cli/liaison.ts', 'token', 'create', '--email', 'ops@example.org'],
    { cwd: packageRoot, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' },
  );
}

/** The PID of a process that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

/** Embedded-database behaviour: these processes use a data folder whatever TEST_DATABASE_URL says. */
describe('one process per embedded data folder', () => {
  let parent: string;
  let env: Record<string, string>;
  let lockFile: string;
  let server: ServerProcess | undefined;

  beforeAll(() => {
    parent = mkdtempSync(path.join(tmpdir(), 'liaison-lock-'));
    // LIAISON_DATA_DIR as an operator writes it, relative to where npm was run (INIT_CWD).
    env = { INIT_CWD: parent, LIAISON_DATA_DIR: './data', LIAISON_DEMO_DATA: 'false', PORT: '0', HOST: '127.0.0.1' };
    lockFile = path.join(parent, 'data', 'liaison.lock');
  });
  afterAll(async () => {
    if (server) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    rmSync(parent, { recursive: true, force: true });
  });

  it('should refuse a second server and the operator command at once, naming the process that holds it', async () => {
    server = runServerProcess(env);
    const port = await waitForListening(server);
    const pid = server.child.pid!;
    expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(pid));
    const line = `the embedded database in ./data is in use by process ${pid}; stop it or use DATABASE_URL`;

    const second = runServerProcess(env);
    expect(await second.exited).toBe(1);
    expect(second.stderr).toEqual([`Liaison could not start: ${line}`]);

    const cli = createToken(env);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toBe('');
    const [first, blank, ...help] = cli.stderr.trim().split('\n');
    expect([first, blank]).toEqual([line, '']);
    expect(help.join(' ')).toMatch(/run it while the server is stopped, then start the server again/);

    // The first server is untouched and still holds the folder.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(pid));

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    server = undefined;
    expect(existsSync(lockFile)).toBe(false);
  });

  it('should let the operator command run once the server is stopped, and the server then see its token', async () => {
    const cli = createToken(env);
    expect(cli.stderr).toContain('token for ops@example.org');
    expect(cli.status).toBe(0);
    expect(existsSync(lockFile)).toBe(false);

    server = runServerProcess(env);
    const port = await waitForListening(server);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cli.stdout.trim()}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(await response.json()).toEqual({ data: { me: { email: 'ops@example.org' } } });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    server = undefined;
  });

  it('should take over the lock of a process that is gone', async () => {
    writeFileSync(lockFile, `${await deadPid()}\n`);
    const cli = createToken(env);
    expect(cli.stderr).toContain('token for ops@example.org');
    expect(cli.status).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  });
});
