import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths';

/**
 * `npm start` builds only when the sources changed (scripts/build-if-changed.mjs), so that a
 * restart takes seconds. Tried on a small copy of the repository's layout, never on the real one.
 */
describe('npm start: building only when something changed', () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const run = (...args: string[]) => {
    const started = Date.now();
    const result = spawnSync(process.execPath, [path.join(root, 'scripts/build-if-changed.mjs'), ...args], {
      encoding: 'utf8',
    });
    return { status: result.status, out: result.stdout.trim(), ms: Date.now() - started };
  };

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'liaison-start-'));
    write('scripts/.keep', '');
    copyFileSync(path.join(REPO_ROOT, 'scripts/build-if-changed.mjs'), path.join(root, 'scripts/build-if-changed.mjs'));
    write('package-lock.json', '{}');
    write('packages/server/src/main.ts', 'main();');
    write('packages/web/src/App.tsx', 'export {};');
    write('packages/web/src/generated/graphql.ts', 'export {};');
    // What `npm run build` leaves, then records.
    write('packages/server/dist/main.js', '');
    write('packages/web/dist/index.html', '');
    expect(run('--record').status).toBe(0);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('starts at once after a build, and again after the generated types were rewritten', () => {
    const start = run();
    expect(start).toMatchObject({ status: 0, out: 'The build is up to date: starting.' });
    expect(start.ms).toBeLessThan(5_000);
    write('packages/web/src/generated/graphql.ts', 'export type Rewritten = 1;');
    expect(run('--check')).toMatchObject({ status: 0, out: 'The build is up to date.' });
  });

  it('sees a changed source file, a new one, and changed dependencies', () => {
    write('packages/web/src/App.tsx', 'export const changed = true;');
    expect(run('--check')).toMatchObject({ status: 1, out: 'The sources changed since the last build.' });
    expect(run('--record').status).toBe(0);
    write('packages/server/src/new-module.ts', 'export {};');
    expect(run('--check').status).toBe(1);
    expect(run('--record').status).toBe(0);
    write('package-lock.json', '{"lockfileVersion":3}');
    expect(run('--check').status).toBe(1);
  });

  it('builds when an output is missing, even with the sources unchanged', () => {
    expect(run('--record').status).toBe(0);
    rmSync(path.join(root, 'packages/web/dist/index.html'));
    expect(run('--check').status).toBe(1);
  });
});
