// The app as `npm start` runs it (embedded defaults), on a fresh data
// directory per end-to-end run so tests never see yesterday's data.
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root, run, runAsync } from './lib.mjs';

const port = process.argv[2] ?? '3210';
const dataDir = path.join(root, process.env.E2E_DATA_DIR || '.data-e2e');
// E2E_KEEP_DATA=1: the same app restarted on the same data, as a deploy would (pwa-update.spec).
const keepData = process.env.E2E_KEEP_DATA === '1';
if (!keepData) rmSync(dataDir, { recursive: true, force: true });
const env = {
  DATA_DIR: dataDir,
  APP_URL: `http://localhost:${port}`,
  ROOT_DOMAIN: `localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
  // Warnings and errors only: a line per request, piped through Playwright into CI's output, is
  // megabytes per run, and pino writes to a pipe synchronously — when the reader falls behind,
  // the server waits on its own log (E2E_LOG_LEVEL=info shows every request when wanted).
  LOG_LEVEL: process.env.E2E_LOG_LEVEL || 'warn',
  // The e2e run uses the embedded adapters even where the shell has service URLs.
  DATABASE_URL: '',
  REDIS_URL: '',
  // E2E_RATE_LIMIT_SCALE: a spec's own server that tests a limit itself (analyze.spec) uses 1.
  RATE_LIMIT_SCALE: process.env.E2E_RATE_LIMIT_SCALE || '50',
  // The browser's own connection counts as a trusted proxy, so a test can act from another
  // network by sending X-Forwarded-For (sign-in limits); requests without one are loopback.
  TRUSTED_PROXIES: '127.0.0.1, ::1',
  // Custom domains: verification asks the spec's own DNS server (tests/fakes/dns) on a port derived
  // from the app's, and apex domains point at loopback.
  DNS_RESOLVERS: `127.0.0.1:${Number(port) + 20000}`,
  DOMAIN_A_RECORDS: '127.0.0.1',
  // Web Push goes to the spec's local push service (web-push-testing): plain http on loopback,
  // which the push endpoint guard refuses unless this test-only flag is on (and no DATABASE_URL).
  PUSH_TEST_SERVICE: '1',
};
if (!keepData) {
  run('npx', ['tsx', 'scripts/db.ts', 'seed-if-empty'], { env });
  run('npx', ['tsx', 'scripts/db.ts', 'apply-fixtures', 'tests/e2e/fixtures'], { env });
}
// The embedded outbox prints each mail's link ("[outbox] <template> → <to>: <link>"); the lines
// are also kept in a file per port, so a test can follow a sign-up's confirmation link as the
// person would from their inbox without signing the admin in to read the outbox page
// (tests/e2e/helpers.ts `mailedLink`; the page itself has tests of its own).
const outboxFile = path.join(root, '.data-e2e-outbox', `${port}.ndjson`);
mkdirSync(path.dirname(outboxFile), { recursive: true });
if (!keepData) rmSync(outboxFile, { force: true });
const server = runAsync(process.execPath, ['--import', 'tsx', 'scripts/server.ts', '-p', port], {
  env,
  stdio: ['inherit', 'pipe', 'inherit'],
});
let pending = '';
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const lines = (pending + chunk.toString()).split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    const mail = /^\[outbox\] (\S+) → (\S+?)(?:: (\S+))?$/.exec(line.trim());
    if (mail) appendFileSync(outboxFile, JSON.stringify({ template: mail[1], to: mail[2], link: mail[3] ?? null }) + '\n');
  }
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
