/**
 * Spaces calls evenly at `perSecond` (each waits for its slot, in order), so a push never sends
 * Stripe more meter events per second than its documented limit and no call is spent on a 429.
 * Hand-written: a dozen lines, where a rate-limit library (bottleneck, p-throttle) would add a
 * dependency for the same arithmetic.
 */
export function createCallPacer(perSecond: number, clock: () => number = () => performance.now()) {
  const interval = 1000 / perSecond;
  let nextSlot = -Infinity;
  return async function waitForSlot(): Promise<void> {
    const now = clock();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + interval;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  };
}
