import { setJobQueueReader } from '@/lib/metrics';
import { reportError } from '@/lib/observability';
import type { Job } from '../types';
import { EmbeddedEngine, type EngineOptions } from './engine';

/**
 * The embedded engine's loop, for `npm start` without Inngest: it polls the database (every
 * `pollMs`, or at once when this process just sent an event) and executes due runs. Inngest plays
 * this part in production, so nothing in the product depends on a long-lived web process there;
 * this loop is the local stand-in for Inngest's own scheduler, not periodic work of the app
 * (that is written as cron jobs and runs on either adapter).
 */
export class EmbeddedWorker {
  readonly engine: EmbeddedEngine;
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private kicked = false;

  constructor(
    jobs: readonly Job[],
    private readonly options: EngineOptions & { pollMs?: number } = {},
  ) {
    // A finished run frees a slot and may have sent events or scheduled a retry: look again at once.
    this.engine = new EmbeddedEngine(jobs, { ...options, onRunFinished: () => this.kick() });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Something new may be due (an event sent from this process, a run finished): look now. */
  kick(): void {
    this.kicked = true;
    this.wakeUp?.();
  }

  /** Stops taking work and waits (up to `timeoutMs`) for the runs in progress; the rest resume elsewhere later. */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await Promise.race([Promise.all([this.loop, this.engine.idle()]), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
  }

  private async run(): Promise<void> {
    const pollMs = this.options.pollMs ?? 1000;
    while (this.running) {
      let found = 0;
      this.kicked = false;
      try {
        found = await this.engine.tick();
      } catch (err) {
        reportError(err, { where: 'embedded job worker' });
      }
      if (!this.running) break;
      // Found work: there may be more. Idle (or full): wait for a kick or the next poll.
      if (found === 0 && !this.kicked) await this.pause(pollMs);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref();
      this.wakeUp = done;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
  }
}

const g = globalThis as typeof globalThis & { __pmJobWorker?: EmbeddedWorker };

/** Starts this process's worker once (Next.js may load the instrumentation hook more than once). */
export function startEmbeddedWorker(jobs: readonly Job[], options: EngineOptions & { pollMs?: number } = {}): EmbeddedWorker {
  if (!g.__pmJobWorker) {
    const worker = new EmbeddedWorker(jobs, options);
    g.__pmJobWorker = worker;
    worker.start();
    setJobQueueReader(() => worker.engine.queueStats());
  }
  return g.__pmJobWorker;
}

/** Wakes this process's worker, if it runs one (after an event was committed here). */
export function kickEmbeddedWorker(): void {
  g.__pmJobWorker?.kick();
}

export async function stopEmbeddedWorker(): Promise<void> {
  const worker = g.__pmJobWorker;
  g.__pmJobWorker = undefined;
  setJobQueueReader(undefined);
  await worker?.stop();
}
