/**
 * End-to-end tests: expect `npm run build` to have run. The global setup starts the built server
 * on a free port with a fresh embedded database (demo data, demo sign-in); the tests drive Chromium.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  globalSetup: '<rootDir>/src/support/globalSetup.ts',
  globalTeardown: '<rootDir>/src/support/globalTeardown.ts',
  // One server, one browser at a time: the suites run one after the other.
  maxWorkers: 1,
  testTimeout: 120_000,
};
