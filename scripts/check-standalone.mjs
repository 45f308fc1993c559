// The VPS path of docs/deploy.md, checked: the standalone server the build writes
// (`.next/standalone/server.js`, next.config.ts) serves the app on its own, from a folder with no
// checkout and no node_modules of ours. As Next documents, public/ and .next/static are copied next
// to it first (the standalone folder has neither); then it is started on a loopback port with a
// fresh embedded database, and must answer 200 on `/`, on /api/health (database up: the migrations
// travelled with it), on a static chunk and on a file from public/ — and start without errors.
//
//   node scripts/check-standalone.mjs [port]      (after a build; `npm test` runs it after its build)
//
// Node built-ins only, like the other scripts run before or around the build.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './lib.mjs';

const port = Number(process.argv[2] ?? 3290);
const distDir = process.env.NEXT_DIST_DIR || '.next';
const standalone = path.join(root, distDir, 'standalone');
const server = path.join(standalone, 'server.js');
if (!existsSync(server)) {
  console.error(`✖ ${path.relative(root, server)} is missing: build first (npm run build) with output 'standalone' (next.config.ts)`);
  process.exit(1);
}

// What `next build` leaves out of the standalone folder, copied in as Next's docs say to.
cpSync(path.join(root, 'public'), path.join(standalone, 'public'), { recursive: true });
cpSync(path.join(root, distDir, 'static'), path.join(standalone, distDir, 'static'), { recursive: true });

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pm-standalone-'));
const origin = `http://localhost:${port}`;
// A clean environment: the embedded defaults, whatever services the calling shell names.
const child = spawn(process.execPath, [server], {
  cwd: standalone,
  env: {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    PORT: String(port),
    // Not 127.0.0.1: see README ("bind localhost, 0.0.0.0 or a host name").
    HOSTNAME: 'localhost',
    APP_URL: origin,
    ROOT_DOMAIN: `localhost:${port}`,
    DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: '1',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const output = [];
child.stdout.on('data', (d) => output.push(d));
child.stderr.on('data', (d) => output.push(d));
let exited = false;
child.on('exit', () => (exited = true));

async function get(pathname) {
  const response = await fetch(`${origin}${pathname}`, { redirect: 'manual', signal: AbortSignal.timeout(60_000) });
  return { status: response.status, body: await response.text() };
}

async function waitForHealth(deadline) {
  while (Date.now() < deadline && !exited) {
    try {
      const health = await get('/api/health');
      if (health.status === 200) return health;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return undefined;
}

const failures = [];
try {
  // The first answer waits for the embedded database to be created and migrated (~40 s under load).
  const health = await waitForHealth(Date.now() + 180_000);
  if (!health) failures.push('/api/health never answered 200');
  else {
    // `ok` only after a round trip to the embedded database, which first migrated itself from the
    // supabase/migrations that travelled with the server (degraded, 503, without them).
    if (JSON.parse(health.body).status !== 'ok') failures.push(`/api/health says ${health.body}`);
    const home = await get('/');
    if (home.status !== 200 || !home.body.includes('</html>')) failures.push(`/ answered ${home.status}`);
    const chunks = path.join(standalone, distDir, 'static', 'chunks');
    const chunk = readdirSync(chunks).find((f) => f.endsWith('.js'));
    const asset = await get(`/_next/static/chunks/${chunk}`);
    if (asset.status !== 200) failures.push(`/_next/static/chunks/${chunk} answered ${asset.status}`);
    const icon = await get('/favicon.png');
    if (icon.status !== 200) failures.push(`/favicon.png (public/) answered ${icon.status}`);
  }
  // A file the build did not trace (one a library reads by a computed path) shows up here first.
  const errors = Buffer.concat(output)
    .toString()
    .split('\n')
    .filter((line) => /An error occurred while loading instrumentation hook|"level":"(error|fatal)"|^Error:/.test(line));
  if (errors.length) failures.push(`the server logged errors:\n    ${[...new Set(errors)].slice(0, 5).join('\n    ')}`);
} catch (err) {
  failures.push(err instanceof Error ? err.message : String(err));
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => (exited ? resolve() : child.once('exit', resolve)));
  rmSync(dataDir, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`✖ The standalone server (${path.relative(root, server)}) failed:\n  ${failures.join('\n  ')}`);
  console.error(Buffer.concat(output).toString().split('\n').slice(-30).join('\n'));
  process.exit(1);
}
console.log(`✔ The standalone server answers / , /api/health, a static chunk and public/ on ${origin}`);
