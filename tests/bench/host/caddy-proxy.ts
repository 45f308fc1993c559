/**
 * Caddy (Debian's package) in front of a server, as docs/caddy.md runs it self-hosted: a
 * `reverse_proxy` that keeps the Host header, here on plain http on loopback — the same footing
 * as nginx in this bench (TLS would cost both the same). One Caddy process, state in a temp dir.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, locateCaddy } from '@tests/helpers/caddy';

export type CaddyProxy = { origin: string; stop(): Promise<void> };

export async function startCaddyProxy(upstream: string): Promise<CaddyProxy> {
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

http://:${port} {
	bind 127.0.0.1
	reverse_proxy ${upstream.replace(/^http:\/\//, '')}
}
`,
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
      return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`caddy did not start: ${log.trim().slice(-500) || 'no answer within 15 s'}`);
}
