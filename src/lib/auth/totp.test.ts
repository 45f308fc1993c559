import { describe, expect, it } from 'vitest';
import { currentTotpCode, matchTotpStep, newTotpSecret } from './totp';

// Issue 33.8: the verification window had no test (widening it to ±5 minutes went unnoticed). One
// 30-second step either side is accepted; two steps away is refused, in both directions.

const STEP = 30_000;
// The middle of a step, so "one step away" is never a rounding question.
const NOW = Math.floor(Date.UTC(2026, 10, 25, 12, 0, 0) / STEP) * STEP + STEP / 2;
const step = (t: number) => Math.floor(t / STEP);

describe('TOTP window', () => {
  const secret = newTotpSecret();

  it.each([
    ['the current step', 0, 0],
    ['one step old (a code typed as it rolled over)', -1, -1],
    ['one step ahead (a phone clock a little fast)', 1, 1],
  ])('accepts a code from %s', (_name, offset, delta) => {
    const code = currentTotpCode(secret, NOW + offset * STEP);
    expect(matchTotpStep(secret, code, NOW)).toBe(step(NOW) + delta);
  });

  it.each([
    ['two steps old', -2],
    ['two steps ahead', 2],
    ['five minutes old', -10],
    ['five minutes ahead', 10],
  ])('refuses a code %s', (_name, offset) => {
    const code = currentTotpCode(secret, NOW + offset * STEP);
    // A code from another step can, by chance, equal one inside the window (1 in a million per step).
    const inWindow = [-1, 0, 1].map((d) => currentTotpCode(secret, NOW + d * STEP));
    if (inWindow.includes(code)) return;
    expect(matchTotpStep(secret, code, NOW)).toBeNull();
  });

  it('refuses another secret’s code, and anything that is not six digits', () => {
    expect(matchTotpStep(secret, currentTotpCode(newTotpSecret(), NOW), NOW)).toBeNull();
    for (const code of ['', '12345', '1234567', 'abcdef', '12 34 5']) expect(matchTotpStep(secret, code, NOW)).toBeNull();
    expect(matchTotpStep(secret, currentTotpCode(secret, NOW).replace(/^(\d{3})/, '$1 '), NOW)).toBe(step(NOW));
  });
});
