// `npm test`: everything CI runs, in order — typecheck, unit + database tests
// (vitest), production build, end-to-end tests in Debian's Chromium
// (Playwright). Ends with one summary line "N passed, N failed".
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureBuild, ensureChromium, ensureDependencies, root, run } from './lib.mjs';

// Not test-results/: Playwright empties that folder when it starts.
const reports = path.join(root, '.test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

ensureDependencies();
const chromium = ensureChromium();

console.log('› Typecheck (tsc --noEmit)');
run('npx', ['tsc', '--noEmit', '-p', '.']);

if (!process.env.TEST_DATABASE_URL) {
  console.log('  (TEST_DATABASE_URL is not set: database tests use in-memory PGlite)');
}
console.log('› Unit and database tests (vitest)');
const vitest = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(reports, 'vitest.json')}`], {
  stdio: 'inherit',
  cwd: root,
  env: process.env,
});

console.log('› Production build');
ensureBuild();

console.log('› End-to-end tests (Playwright + Chromium)');
const e2e = spawnSync('npx', ['playwright', 'test'], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, CHROME_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, 'playwright.json') },
});

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
const v = readJson(path.join(reports, 'vitest.json'));
const p = readJson(path.join(reports, 'playwright.json'));
const passed = (v?.numPassedTests ?? 0) + (p?.stats?.expected ?? 0);
const failed = (v?.numFailedTests ?? 0) + (p?.stats?.unexpected ?? 0) + (p?.stats?.flaky ?? 0);
const skipped = (v?.numPendingTests ?? 0) + (v?.numTodoTests ?? 0) + (p?.stats?.skipped ?? 0);
const broken = vitest.status !== 0 || e2e.status !== 0 || !v || !p;
console.log(`\nvitest: ${v ? `${v.numPassedTests} passed, ${v.numFailedTests} failed` : 'no report'}; playwright: ${p ? `${p.stats.expected} passed, ${p.stats.unexpected + p.stats.flaky} failed` : 'no report'}`);
console.log(`${passed} passed, ${failed + (broken && failed === 0 ? 1 : 0)} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(broken || failed > 0 ? 1 : 0);
