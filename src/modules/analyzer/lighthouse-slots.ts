import { getEnv } from '@/lib/env';

export type SlotPriority = 'interactive' | 'background';

export type Slots = {
  /** Waits for a free slot (interactive callers before background ones, each in arrival order); call the returned function to give it back. */
  acquire(priority: SlotPriority): Promise<() => void>;
  /** Runs holding a slot now, and callers waiting for one. */
  stats(): { running: number; waiting: number };
};

/** A counting semaphore with two priorities; `size` is read on every grant, so a changed setting applies to the next run. */
export function createSlots(size: () => number): Slots {
  let running = 0;
  const queues: Record<SlotPriority, Array<() => void>> = { interactive: [], background: [] };
  const grant = () => {
    while (running < Math.max(1, size())) {
      const next = queues.interactive.shift() ?? queues.background.shift();
      if (!next) return;
      running += 1;
      next();
    }
  };
  return {
    acquire(priority) {
      return new Promise((resolve) => {
        queues[priority].push(() => {
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            running -= 1;
            grant();
          });
        });
        grant();
      });
    },
    stats: () => ({ running, waiting: queues.interactive.length + queues.background.length }),
  };
}

/**
 * The Lighthouse runs one process may have going at once: ANALYZER_CONCURRENCY Chromium instances
 * in all, whether a visitor's analysis (the analyzer job, which has its own cap at the jobs engine)
 * or the performance cron's runs of clients' sites (its own cap inside its tick) asked for them —
 * without this the two together could start twice the budget on one box. A visitor waiting on the
 * page goes before the cron's background runs.
 */
export const lighthouseSlots = createSlots(() => getEnv().ANALYZER_CONCURRENCY);
