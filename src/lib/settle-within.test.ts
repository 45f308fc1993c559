import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleWithin } from './settle-within';

describe('settleWithin', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the value when it comes in time', async () => {
    await expect(settleWithin(Promise.resolve('read'), 1_000, null)).resolves.toBe('read');
  });

  it('gives the fallback when the promise never settles (a Server Action left pending)', async () => {
    const result = settleWithin(new Promise<string>(() => {}), 1_000, null);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toBeNull();
  });

  it('gives the fallback when the promise fails', async () => {
    await expect(settleWithin(Promise.reject(new Error('network')), 1_000, 'fallback')).resolves.toBe('fallback');
  });
});
