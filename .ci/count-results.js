// Adds up the jest JSON reports of a CI run and the other checks, and prints "N passed, N failed".
// Honest counting: a skipped or `todo` test is a failure (a test that does not run proves
// nothing), and each jest project must run at least its floor in .ci/test-floors.json (the number
// it ran last), so that a test file falling out of `testMatch` turns CI red. Raise a floor in the
// same commit that adds tests; lower it only in a commit that says which tests went and why.
const fs = require('node:fs');
const path = require('node:path');

const FLOORS_FILE = path.join(__dirname, 'test-floors.json');

/** What one jest report adds to the counts, with the lines to print. */
function countReport(name, report, floor) {
  const lines = [];
  const skipped = report.numPendingTests ?? 0;
  const todo = report.numTodoTests ?? 0;
  // A suite that fails to load has no failed test of its own: count it all the same.
  let failed = report.numFailedTests + report.numRuntimeErrorTestSuites + skipped + todo;
  lines.push(
    `${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped, ${todo} todo`,
  );
  if (skipped + todo > 0) lines.push(`${name} has ${skipped} skipped and ${todo} todo tests: counted as failures`);
  if (report.numTotalTests === 0) {
    lines.push(`${name} ran no test: counted as a failure`);
    failed += 1;
  }
  if (floor === undefined) {
    lines.push(`${name} has no floor in .ci/test-floors.json: counted as a failure`);
    failed += 1;
  } else if (report.numTotalTests < floor) {
    lines.push(`${name} ran ${report.numTotalTests} tests, fewer than its floor of ${floor}: counted as a failure`);
    failed += 1;
  } else if (report.numTotalTests > floor) {
    lines.push(`${name} ran ${report.numTotalTests} tests: raise its floor in .ci/test-floors.json (now ${floor})`);
  }
  return { passed: report.numPassedTests, failed, lines };
}

function main() {
  const [dir, otherPassed, otherFailed, ...expected] = process.argv.slice(2);
  const floors = JSON.parse(fs.readFileSync(FLOORS_FILE, 'utf8'));
  let passed = Number(otherPassed);
  let failed = Number(otherFailed);
  for (const name of expected) {
    const file = path.join(dir, `${name}.json`);
    if (!fs.existsSync(file)) {
      console.log(`no test report for ${name}: counted as a failure`);
      failed += 1;
      continue;
    }
    const counted = countReport(name, JSON.parse(fs.readFileSync(file, 'utf8')), floors[name]);
    for (const line of counted.lines) console.log(line);
    passed += counted.passed;
    failed += counted.failed;
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

if (require.main === module) main();

module.exports = { countReport };
