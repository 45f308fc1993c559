/** Runs the load generator (load-child.ts, autocannon) in a separate Node process. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type LoadOptions = { url: string; connections: number; durationS: number; headers: Record<string, string> };
export type LoadResult = {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  bytesPerSecond: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  generatorCpuPercent: number;
  /** Filled by the serve bench: CPU time of the server's processes per request, and their share of one CPU. */
  serverCpuUsPerRequest?: number;
  serverCpuPercent?: number;
};

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-child.ts');

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // tsx as a loader of a plain `node` process: the child runs TypeScript like this process does.
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-2000)));
    // The run is fixed-duration; this only guards against a hung child.
    const timer = setTimeout(() => child.kill('SIGKILL'), (options.durationS + 60) * 1000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) return reject(new Error(`load generator failed (${code}): ${err.trim().slice(-500)}`));
      resolve(JSON.parse(line) as LoadResult);
    });
  });
}
