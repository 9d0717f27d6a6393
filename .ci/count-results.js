// Adds up the jest JSON reports of a CI run and the other checks, and prints "N passed, N failed".
const fs = require('node:fs');
const path = require('node:path');

const [dir, otherPassed, otherFailed, ...expected] = process.argv.slice(2);
let passed = Number(otherPassed);
let failed = Number(otherFailed);
for (const name of expected) {
  const file = path.join(dir, `${name}.json`);
  if (!fs.existsSync(file)) {
    console.log(`no test report for ${name}: counted as a failure`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  passed += report.numPassedTests;
  // A suite that fails to load has no failed test of its own: count it all the same.
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  if (report.numTotalTests === 0) {
    console.log(`${name} ran no test: counted as a failure`);
    failed += 1;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
