// `npm test`: everything CI runs, in order — static checks (typecheck, ESLint, Prettier, the
// architecture rules), unit + database tests (vitest), production build, end-to-end tests in
// Debian's Chromium (Playwright). Ends with one summary line "N passed, N failed".
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { createConnection } from 'node:net';
import { ensureBuild, ensureCaddy, ensureChromium, ensureDependencies, ensurePoppler, root } from './lib.mjs';

// Not test-results/: Playwright empties that folder when it starts.
const reports = path.join(root, '.test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

await ensureDependencies();
const chromium = ensureChromium();
ensureCaddy();
ensurePoppler();

/** Whether a Redis answers PING on host:port within 2 s. */
function answersPing(host, port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/** Runs a command with its output prefixed, resolving to its exit status. */
function step(label, cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString().trim();
      console.log(`${code === 0 ? '  ✔' : '  ✖'} ${label}${code === 0 ? '' : ` (exit ${code})`}`);
      if (code !== 0 && text)
        console.log(
          text
            .split('\n')
            .map((l) => `    ${l}`)
            .join('\n'),
        );
      resolve(code ?? 1);
    });
  });
}

// The static checks run side by side (two cores): the typecheck alone, the linters one after another.
console.log('› Static checks');
const [typecheck, linters] = await Promise.all([
  step('Typecheck (tsc --noEmit)', 'npx', ['tsc', '--noEmit', '-p', '.']),
  (async () => {
    const eslint = await step('ESLint', 'npx', ['eslint', '.', '--max-warnings', '0']);
    const prettier = await step('Prettier (format check)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
    const architecture = await step('Architecture (module boundaries, no cycles)', 'node', ['scripts/check-architecture.mjs']);
    return [eslint, prettier, architecture];
  })(),
]);
const staticFailures = [typecheck, ...linters].filter((code) => code !== 0).length;

// Not named: a PostgreSQL and a Redis this machine already runs on their standard ports are used,
// as CI uses them (.ci/run) — every database test then runs, the race tests included, where
// in-memory PGlite would skip those and serve one connection at a time.
if (!process.env.TEST_DATABASE_URL) {
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  const probe = spawnSync('psql', [local, '-tAc', 'select 1'], {
    encoding: 'utf8',
    env: { ...process.env, PGCONNECT_TIMEOUT: '3' },
    timeout: 10_000,
  });
  if (probe.status === 0 && probe.stdout.trim() === '1') {
    process.env.TEST_DATABASE_URL = local;
    console.log(`  (TEST_DATABASE_URL is not set: using this machine's PostgreSQL, ${local})`);
  } else console.log('  (TEST_DATABASE_URL is not set and no PostgreSQL answers on 127.0.0.1:5432: database tests use in-memory PGlite)');
}
if (!process.env.TEST_REDIS_URL && (await answersPing('127.0.0.1', 6379))) {
  process.env.TEST_REDIS_URL = 'redis://127.0.0.1:6379';
  console.log("  (TEST_REDIS_URL is not set: using this machine's Redis, redis://127.0.0.1:6379)");
}
console.log('› Unit and database tests (vitest)');
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(reports, 'vitest.json')}`],
  {
    stdio: 'inherit',
    cwd: root,
    env: process.env,
  },
);

console.log('› Production build');
// The typecheck above covered every file; `next build` would repeat it (it typechecks on its own
// wherever else it runs, e.g. a Vercel deployment).
process.env.PM_TYPECHECKED = typecheck === 0 ? '1' : '';
await ensureBuild();
// The same build's standalone server (docs/deploy.md, path b) answers on its own: a few seconds.
const standalone = await step('Standalone server (node .next/standalone/server.js)', 'node', ['scripts/check-standalone.mjs']);

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
const failed =
  (v?.numFailedTests ?? 0) + (p?.stats?.unexpected ?? 0) + (p?.stats?.flaky ?? 0) + staticFailures + (standalone === 0 ? 0 : 1);
const skipped = (v?.numPendingTests ?? 0) + (v?.numTodoTests ?? 0) + (p?.stats?.skipped ?? 0);
const broken = vitest.status !== 0 || e2e.status !== 0 || !v || !p;

/** Every Playwright test of the report, with its spec (suites nest). */
function playwrightTests() {
  const tests = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) for (const test of spec.tests ?? []) tests.push({ spec, test });
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of p?.suites ?? []) walk(suite);
  return tests;
}
/** The names of the failed tests, so the summary at the end of a long log says which ones. */
function failedTests() {
  const names = [];
  for (const file of v?.testResults ?? [])
    for (const t of file.assertionResults ?? [])
      if (t.status === 'failed') names.push(`vitest ${path.relative(root, file.name)} › ${t.fullName}`);
  for (const { spec, test } of playwrightTests())
    if (test.status === 'unexpected' || test.status === 'flaky')
      names.push(`playwright [${test.projectName}] ${spec.file}:${spec.line} › ${spec.title}`);
  return names;
}
/** The slowest end-to-end tests, where CI's time goes (the run's limit is 90 minutes). */
function slowestTests(count) {
  const timed = playwrightTests().map(({ spec, test }) => ({
    ms: (test.results ?? []).reduce((sum, r) => sum + (r.duration ?? 0), 0),
    project: test.projectName,
    name: `[${test.projectName}] ${spec.file} › ${spec.title}`,
  }));
  const total = timed.reduce((sum, t) => sum + t.ms, 0);
  const byProject = {};
  for (const t of timed) byProject[t.project] = (byProject[t.project] ?? 0) + t.ms;
  return { total, byProject, slowest: timed.sort((a, b) => b.ms - a.ms).slice(0, count) };
}
if (p) {
  const { total, byProject, slowest } = slowestTests(12);
  const min = (ms) => `${(ms / 60_000).toFixed(1)} min`;
  console.log(
    `\nplaywright time: ${min(p.stats?.duration ?? 0)} on the clock; ${min(total)} of tests summed over the lanes (${Object.entries(
      byProject,
    )
      .map(([name, ms]) => `${name} ${min(ms)}`)
      .join(', ')}); slowest:`,
  );
  for (const t of slowest) console.log(`  ${(t.ms / 1000).toFixed(1)} s ${t.name}`);
}
const failedNames = failedTests();
if (failedNames.length) console.log(`\nfailed:\n${failedNames.map((n) => `  ✖ ${n}`).join('\n')}`);
console.log(
  `\nstatic checks: ${4 - staticFailures} passed, ${staticFailures} failed; standalone server: ${standalone === 0 ? 'ok' : 'failed'}; vitest: ${v ? `${v.numPassedTests} passed, ${v.numFailedTests} failed` : 'no report'}; playwright: ${p ? `${p.stats.expected} passed, ${p.stats.unexpected + p.stats.flaky} failed` : 'no report'}`,
);
console.log(`${passed} passed, ${failed + (broken && failed === 0 ? 1 : 0)} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(broken || failed > 0 ? 1 : 0);
