// `npm start`'s first step: builds the web app and the server only when their sources changed
// since the last build, so that a restart takes seconds. The sources' fingerprint (every input
// file's path and content) is kept beside the server's build output.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const stamp = join(root, 'packages/server/dist/.build-fingerprint');
const outputs = [join(root, 'packages/server/dist/main.js'), join(root, 'packages/web/dist/index.html'), stamp];

/** What the build reads: sources, configuration and the installed dependency versions. */
const INPUTS = [
  'package-lock.json',
  'tsconfig.base.json',
  'packages/server/src',
  'packages/server/schema.graphql',
  'packages/server/package.json',
  'packages/server/tsconfig.json',
  'packages/server/tsconfig.build.json',
  'packages/web/src',
  'packages/web/tools',
  'packages/web/index.html',
  'packages/web/graphiql.html',
  'packages/web/codegen.ts',
  'packages/web/vite.config.ts',
  'packages/web/postcss.config.js',
  'packages/web/package.json',
  'packages/web/tsconfig.json',
];
// The code generator rewrites these during the build: they are outputs, not inputs.
const SKIPPED = new Set(['packages/web/src/generated']);

function files(path) {
  const full = join(root, path);
  if (!existsSync(full) || SKIPPED.has(path)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(relative(root, join(full, name))));
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

const current = fingerprint();
if (process.argv.includes('--record')) {
  // Called at the end of `npm run build`: what was just built is up to date.
  writeFileSync(stamp, `${current}\n`);
  process.exit(0);
}
const upToDate = outputs.every(existsSync) && readFileSync(stamp, 'utf8').trim() === current;
if (process.argv.includes('--check')) {
  // Says whether `npm start` would build, without building: exit 0 when it would not.
  console.log(upToDate ? 'The build is up to date.' : 'The sources changed since the last build.');
  process.exit(upToDate ? 0 : 1);
}
if (upToDate) {
  console.log('The build is up to date: starting.');
  process.exit(0);
}
console.log('Building the web app and the server (sources changed since the last build)…');
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
process.exit(build.status ?? 1);
