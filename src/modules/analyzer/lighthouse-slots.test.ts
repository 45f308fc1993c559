import { describe, expect, it } from 'vitest';
import type { Resolver } from 'node:dns/promises';
import { getEnv } from '@/lib/env';
import { createSlots, lighthouseSlots } from './lighthouse-slots';
import { runAnalysis } from './run-analysis';

const ticks = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

describe('the Chromium slots', () => {
  it('lets `size` run at once and gives a freed slot to a waiting visitor before the cron’s background runs', async () => {
    const slots = createSlots(() => 2);
    const order: string[] = [];
    const take = (name: string, priority: 'interactive' | 'background') =>
      slots.acquire(priority).then((release) => {
        order.push(name);
        return release;
      });
    const first = await take('bg1', 'background');
    const second = await take('bg2', 'background');
    const bg3 = take('bg3', 'background');
    const visitor = take('visitor', 'interactive');
    await ticks();
    expect(order).toEqual(['bg1', 'bg2']);
    expect(slots.stats()).toEqual({ running: 2, waiting: 2 });
    first();
    first(); // a second release of the same slot frees nothing
    await ticks();
    expect(order).toEqual(['bg1', 'bg2', 'visitor']);
    expect(slots.stats()).toEqual({ running: 2, waiting: 1 });
    second();
    (await visitor)();
    (await bg3)();
    expect(order).toEqual(['bg1', 'bg2', 'visitor', 'bg3']);
    expect(slots.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('holds runAnalysis (the visitor’s and the performance cron’s) until a slot of the process’s budget is free', async () => {
    const held = await Promise.all(Array.from({ length: getEnv().ANALYZER_CONCURRENCY }, () => lighthouseSlots.acquire('background')));
    let lookups = 0;
    const resolver = {
      resolve4: async () => {
        lookups += 1;
        return ['10.0.0.5'];
      },
      resolve6: async () => [],
    } as unknown as Resolver;
    const run = runAnalysis('https://slots.example/', { resolver, allowLoopback: false });
    await ticks(20);
    expect(lookups).toBe(0); // not started: every slot is taken
    held.shift()!();
    // Started once a slot was free: the private address is refused, and the slot given back.
    await expect(run).rejects.toThrow(/private/);
    expect(lookups).toBe(1);
    for (const release of held) release();
    expect(lighthouseSlots.stats()).toEqual({ running: 0, waiting: 0 });
  });
});
