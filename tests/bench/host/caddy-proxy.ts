/**
 * Caddy (Debian's package) in front of a server, as docs/caddy.md runs it self-hosted: a
 * `reverse_proxy` that keeps the Host header, here on plain http on loopback — the same footing
 * as nginx in this bench (TLS would cost both the same). One Caddy process, state in a temp dir.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltFile } from '@/modules/build/types';
import { freePort, locateCaddy } from '@tests/helpers/caddy';
import { PRODUCTION_BASE_HEADERS } from './site-file-server';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

export type CaddyProxy = { origin: string; pid: number; stop(): Promise<void> };

export async function startCaddyProxy(upstream: string): Promise<CaddyProxy> {
  return runCaddy(
    (port) => `http://:${port} {
	bind 127.0.0.1
	reverse_proxy ${upstream.replace(/^http:\/\//, '')}
}
`,
  );
}

/**
 * Caddy serving the built files itself (file_server, pre-compressed .gz beside each file, the same
 * headers as production and nginx): what "Caddy serves the published files" would cost, for
 * comparison with its proxy hop. The files are written into the temp dir.
 */
export async function startCaddyFileServer(files: readonly BuiltFile[]): Promise<CaddyProxy> {
  return runCaddy((port, dir) => {
    const root = path.join(dir, 'site');
    for (const file of files) {
      const target = path.join(root, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.body);
      if (COMPRESSIBLE.test(file.contentType) && file.size >= 512) writeFileSync(`${target}.gz`, gzipSync(file.body, { level: 9 }));
    }
    const headers = Object.entries(PRODUCTION_BASE_HEADERS)
      .map(([name, value]) => `\t\t${name} "${value.replace(/"/g, '\\"')}"`)
      .join('\n');
    return `http://:${port} {
	bind 127.0.0.1
	root * ${root}
	header {
${headers}
	}
	@immutable path /assets/*
	header @immutable Cache-Control "public, max-age=31536000, immutable"
	@sw path /sw.js
	header @sw Cache-Control "no-cache"
	@page not path /assets/* /sw.js
	header @page Cache-Control "public, max-age=0, s-maxage=60, must-revalidate"
	file_server {
		precompressed gzip
	}
}
`;
  });
}

async function runCaddy(site: (port: number, dir: string) => string): Promise<CaddyProxy> {
  const binary = locateCaddy();
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-bench-caddy-'));
  const port = await freePort();
  const file = path.join(dir, 'Caddyfile');
  writeFileSync(
    file,
    `{
	admin off
	auto_https off
	storage file_system ${path.join(dir, 'data')}
}

${site(port, dir)}`,
  );
  const child = spawn(binary, ['run', '--config', file, '--adapter', 'caddyfile'], {
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: path.join(dir, 'xdg-data'), XDG_CONFIG_HOME: path.join(dir, 'xdg-config') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  // Ready when it answers at all (the upstream decides the status); bounded to 15 s.
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) break;
    if (
      await fetch(`${origin}/`).then(
        () => true,
        () => false,
      )
    )
      return { origin, pid: child.pid!, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`caddy did not start: ${log.trim().slice(-500) || 'no answer within 15 s'}`);
}
