import { defineConfig } from 'vitest/config';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Test files under src/ that only call the code they test: no mock, spy or stubbed global, no
 * environment variable, no database, server, child process or network, no shared test helper.
 * They share their worker's modules (isolate: false) instead of importing the app's modules anew
 * for each file — a brief test file spent ~3 s importing the reader and building its tables before
 * its first assertion (the 164 files of brief, composer, editor, render, document and generate:
 * 297 s isolated, 48 s shared). Everything else, and any file that starts doing one of those
 * things, stays isolated without anyone having to move it.
 */
const sharesModules =
  /\bvi\.|process\.env|ForTests|globalThis|createTestDb|setDb|@vitest-environment|@tests\/|tests\/helpers|\blisten\(|\bspawn|\bfetch\(/;
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
const root = import.meta.dirname;
const pureFiles = testFiles(path.join(root, 'src'))
  .filter((file) => !sharesModules.test(readFileSync(file, 'utf8')))
  .map((file) => path.relative(root, file));

export default defineConfig({
  resolve: {
    alias: {
      '@/': path.resolve(import.meta.dirname, 'src') + '/',
      '~inngest/': path.resolve(import.meta.dirname, 'inngest') + '/',
      '@tests/': path.resolve(import.meta.dirname, 'tests') + '/',
    },
  },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/setup/global-setup.ts'],
    // One more worker than cores (Vitest's default is one fewer): most test files wait on
    // PostgreSQL, Redis, DNS or a child process rather than compute, and every file has its own
    // database. On a 2-core machine the suite took 14 min with one worker and 7 with three.
    maxWorkers: os.availableParallelism() + 1,
    projects: [
      { extends: true, test: { name: 'pure', include: pureFiles, isolate: false } },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts', 'inngest/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**', ...pureFiles],
        },
      },
    ],
  },
});
