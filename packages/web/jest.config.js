import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Component tests: jsdom, TypeScript and JSX compiled by SWC, CSS stubbed. */
const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.{ts,tsx}'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setupTests.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swcOptions] },
  moduleNameMapper: {
    '\\.css$': '<rootDir>/src/test/styleStub.ts',
    // One copy of Mantine, as in the Vite build (resolve.dedupe).
    '^@mantine/core$': require.resolve('@mantine/core'),
    '^@mantine/hooks$': require.resolve('@mantine/hooks'),
  },
  testTimeout: 20000,
  maxWorkers: process.env.CI ? 2 : '50%',
};
