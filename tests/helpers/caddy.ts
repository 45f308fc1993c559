import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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

/**
 * A root and intermediate for Caddy's internal CA, made with openssl. Caddy 2.6 would make its own,
 * but its intermediate lives 7 days and clamps every certificate to that — always inside the
 * 14-day renewal window the certificate check watches. Ours live 10 years; leaves live 30 days.
 */
function createTestCa(dir: string) {
  mkdirSync(dir, { recursive: true });
  const f = (name: string) => path.join(dir, name);
  const openssl = (args: string[]) => {
    const out = spawnSync('openssl', args, { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`openssl ${args[0]} failed: ${out.stderr}`);
  };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl([
    'req',
    '-x509',
    ...ec,
    '-keyout',
    f('root.key'),
    '-out',
    f('root.pem'),
    '-days',
    '3650',
    '-subj',
    '/O=Page Magic test CA/CN=Page Magic test root',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  openssl([
    'req',
    ...ec,
    '-keyout',
    f('intermediate.key'),
    '-out',
    f('intermediate.csr'),
    '-subj',
    '/O=Page Magic test CA/CN=Page Magic test intermediate',
  ]);
  writeFileSync(f('ext.cnf'), 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n');
  openssl([
    'x509',
    '-req',
    '-in',
    f('intermediate.csr'),
    '-CA',
    f('root.pem'),
    '-CAkey',
    f('root.key'),
    '-CAcreateserial',
    '-out',
    f('intermediate.pem'),
    '-days',
    '3650',
    '-extfile',
    f('ext.cnf'),
  ]);
  return { root: f('root.pem'), rootKey: f('root.key'), intermediate: f('intermediate.pem'), intermediateKey: f('intermediate.key') };
}

export type RunningCaddy = {
  httpsPort: number;
  /** The internal CA's root certificate (PEM path): what a client trusts, like curl --cacert. */
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
export async function startCaddy(options: {
  askUrl: string;
  upstream: string;
  /** Leaf certificates' lifetime (Caddy's internal default is 12 h, inside any renewal window). */
  certificateLifetime?: string;
}): Promise<RunningCaddy> {
  const caddy = locateCaddy();
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-caddy-'));
  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  const ca = createTestCa(path.join(dir, 'ca'));
  const caddyfile = `{
	admin off
	pki {
		ca local {
			root {
				cert ${ca.root}
				key ${ca.rootKey}
			}
			intermediate {
				cert ${ca.intermediate}
				key ${ca.intermediateKey}
			}
		}
	}
	skip_install_trust
	http_port ${httpPort}
	https_port ${httpsPort}
	storage file_system ${path.join(dir, 'data')}
	on_demand_tls {
		ask ${options.askUrl}
	}
}

https:// {
	tls {
		issuer internal {
			lifetime ${options.certificateLifetime ?? '30d'}
		}
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
    rootCertPath: ca.root,
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
