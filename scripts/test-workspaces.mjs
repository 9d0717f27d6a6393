// `npm test`: the server's tests, then the web app's, each with the jest arguments given
// (`npm test -- --ci`). With `--outputFile=<report>.json` (CI), each workspace writes its own
// report and the two are merged into <report>.json, so that CI counts every test once.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const WORKSPACES = ['@liaison/server', '@liaison/web'];
const COUNTS = [
  'numFailedTestSuites',
  'numFailedTests',
  'numPassedTestSuites',
  'numPassedTests',
  'numPendingTestSuites',
  'numPendingTests',
  'numRuntimeErrorTestSuites',
  'numTodoTests',
  'numTotalTestSuites',
  'numTotalTests',
];

const args = process.argv.slice(2);
let outputFile;
const passOn = [];
for (let i = 0; i < args.length; i += 1) {
  if (args[i].startsWith('--outputFile=')) outputFile = args[i].slice('--outputFile='.length);
  else if (args[i] === '--outputFile') outputFile = args[(i += 1)];
  else passOn.push(args[i]);
}

const reports = [];
let failed = false;
for (const workspace of WORKSPACES) {
  const report = outputFile && `${outputFile}.${workspace.split('/')[1]}.json`;
  const jestArgs = report ? [...passOn, `--outputFile=${report}`] : passOn;
  const run = spawnSync('npm', ['test', '-w', workspace, '--', ...jestArgs], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
  if (report) reports.push({ workspace, report });
}

if (outputFile) {
  const merged = Object.fromEntries(COUNTS.map((key) => [key, 0]));
  merged.success = !failed;
  merged.testResults = [];
  for (const { workspace, report } of reports) {
    if (!existsSync(report)) {
      // The workspace's jest did not even start: count it as a suite that failed to run.
      console.error(`no test report from ${workspace}`);
      merged.numRuntimeErrorTestSuites += 1;
      merged.success = false;
      continue;
    }
    const part = JSON.parse(readFileSync(report, 'utf8'));
    for (const key of COUNTS) merged[key] += part[key] ?? 0;
    merged.startTime = Math.min(merged.startTime ?? Infinity, part.startTime ?? Infinity);
    merged.testResults.push(...(part.testResults ?? []));
    rmSync(report);
  }
  writeFileSync(outputFile, JSON.stringify(merged));
}
process.exit(failed ? 1 : 0);
