// Shared by start.mjs and test-all.mjs. Node built-ins only: these run
// before `npm install` has happened on a fresh clone.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/**
 * Runs a long first-time step (install, build) and prints "… still installing (1m 20s)" every
 * 15 s, so a first start is never a silent terminal. Exits like `run` on failure.
 */
export function runLong(label, cmd, args, { everyMs = 15_000, ...opts } = {}) {
  const started = Date.now();
  const timer = setInterval(() => {
    const s = Math.round((Date.now() - started) / 1000);
    console.log(`  … ${label} (${Math.floor(s / 60)}m ${s % 60}s)`);
  }, everyMs);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', cwd: root, ...opts, env: { ...process.env, ...(opts.env ?? {}) } });
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      if (code !== 0) {
        console.error(`\n✖ ${cmd} ${args.join(' ')} failed (exit ${code ?? signal})`);
        process.exit(code ?? 1);
      }
      resolve();
    });
  });
}

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts, env: { ...process.env, ...(opts.env ?? {}) } });
  if (r.status !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

export function runAsync(cmd, args, opts = {}) {
  return spawn(cmd, args, { stdio: 'inherit', cwd: root, ...opts, env: { ...process.env, ...(opts.env ?? {}) } });
}

/**
 * Installs dependencies when node_modules is missing or older than the
 * lockfile. `npm install` (not `npm ci`): it installs the locked versions too,
 * but tolerates npm's known lockfile gaps (optional per-platform packages, a
 * transitive "latest" range in lighthouse) that make `npm ci` refuse.
 */
export async function ensureDependencies() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('› Installing dependencies (npm install; about 3 minutes on a first start)…');
  // Errors only: npm's warnings here (deprecated transitive packages, install scripts it skips)
  // are harmless and read like failures.
  await runLong('still installing', 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
}

/**
 * Hashes a tree by each file's path relative to the checkout and its bytes: never the absolute
 * path (a copied or renamed checkout would rebuild for nothing) nor the modification time (a copy
 * or a fresh clone gives every file a new one). Reading ~1,300 source files takes well under a
 * second, a fraction of the two-minute build it saves.
 */
function hashTree(hash, base, dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, base, p);
    else if (entry.isFile()) {
      const bytes = readFileSync(p);
      const relative = path.relative(base, p).split(path.sep).join('/');
      hash.update(`${relative}:${bytes.length}:${createHash('sha256').update(bytes).digest('hex')}\n`);
    }
  }
}

/** What the build depends on, as one digest: the same for any copy of the same sources, wherever it lives. */
export function buildStamp(dir = root) {
  const hash = createHash('sha256');
  for (const d of ['src', 'public', 'inngest']) hashTree(hash, dir, path.join(dir, d));
  for (const f of ['next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json']) {
    const p = path.join(dir, f);
    if (existsSync(p)) hash.update(`${f}:`).update(readFileSync(p));
  }
  return hash.digest('hex');
}

/** `next build` unless the sources are unchanged since the last build. */
export async function ensureBuild() {
  const digest = buildStamp();
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const stamp = path.join(root, distDir, 'pm-build-hash');
  if (existsSync(path.join(root, distDir, 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) {
    console.log('› Build is up to date');
    return;
  }
  console.log('› Building the app (next build; about 2 minutes the first time)…');
  await runLong('still building', 'npx', ['next', 'build'], { env: { NEXT_TELEMETRY_DISABLED: '1' } });
  writeFileSync(stamp, digest);
}

export function chromiumPath() {
  for (const p of [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (p && existsSync(p)) return p;
  }
  return undefined;
}

/**
 * Debian's Caddy for the custom-domain TLS test (tests/domains/caddy-tls.test.ts). Installed as
 * root when missing; otherwise that test fails itself with what to do (it never skips silently).
 */
export function ensureCaddy() {
  const found = () => ['/usr/bin/caddy', '/usr/local/bin/caddy', process.env.CADDY_PATH].find((p) => p && existsSync(p));
  if (found() || process.getuid?.() !== 0) return found();
  console.log('› Installing Debian caddy for the custom-domain TLS test…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'caddy'], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
  return found();
}

/**
 * Debian's poppler-utils (`pdftoppm`) for the reports e2e test, which turns a downloaded monthly
 * report's first page into a PNG attached to the test. Installed as root when missing; otherwise
 * that test says what to do.
 */
export function ensurePoppler() {
  const found = () => ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((p) => existsSync(p));
  if (found() || process.getuid?.() !== 0) return found();
  console.log('› Installing Debian poppler-utils (pdftoppm) for the reports end-to-end test…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
  return found();
}

/** Debian's Chromium for end-to-end tests (Playwright cannot download its own here). */
export function ensureChromium() {
  if (chromiumPath()) return chromiumPath();
  if (process.getuid?.() !== 0) {
    console.error('✖ Chromium is missing. Install it with: sudo apt-get install -y chromium');
    process.exit(1);
  }
  console.log('› Installing Debian chromium for end-to-end tests…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
  return chromiumPath();
}
