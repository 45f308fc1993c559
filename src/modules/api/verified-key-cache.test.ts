import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetAllApiKeys, forgetApiKey, getCheckedApiKey, VERIFIED_KEY_TTL_MS, type CheckedApiKey } from './verified-key-cache';

// The verified-key cache on its own, on a fake clock: what it serves, for how long, and what a
// revocation does to it. The whole route (a real revocation in the database) is in
// tests/api/v1-api.test.ts.

const key = (id = 'key-1'): CheckedApiKey => ({
  id,
  ownerId: 'owner',
  scopes: ['read'],
  projectId: null,
  expiresAt: null,
  lastUsedAt: null,
});

/** A stand-in for the database's check, counting its calls; its answer can change. */
function database(answer: CheckedApiKey | 'revoked' = key()) {
  const db = { answer, calls: 0, check: async () => (db.calls++, db.answer) };
  return db;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['performance'] });
  forgetAllApiKeys();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('verified-key cache', () => {
  it('serves a usable key from one check for less than the TTL, then checks again in line', async () => {
    const db = database();
    expect(await getCheckedApiKey('h', db.check)).toEqual(key());
    vi.advanceTimersByTime(VERIFIED_KEY_TTL_MS / 2 - 1);
    expect(await getCheckedApiKey('h', db.check)).toEqual(key());
    expect(db.calls).toBe(1);

    // Not used in the second half: nothing rechecked it, so past the TTL the call waits for the database.
    vi.advanceTimersByTime(VERIFIED_KEY_TTL_MS / 2 + 1);
    db.answer = 'revoked';
    expect(await getCheckedApiKey('h', db.check)).toBe('revoked');
    expect(db.calls).toBe(2);
  });

  it('rechecks a key in use in the background past half the TTL; a refusal found there ends it at once', async () => {
    const db = database();
    await getCheckedApiKey('h', db.check);
    vi.advanceTimersByTime(VERIFIED_KEY_TTL_MS / 2);
    db.answer = 'revoked';
    // This call is still served (its entry is younger than the TTL) and starts the recheck …
    expect(await getCheckedApiKey('h', db.check)).toEqual(key());
    await vi.waitFor(() => expect(db.calls).toBe(2));
    await Promise.resolve();
    // … whose refusal the next call gets, without waiting for the TTL.
    expect(await getCheckedApiKey('h', db.check)).toBe('revoked');
  });

  it('never serves an entry whose check started a TTL ago or more, however busy the key', async () => {
    const db = database();
    await getCheckedApiKey('h', db.check);
    let resolveSlowCheck: (value: CheckedApiKey) => void = () => {};
    const slow = () => new Promise<CheckedApiKey>((resolve) => (resolveSlowCheck = resolve));
    vi.advanceTimersByTime(VERIFIED_KEY_TTL_MS / 2);
    await getCheckedApiKey('h', slow); // starts a recheck that does not answer
    vi.advanceTimersByTime(VERIFIED_KEY_TTL_MS / 2);
    db.answer = 'revoked';
    expect(await getCheckedApiKey('h', db.check)).toBe('revoked');
    resolveSlowCheck(key());
  });

  it('keeps no refusal: an unknown or revoked key goes to the database every time', async () => {
    const db = database('revoked');
    expect(await getCheckedApiKey('h', db.check)).toBe('revoked');
    expect(await getCheckedApiKey('h', db.check)).toBe('revoked');
    expect(db.calls).toBe(2);
  });

  it('forgets a key revoked in this process at once, and a check already under way cannot bring it back', async () => {
    const db = database();
    await getCheckedApiKey('h', db.check);
    let answerStaleCheck: (value: CheckedApiKey) => void = () => {};
    const stale = getCheckedApiKey('other-hash-same-key', () => new Promise<CheckedApiKey>((resolve) => (answerStaleCheck = resolve)));
    vi.advanceTimersByTime(1);
    forgetApiKey('key-1');
    answerStaleCheck(key()); // it read the row before the revocation committed
    await stale;
    db.answer = 'revoked';
    expect(await getCheckedApiKey('h', db.check)).toBe('revoked');
    expect(await getCheckedApiKey('other-hash-same-key', db.check)).toBe('revoked');
  });
});
