// ESLint for the whole repository (`npm run lint`, part of `npm test`): Next.js's rules (React,
// hooks, accessibility, Core Web Vitals) and typescript-eslint's, plus what our conventions ask
// for. Module boundaries are checked by dependency-cruiser (.dependency-cruiser.cjs); formatting
// by Prettier (.prettierrc.json).
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.next-*/**',
    '.data/**',
    '.data-*/**',
    'node_modules/**',
    'public/**',
    'coverage/**',
    'test-results/**',
    'playwright-report/**',
    '.test-reports/**',
    'next-env.d.ts',
    'tests/db/splinter/lints/**',
  ]),
  {
    rules: {
      // Conventions: no `any`, no silenced type errors; say why when an escape is unavoidable.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description', minimumDescriptionLength: 10 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Scripts, benchmarks and fakes talk to the terminal.
    files: ['scripts/**', 'tests/**', '*.config.*', '*.cjs', '*.mjs'],
    rules: { 'no-console': 'off' },
  },
]);
