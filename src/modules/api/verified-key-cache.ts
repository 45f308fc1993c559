import type { ApiScope } from './api-scopes';

/** A key the database found usable (known, not revoked, not expired, its owner not suspended). */
export type CheckedApiKey = {
  id: string;
  ownerId: string;
  scopes: readonly ApiScope[];
  projectId: string | null;
  expiresAt: Date | null;
  /** Kept up to date by the caller when it stamps the key's use. */
  lastUsedAt: Date | null;
};

/**
 * How long one check by the database vouches for a key. Issue 36 wants a revoked key refused
 * within a second of its revocation, in every instance; an entry is served only while the check
 * that made it *started* less than this long ago, and a check that started after the revocation
 * committed sees it — so any instance refuses a revoked key (or a suspended owner's) within this
 * time, half the second asked for. The instance that revokes forgets the key at once
 * (`forgetApiKey`), so there the very next call is refused. Expiry is not cached: the caller checks
 * it on every call.
 */
export const VERIFIED_KEY_TTL_MS = 500;
/** Past this age an entry still in use is checked again in the background, so a busy key's calls never wait for the database. */
const RECHECK_AFTER_MS = VERIFIED_KEY_TTL_MS / 2;
/** Only usable keys are kept (an unknown token cannot add an entry), and never more than this many. */
const MAX_KEYS = 10_000;

type Entry = { key: CheckedApiKey; checkedAt: number; isRechecking: boolean };
type State = {
  /** By the key's SHA-256, never the secret; Map order is the order of checks, oldest first. */
  byHash: Map<string, Entry>;
  /** Keys revoked in this process, with when: a check that started before then may not enter. */
  forgottenAt: Map<string, number>;
};

// On globalThis: Next.js may evaluate this module once per route bundle, and a revocation in the
// dashboard's action must reach the cache the /api/v1 routes read.
const g = globalThis as typeof globalThis & { __pmVerifiedApiKeys?: State };
const state = (): State => (g.__pmVerifiedApiKeys ??= { byHash: new Map(), forgottenAt: new Map() });

/** Monotonic: a step of the wall clock must not stretch an entry's life. */
const clock = () => performance.now();

/**
 * The key with this hash: from an entry younger than VERIFIED_KEY_TTL_MS, else from `check` (the
 * database), whose usable answer is kept. A refusal (any string `check` returns) is never kept.
 */
export async function getCheckedApiKey<R extends string>(
  hash: string,
  check: () => Promise<CheckedApiKey | R>,
): Promise<CheckedApiKey | R> {
  const entry = state().byHash.get(hash);
  const now = clock();
  if (entry && now - entry.checkedAt < VERIFIED_KEY_TTL_MS) {
    if (now - entry.checkedAt >= RECHECK_AFTER_MS && !entry.isRechecking) recheck(hash, entry, check);
    return entry.key;
  }
  const startedAt = clock();
  const result = await check();
  if (typeof result === 'string') state().byHash.delete(hash);
  else remember(hash, result, startedAt);
  return result;
}

/** Revoked here: gone from this process's cache at once, and kept out of it by checks already under way. */
export function forgetApiKey(keyId: string): void {
  const { byHash, forgottenAt } = state();
  const now = clock();
  for (const [hash, entry] of byHash) if (entry.key.id === keyId) byHash.delete(hash);
  // A check older than the TTL could not be served anyway, so older marks can go.
  for (const [id, at] of forgottenAt) if (now - at > VERIFIED_KEY_TTL_MS) forgottenAt.delete(id);
  forgottenAt.set(keyId, now);
}

/** Tests and the bench: the next call of every key goes to the database. */
export function forgetAllApiKeys(): void {
  state().byHash.clear();
}

function remember(hash: string, key: CheckedApiKey, checkedAt: number): void {
  const { byHash, forgottenAt } = state();
  const forgotten = forgottenAt.get(key.id);
  if (forgotten !== undefined && checkedAt <= forgotten) return;
  byHash.delete(hash);
  if (byHash.size >= MAX_KEYS) {
    const oldest = byHash.keys().next();
    if (!oldest.done) byHash.delete(oldest.value);
  }
  byHash.set(hash, { key, checkedAt, isRechecking: false });
}

function recheck<R extends string>(hash: string, entry: Entry, check: () => Promise<CheckedApiKey | R>): void {
  entry.isRechecking = true;
  const startedAt = clock();
  check().then(
    (result) => {
      // Forgotten (revoked here) or replaced meanwhile: that decision stands.
      if (state().byHash.get(hash) !== entry) return;
      if (typeof result === 'string') state().byHash.delete(hash);
      else remember(hash, result, startedAt);
    },
    () => {
      // The database did not answer: the entry runs out at its TTL, and the next call checks in
      // line, where the failure is reported with the request.
      entry.isRechecking = false;
    },
  );
}
