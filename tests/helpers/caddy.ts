import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A real Caddy (Debian's package) for tests. `locateCaddy` finds it, installs it with apt when it
 * is missing and we are root (what `npm test` does for Chromium), and otherwise fails with what to
 * do: a TLS test that silently skips would prove nothing.
 */
export function locateCaddy(): string {
  const found = () => ['/usr/bin/caddy', '/usr/local/bin/caddy', process.env.CADDY_PATH].find((p) => p && existsSync(p));
  const existing = found();
  if (existing) return existing;
  if (process.getuid?.() === 0) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'caddy'], { stdio: 'ignore', env });
    const installed = found();
    if (installed) return installed;
  }
  throw new Error('Caddy is missing and could not be installed here: run `sudo apt-get install -y caddy` (or set CADDY_PATH).');
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, log: () => string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`caddy exited (${child.exitCode}):\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`caddy did not listen on ${port} within ${timeoutMs} ms:\n${log()}`);
}

export type RunningCaddy = {
  httpsPort: number;
  /** The internal CA's root certificate (PEM path), created with the first certificate. */
  rootCertPath: string;
  caddyfile: string;
  log(): string;
  stop(): Promise<void>;
};

/**
 * Starts Caddy with the production shape of docs/caddy.md — on-demand TLS whose `ask` is the
 * app's /api/domains/tls-allowed, every other name reverse-proxied to the site server with its
 * Host — but with certificates from Caddy's internal CA (no ACME here), on loopback ports, its
 * state in a temporary folder (never the machine's own Caddy data).
 */
export async function startCaddy(options: { askUrl: string; upstream: string }): Promise<RunningCaddy> {
  const caddy = locateCaddy();
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-caddy-'));
  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  const caddyfile = `{
	admin off
	skip_install_trust
	http_port ${httpPort}
	https_port ${httpsPort}
	storage file_system ${path.join(dir, 'data')}
	on_demand_tls {
		ask ${options.askUrl}
	}
}

https:// {
	tls internal {
		on_demand
	}
	reverse_proxy ${options.upstream}
}
`;
  const file = path.join(dir, 'Caddyfile');
  writeFileSync(file, caddyfile);
  const child = spawn(caddy, ['run', '--config', file, '--adapter', 'caddyfile'], {
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: path.join(dir, 'xdg-data'), XDG_CONFIG_HOME: path.join(dir, 'xdg-config') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (d: Buffer) => chunks.push(d));
  child.stderr?.on('data', (d: Buffer) => chunks.push(d));
  const log = () => Buffer.concat(chunks).toString();
  await waitForPort(httpsPort, child, log);
  return {
    httpsPort,
    rootCertPath: path.join(dir, 'data', 'pki', 'authorities', 'local', 'root.crt'),
    caddyfile,
    log,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
