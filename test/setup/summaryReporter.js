// Writes the run's counts to reports/jest-summary.json so .ci/run can print its plain closing line
// (`tests: N passed, N failed`) without scraping jest's human output.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }
  onRunComplete(_contexts, results) {
    const dir = join(this.rootDir, 'reports');
    mkdirSync(dir, { recursive: true });
    // A suite that fails to load has no test results; count it as a failure so it cannot hide.
    const brokenSuites = results.testResults.filter(
      (r) => r.testExecError || (r.failureMessage && r.numFailingTests === 0),
    ).length;
    writeFileSync(
      join(dir, 'jest-summary.json'),
      JSON.stringify({
        passed: results.numPassedTests,
        failed: results.numFailedTests + brokenSuites,
        skipped: results.numPendingTests + results.numTodoTests,
        suites: results.numTotalTestSuites,
      }),
    );
  }
}
module.exports = SummaryReporter;
