import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPglite, type DbHandle } from '@/lib/db/client';
import { createMigratedTestDb } from '@tests/helpers/test-db';

// The embedded engine is durable: a worker process killed (SIGKILL, no goodbye) in the middle of a
// step or of a sleep loses nothing. The next process resumes the run from its last memoised step
// — the step that was cut off runs again, the others don't — wakes the sleep when it is due, and
// a cron tick missed while no process ran fires once. Real processes against a real database:
// PostgreSQL when TEST_DATABASE_URL is set (CI), else a file-backed PGlite directory.

const script = path.join(import.meta.dirname, 'fixtures', 'restart-worker.ts');
const pgUrl = process.env.TEST_DATABASE_URL;
const children: ChildProcess[] = [];
let pgHandle: (DbHandle & { url?: string }) | undefined;
let dataDir: string | undefined;

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await pgHandle?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

type Worker = {
  child: ChildProcess;
  lines: string[];
  waitFor(line: string, count?: number, timeoutMs?: number): Promise<void>;
  exited: Promise<number | null>;
};

function startWorker(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: path.resolve(import.meta.dirname, '..', '..'),
    env: {
      ...process.env,
      ...(pgHandle?.url ? { DATABASE_URL: pgHandle.url } : { DATABASE_URL: '', DATA_DIR: dataDir! }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    lines.push(...parts.map((l) => l.trim()).filter(Boolean));
    for (const wake of waiters.splice(0)) wake();
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    exited,
    async waitFor(line, count = 1, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (lines.filter((l) => l === line).length < count) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for "${line}"; saw ${JSON.stringify(lines)}; stderr: ${stderr}`);
        if (child.exitCode !== null) throw new Error(`worker exited (${child.exitCode}) before "${line}": ${stderr}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
  };
}

async function kill(worker: Worker): Promise<void> {
  worker.child.kill('SIGKILL');
  await worker.exited;
}

async function stop(worker: Worker): Promise<void> {
  worker.child.kill('SIGTERM');
  await worker.exited;
}

describe('embedded engine across restarts', () => {
  it('resumes a run killed mid-step and mid-sleep, and fires a missed cron tick once', async () => {
    if (pgUrl) {
      pgHandle = await createMigratedTestDb('');
    } else {
      dataDir = mkdtempSync(path.join(tmpdir(), 'pm-restart-'));
    }
    const send: Record<string, string> = pgHandle ? {} : { SEND: '1' };
    if (pgHandle) await pgHandle.executor.query(`select private.enqueue_job_event('test/restart', '{"label":"x"}', 'restart-once')`);

    // 1. Killed while step "two" works.
    const a = startWorker({ ...send, SLOW_STEP_MS: '120000' });
    await a.waitFor('marker:two-started');
    await kill(a);

    // 2. The next process takes the run over once its lease (1.5 s) has run out: "one" is not
    //    repeated, "two" runs again and completes, then the run sleeps 3 s — killed mid-sleep.
    const b = startWorker({ ...send });
    await b.waitFor('marker:two-done');
    await new Promise((r) => setTimeout(r, 500));
    await kill(b);
    const sleptAt = Date.now();

    // 3. A third process wakes the sleep when it is due and finishes the run.
    const c = startWorker({});
    await c.waitFor('marker:three');
    expect(Date.now() - sleptAt).toBeGreaterThanOrEqual(2000);
    expect(c.lines).not.toContain('marker:two-started');
    await new Promise((r) => setTimeout(r, 300));
    await stop(c);

    // 4. The app was down "for a year": the yearly cron tick fires once, not once per missed tick.
    const d = startWorker({ CLOCK_OFFSET_MS: String(400 * 24 * 3600 * 1000) });
    await d.waitFor('marker:cron');
    await new Promise((r) => setTimeout(r, 1500));
    await stop(d);

    const db = pgHandle ?? (await openPglite(path.join(dataDir!, 'pglite'))); // where the app keeps it under DATA_DIR
    try {
      const log = await db.executor.query<{ marker: string; n: number }>(
        'select marker, count(*)::int as n from public.restart_log group by marker order by marker',
      );
      expect(Object.fromEntries(log.map((r) => [r.marker, r.n]))).toEqual({ one: 1, 'two-started': 2, 'two-done': 1, three: 1, cron: 1 });
      const runs = await db.executor.query<{ function_id: string; status: string; output: unknown }>(
        'select function_id, status, output from public.job_runs order by created_at',
      );
      expect(runs).toEqual([
        { function_id: 'restart-steps', status: 'succeeded', output: 'finished' },
        { function_id: 'restart-cron', status: 'succeeded', output: null },
      ]);
    } finally {
      if (!pgHandle) await db.close();
    }
  }, 180_000);
});
