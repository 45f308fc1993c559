import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCallPacer } from './pace-calls';

afterEach(() => vi.useRealTimers());

describe('createCallPacer', () => {
  it('lets calls through no closer than 1/perSecond apart, in order, however many wait at once', async () => {
    vi.useFakeTimers();
    const clock = () => Date.now();
    const start = Date.now();
    const waitForSlot = createCallPacer(100, clock); // one every 10 ms
    const passed: [number, number][] = [];
    const all = Promise.all(Array.from({ length: 5 }, (_, i) => waitForSlot().then(() => void passed.push([i, Date.now() - start]))));
    await vi.advanceTimersByTimeAsync(100);
    await all;
    // The first goes at once, then one per 10 ms, in the order they asked.
    expect(passed).toEqual([
      [0, 0],
      [1, 10],
      [2, 20],
      [3, 30],
      [4, 40],
    ]);
  });

  it('does not save up slots while idle (no burst after a pause)', async () => {
    vi.useFakeTimers();
    const waitForSlot = createCallPacer(100, () => Date.now());
    await waitForSlot();
    await vi.advanceTimersByTimeAsync(1_000);
    const start = Date.now();
    let done = 0;
    const both = Promise.all([waitForSlot(), waitForSlot()].map((p) => p.then(() => done++)));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(1);
    await vi.advanceTimersByTimeAsync(10);
    await both;
    expect(done).toBe(2);
    expect(Date.now() - start).toBe(10);
  });
});
