const { existsSync } = require('node:fs');
const { join } = require('node:path');

// Three lanes, one run: `npm test` runs them all; `npm run test:unit` (no browser, no LibreOffice) and
// `npm run test:browser` select one (`jest --selectProjects`). A test joins a lane by where it lives or how
// it is named, so a new browser test cannot land in the fast lane by mistake:
// - browser: test/browser/ and any *browser.test.ts (headless Chromium through playwright-core);
// - office: test/xlsx/libreoffice.test.ts (LibreOffice recalculates the .xlsx export);
// - unit: everything else.
const BROWSER = ['/test/browser/', 'browser\\.test\\.tsx?$'];
const OFFICE = ['/test/xlsx/libreoffice\\.test\\.ts$'];

const shared = {
  testEnvironment: 'node',
  roots: ['test', 'src', 'dev', 'scripts', 'sidebar']
    .filter((d) => existsSync(join(__dirname, d)))
    .map((d) => `<rootDir>/${d}`),
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': '<rootDir>/test/setup/esbuildTransform.js' },
  // Every test runs with the network cut off, except loopback (local test servers, the browser's pipe).
  setupFiles: ['<rootDir>/test/setup/noNetwork.ts'],
  // The bundle tests read dist/: build it once, before any worker starts (jest runs a global setup
  // shared by several projects once).
  globalSetup: '<rootDir>/test/setup/buildOnce.ts',
};

/** A pattern that matches any of `patterns` (jest's testRegex takes one). */
const anyOf = (patterns) => `(${patterns.join('|')})`;

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testPathIgnorePatterns: ['/node_modules/', ...BROWSER, ...OFFICE],
    },
    { ...shared, displayName: 'browser', testMatch: undefined, testRegex: anyOf(BROWSER) },
    { ...shared, displayName: 'office', testMatch: undefined, testRegex: anyOf(OFFICE) },
  ],
  reporters: ['default', '<rootDir>/test/setup/summaryReporter.js'],
  testTimeout: 30000,
};
