/**
 * The production serving paths for the serve bench, each a real process answering a published
 * site's host:
 *  - `next start`: Next serves the site itself (what Vercel runs) — the request proxy's rewrite,
 *    the route handler, `serveSiteFile`, and Next's own response compression;
 *  - `npm start`'s front (scripts/server.ts): the site server answers site hosts before Next;
 *  - the standalone site server (scripts/site-server.ts), which Caddy fronts self-hosted.
 * The site is published beforehand into a temp DATA_DIR by prepare-next-site.ts, in its own
 * process (one DATA_DIR per server: PGlite allows one process per directory); `next build` runs
 * first when the sources changed since the last build (the same check `npm start` makes).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './nginx';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const ROOT_DOMAIN = 'sites.test';

export type NextHost = { origin: string; siteHost: string; pid: number; stop(): Promise<void> };
export type HostKind = 'next start' | 'npm start front' | 'site server';

/** The embedded defaults only: whatever service URLs this shell has, the bench serves from DATA_DIR. */
export function embeddedEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ROOT_DOMAIN, NEXT_TELEMETRY_DISABLED: '1', ...extra };
  for (const name of [
    'DATABASE_URL',
    'TEST_DATABASE_URL',
    'NEXT_PUBLIC_SUPABASE_URL',
    'SUPABASE_SERVICE_ROLE_KEY',
    'INNGEST_EVENT_KEY',
    'REDIS_URL',
    'UPSTASH_REDIS_REST_URL',
    'SENTRY_DSN',
    'NODE_OPTIONS',
  ])
    delete env[name];
  return env;
}

function runOrThrow(command: string, args: string[], env: NodeJS.ProcessEnv, what: string): string {
  const run = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0)
    throw new Error(`${what} failed (exit ${run.status ?? run.signal}): ${(run.stderr || run.stdout).trim().slice(-800)}`);
  return run.stdout;
}

async function waitUntilServing(origin: string, siteHost: string, server: ChildProcess, log: () => string): Promise<void> {
  const startedAt = Date.now();
  while (Date.now() - startedAt < 90_000) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}: ${log().slice(-800)}`);
    try {
      // fetch() can't set Host; the proxy routes on it, so ask through node:http.
      const status = await new Promise<number>((resolve, reject) => {
        const url = new URL(origin);
        const request = httpGet({ host: url.hostname, port: url.port, path: '/', headers: { host: siteHost } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
      });
      if (status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not serve ${siteHost} within 90 s: ${log().slice(-800)}`);
}

function commandFor(kind: HostKind, port: number): string[] {
  if (kind === 'next start') return [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)];
  if (kind === 'npm start front') return ['--import', 'tsx', path.join('scripts', 'server.ts'), '-p', String(port), '-H', 'localhost'];
  return ['--import', 'tsx', path.join('scripts', 'site-server.ts'), '-p', String(port), '-H', '127.0.0.1'];
}

export async function startNextHost(log: (line: string) => void, kind: HostKind = 'next start'): Promise<NextHost> {
  log(
    `    preparing ${kind}: ${kind === 'site server' ? '' : 'next build if the sources changed, then '}a site published into a temp DATA_DIR …`,
  );
  // BENCH_SERVE_NO_BUILD=1: measure the build in NEXT_DIST_DIR as it is (a shared tree whose
  // sources move under the bench would otherwise rebuild before every server).
  if (kind !== 'site server' && process.env.BENCH_SERVE_NO_BUILD !== '1')
    runOrThrow(
      process.execPath,
      ['--input-type=module', '-e', "import('./scripts/lib.mjs').then((lib) => lib.ensureBuild())"],
      { ...process.env, NODE_OPTIONS: '' },
      'next build',
    );
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pm-bench-next-'));
  try {
    const prepared = runOrThrow(
      process.execPath,
      ['--import', 'tsx', path.join('tests', 'bench', 'host', 'prepare-next-site.ts')],
      embeddedEnv(dataDir),
      'publishing the bench site',
    );
    const { slug } = JSON.parse(prepared.trim().split('\n').at(-1) ?? '{}') as { slug?: string };
    if (!slug) throw new Error(`publishing the bench site printed no slug: ${prepared.slice(-300)}`);
    if (kind !== 'site server' && !existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID')))
      throw new Error(`no build in ${process.env.NEXT_DIST_DIR || '.next'} (run next build)`);
    const port = await freePort();
    // The front binds `localhost` as `npm start` does (scripts/server.ts says why).
    const origin = `http://${kind === 'npm start front' ? 'localhost' : '127.0.0.1'}:${port}`;
    const siteHost = `${slug}.${ROOT_DOMAIN}`;
    const server = spawn(process.execPath, commandFor(kind, port), {
      cwd: ROOT,
      env: embeddedEnv(dataDir, { NODE_ENV: 'production', APP_URL: origin }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    server.stdout!.on('data', keep);
    server.stderr!.on('data', keep);
    const stop = async () => {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM'); // a graceful stop: the traffic meter flushes into the temp database
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (server.exitCode === null) server.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    };
    try {
      await waitUntilServing(origin, siteHost, server, () => output);
    } catch (error) {
      await stop();
      throw error;
    }
    return { origin, siteHost, pid: server.pid!, stop };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
