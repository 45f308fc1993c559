import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { reportError } from '@/lib/observability';
import { apiIdempotencyKeys } from './schema';
import { V1Reply } from './v1-reply';

/** How long a key's stored response is replayed; after that the key is free again. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;
/**
 * A claim still without a response after this long belongs to a request that died (process
 * killed mid-request): no v1 POST runs for more than seconds, so the key is taken over rather
 * than answering 409 for a day. If that request did reach its effect and died before storing the
 * response, the retry repeats the effect: the price of not blocking the key for 24 hours.
 */
export const IDEMPOTENCY_CLAIM_ABANDONED_AFTER_MINUTES = 5;

export type IdempotentRequestInput = {
  claims: VerifiedClaims;
  /** The API key sending the request: the claim row names it (RLS checks it is the owner's). */
  apiKeyId: string;
  idempotencyKey: string;
  method: string;
  path: string;
  body: Uint8Array;
};

function requestHash(input: IdempotentRequestInput): string {
  return createHash('sha256').update(`${input.method.toUpperCase()} ${input.path}\n`).update(input.body).digest('hex');
}

type Claim = { kind: 'claimed'; id: string } | { kind: 'taken'; row: typeof apiIdempotencyKeys.$inferSelect | undefined };

/**
 * Claims the key for this request, in the database rather than in this process (several app
 * instances serve the API): `insert … on conflict do nothing` on the unique (owner_id,
 * idempotency_key), so of any number of concurrent requests exactly one gets the row back. A
 * loser's insert waits for the winner's transaction, so its read right after sees the winner's
 * row. Expired and abandoned claims of this key are deleted first, in the same transaction.
 */
async function claim(input: IdempotentRequestInput, hash: string): Promise<Claim> {
  const owner = input.claims.sub;
  const key = input.idempotencyKey;
  return withRls(input.claims, async (tx) => {
    await tx
      .delete(apiIdempotencyKeys)
      .where(
        and(
          eq(apiIdempotencyKeys.ownerId, owner),
          eq(apiIdempotencyKeys.idempotencyKey, key),
          or(
            lt(apiIdempotencyKeys.createdAt, sql`now() - make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})`),
            and(
              isNull(apiIdempotencyKeys.completedAt),
              lt(apiIdempotencyKeys.createdAt, sql`now() - make_interval(mins => ${IDEMPOTENCY_CLAIM_ABANDONED_AFTER_MINUTES})`),
            ),
          ),
        ),
      );
    const [claimed] = await tx
      .insert(apiIdempotencyKeys)
      .values({ ownerId: owner, apiKeyId: input.apiKeyId, idempotencyKey: key, requestHash: hash })
      .onConflictDoNothing({ target: [apiIdempotencyKeys.ownerId, apiIdempotencyKeys.idempotencyKey] })
      .returning({ id: apiIdempotencyKeys.id });
    if (claimed) return { kind: 'claimed', id: claimed.id };
    const [row] = await tx
      .select()
      .from(apiIdempotencyKeys)
      .where(and(eq(apiIdempotencyKeys.ownerId, owner), eq(apiIdempotencyKeys.idempotencyKey, key)));
    return { kind: 'taken', row };
  });
}

/**
 * Runs a v1 POST at most once per Idempotency-Key of the key's owner: the first request claims the
 * key, runs, and stores its response; a retry with the same method, path and body gets that
 * response again (`Idempotent-Replayed: true`), one with anything different is a 422, and one
 * that arrives while the first still runs is a 409 to retry. Only successes are stored: every v1
 * POST makes its effect in one transaction, so a failed first request had no effect, and its
 * claim is released for the retry to run for real (a plan upgraded after a limit error, say).
 */
export async function runIdempotentRequest(input: IdempotentRequestInput, execute: () => Promise<V1Reply>): Promise<V1Reply> {
  const hash = requestHash(input);
  const outcome = await claim(input, hash);
  if (outcome.kind === 'taken') {
    const { row } = outcome;
    if (row && row.requestHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED', 'errors.api.idempotencyKeyReused');
    // No row: the first request failed and released the key just now; a retry will run.
    if (!row || row.responseStatus === null) throw new AppError('IDEMPOTENCY_KEY_IN_FLIGHT', 'errors.api.idempotencyKeyInFlight');
    return new V1Reply(row.responseStatus, row.responseBody, { 'idempotent-replayed': 'true' });
  }

  let reply: V1Reply;
  try {
    reply = await execute();
  } catch (err) {
    await withRls(input.claims, (tx) => tx.delete(apiIdempotencyKeys).where(eq(apiIdempotencyKeys.id, outcome.id))).catch(
      (releaseErr: unknown) => {
        // The claim then counts as abandoned after a few minutes; the request's own error is what the client needs.
        reportError(releaseErr, { where: 'api/idempotency-release' });
      },
    );
    throw err;
  }
  await withRls(input.claims, (tx) =>
    tx
      .update(apiIdempotencyKeys)
      .set({ responseStatus: reply.status, responseBody: reply.body, completedAt: sql`now()` })
      .where(eq(apiIdempotencyKeys.id, outcome.id)),
  );
  return reply;
}
