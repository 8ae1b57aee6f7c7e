const { existsSync } = require('node:fs');
const { join } = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['test', 'src', 'dev', 'scripts', 'sidebar']
    .filter((d) => existsSync(join(__dirname, d)))
    .map((d) => `<rootDir>/${d}`),
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': '<rootDir>/test/setup/esbuildTransform.js' },
  // Every test runs with the network cut off, except loopback (local test servers, the browser's pipe).
  setupFiles: ['<rootDir>/test/setup/noNetwork.ts'],
  // The bundle tests read dist/: build it once, before any worker starts.
  globalSetup: '<rootDir>/test/setup/buildOnce.ts',
  reporters: ['default', '<rootDir>/test/setup/summaryReporter.js'],
  testTimeout: 30000,
};
