import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ARTIFACTS_DIR, REPO_ROOT, SERVER_MAIN, WEB_INDEX } from './paths';

export interface RunningServer {
  url: string;
  process: ChildProcess;
  dataDir: string;
}

/** A port nobody listens on, as the system gives one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with code ${child.exitCode}; see test-artifacts/e2e-server.log`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not answer /healthz within ${timeoutMs / 1000} s; see test-artifacts/e2e-server.log`);
}

/**
 * Starts the built server (`node packages/server/dist/main.js`) on a free port with a fresh
 * embedded database, which it fills with demo data, and the built-in demo sign-in; waits until
 * /healthz answers. Its log goes to test-artifacts/e2e-server.log.
 */
export async function startServer(): Promise<RunningServer> {
  for (const file of [SERVER_MAIN, WEB_INDEX]) {
    if (!existsSync(file)) throw new Error(`${path.relative(REPO_ROOT, file)} is missing: run \`npm run build\` first`);
  }
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'liaison-e2e-'));
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const log = createWriteStream(path.join(ARTIFACTS_DIR, 'e2e-server.log'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    LIAISON_DATA_DIR: dataDir,
    NODE_ENV: 'development',
  };
  // Whatever the machine is configured with, these tests use the embedded database and sign-in.
  for (const name of ['DATABASE_URL', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'PUBLIC_URL'])
    delete env[name];
  const child = spawn(process.execPath, [SERVER_MAIN], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  try {
    await waitForHealth(url, child, 240_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { url, process: child, dataDir };
}

/** Stops the server as an operator would (SIGTERM, then SIGKILL after 20 s) and deletes its data. */
export async function stopServer(server: RunningServer): Promise<void> {
  const { process: child } = server;
  if (child.exitCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(server.dataDir, { recursive: true, force: true });
}
