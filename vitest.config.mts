import { defineConfig } from 'vitest/config';
import os from 'node:os';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@/': path.resolve(import.meta.dirname, 'src') + '/',
      '~inngest/': path.resolve(import.meta.dirname, 'inngest') + '/',
      '@tests/': path.resolve(import.meta.dirname, 'tests') + '/',
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts', 'inngest/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/setup/global-setup.ts'],
    // One more worker than cores (Vitest's default is one fewer): most test files wait on
    // PostgreSQL, Redis, DNS or a child process rather than compute, and every file has its own
    // database. On a 2-core machine the suite took 14 min with one worker and 7 with three.
    maxWorkers: os.availableParallelism() + 1,
  },
});
