/**
 * nginx as the serving baseline: the same built files from a temp dir, with the headers
 * production sends (CSP and friends, the same Cache-Control rules) and gzip — the files are
 * pre-compressed at level 9 (`gzip_static`), which is what our server does too (it compresses
 * once and caches), so both send identical bytes. One worker process, like our one Node process.
 *
 * Installs Debian's nginx when it is missing and we are root; otherwise the comparison is
 * skipped with a message saying why.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltFile } from '@/modules/build/types';
import { PRODUCTION_BASE_HEADERS } from './site-file-server';

const CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

const findNginx = () => CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;

function aptGet(args: string[]): boolean {
  const run = spawnSync('apt-get', args, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, stdio: 'ignore', timeout: 300_000 });
  return run.status === 0;
}

/** The nginx binary, installing it (as root, through apt-get) when it is missing. */
export function ensureNginx(log: (line: string) => void): { binary: string } | { skipped: string } {
  const found = findNginx();
  if (found) return { binary: found };
  if (process.getuid?.() !== 0)
    return { skipped: 'nginx is not installed and this is not root (install it with: apt-get install -y nginx)' };
  if (!existsSync('/usr/bin/apt-get')) return { skipped: 'nginx is not installed and there is no apt-get here' };
  log('  nginx is missing: apt-get install -y nginx …');
  // Debian's package lists may be absent in a fresh image: update once, then retry.
  const isInstalled =
    aptGet(['install', '-y', '--no-install-recommends', 'nginx']) ||
    (aptGet(['update']) && aptGet(['install', '-y', '--no-install-recommends', 'nginx']));
  const binary = findNginx();
  if (!isInstalled || !binary) return { skipped: 'apt-get install -y nginx failed' };
  return { binary };
}

/** A loopback port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function config(prefix: string, root: string, port: number): string {
  const headers = Object.entries(PRODUCTION_BASE_HEADERS).map(([name, value]) => `add_header ${name} ${quote(value)} always;`);
  // add_header in a location replaces the server's, so every location includes the full set.
  const location = (match: string, cacheControl: string, extra = '') =>
    `location ${match} { include ${path.join(prefix, 'headers.conf')}; add_header Cache-Control ${quote(cacheControl)} always; ${extra} }`;
  writeFileSync(path.join(prefix, 'headers.conf'), `${headers.join('\n')}\n`);
  return `
worker_processes 1;
daemon off;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  server_tokens off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path ${path.join(prefix, 'tmp-body')};
  proxy_temp_path ${path.join(prefix, 'tmp-proxy')};
  fastcgi_temp_path ${path.join(prefix, 'tmp-fastcgi')};
  uwsgi_temp_path ${path.join(prefix, 'tmp-uwsgi')};
  scgi_temp_path ${path.join(prefix, 'tmp-scgi')};
  types {
    text/html html; text/css css; text/javascript js; image/svg+xml svg;
    application/manifest+json webmanifest; text/plain txt; application/xml xml;
  }
  default_type application/octet-stream;
  charset utf-8;
  charset_types text/css text/javascript text/plain application/xml;
  gzip on;
  gzip_static on;
  gzip_vary on;
  gzip_min_length 512;
  gzip_comp_level 9;
  gzip_types text/css text/javascript text/plain application/xml application/manifest+json image/svg+xml;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    index index.html;
    error_page 404 /404.html;
    ${location('/assets/', 'public, max-age=31536000, immutable')}
    ${location('= /sw.js', 'no-cache')}
    ${location('/', 'public, max-age=0, s-maxage=60, must-revalidate', 'try_files $uri $uri/ =404;')}
  }
}
`;
}

export type NginxServer = { origin: string; pid: number; stop(): Promise<void> };

export async function startNginx(binary: string, files: readonly BuiltFile[]): Promise<NginxServer> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'pm-bench-nginx-'));
  const root = path.join(prefix, 'site');
  // Workers run as an unprivileged user when the master is root: the tree must be world-readable.
  chmodSync(prefix, 0o755);
  for (const file of files) {
    const target = path.join(root, file.path);
    mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
    writeFileSync(target, file.body, { mode: 0o644 });
    if (COMPRESSIBLE.test(file.contentType) && file.size >= 512)
      writeFileSync(`${target}.gz`, gzipSync(file.body, { level: 9 }), { mode: 0o644 });
  }
  const port = await freePort();
  const confPath = path.join(prefix, 'nginx.conf');
  writeFileSync(confPath, config(prefix, root, port));
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', confPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGQUIT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  // Ready when it answers; bounded to 10 s.
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    const response = await fetch(`${origin}/`).catch(() => null);
    if (response?.ok) return { origin, pid: child.pid!, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`nginx did not start: ${stderr.trim().slice(-500) || 'no answer within 10 s'}`);
}
