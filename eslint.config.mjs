import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { moduleLayers } from './eslint/module-layers.mjs';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/coverage/',
      'data/',
      'test-artifacts/',
      'packages/web/src/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: [
      'packages/server/**/*.{ts,js}',
      '*.{js,mjs}',
      'packages/*/*.{js,mjs,ts}',
      '.ci/**/*.{js,mjs}',
      'scripts/**/*.{js,mjs}',
      'packages/e2e/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    plugins: { liaison: { rules: { 'module-layers': moduleLayers } } },
    rules: { 'liaison/module-layers': 'error' },
  },
  {
    files: ['packages/server/**/*.js', '.ci/**/*.js', 'packages/*/jest.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
