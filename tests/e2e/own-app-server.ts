import { spawn, type ChildProcess } from 'node:child_process';
import { expect } from '@playwright/test';

/**
 * An app server of a spec's own, on `port`, with its own data directory (`E2E_DATA_DIR` +
 * `dataSuffix`) and extra environment: for what the suite's shared server cannot show (a deploy,
 * a stock-photo provider, the analyzer's loopback test mode). Resolves once /api/health answers.
 */
export async function startOwnAppServer(
  port: number,
  { dataSuffix, env = {}, timeoutMs = 120_000 }: { dataSuffix: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/e2e-server.mjs', String(port)], {
    env: { ...process.env, E2E_DATA_DIR: `${process.env.E2E_DATA_DIR || '.data-e2e'}${dataSuffix}`, ...env },
    stdio: 'ignore',
    // Its own process group, so stopping it stops the server it starts too.
    detached: true,
  });
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`http://localhost:${port}/api/health`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: timeoutMs, intervals: [250, 500] },
    )
    .toBe(200);
  return child;
}

/** Stops a server from `startOwnAppServer` (and what it started) and waits until it has exited. */
export async function stopOwnAppServer(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}
