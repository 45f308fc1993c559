import { sql } from 'drizzle-orm';
import type { PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { VerifiedClaims } from '@/lib/claims';
import { mapDatabaseError } from '@/lib/errors';
import { getRequestDb, type Db } from './client';

export type Tx = PgTransaction<PgQueryResultHKT>;

// Roles a request may assume. Never derived from user-controlled text
// without passing through this allow-list.
const ROLE_FOR = { anon: 'anon', authenticated: 'authenticated' } as const;

/**
 * Runs `fn` in one transaction as the caller: binds the verified claims with
 * a bound parameter (never string-interpolated: user_metadata is
 * user-editable) and switches to the matching low-privilege role, so RLS
 * decides what `fn` can see and change. `null` claims run as `anon`.
 * Expected database errors (RLS denials, tier limits, unique slugs) come out
 * as AppErrors; the transaction is rolled back on any error.
 */
export async function withRls<T>(claims: VerifiedClaims | null, fn: (tx: Tx) => Promise<T>, db?: Db): Promise<T> {
  const database = db ?? (await getRequestDb());
  const role = claims ? ROLE_FOR[claims.role] : ROLE_FOR.anon;
  const payload = JSON.stringify(claims ?? { role: 'anon' });
  try {
    return await database.transaction(async (tx) => {
      await tx.execute(sql`select set_config('request.jwt.claims', ${payload}, true)`);
      // `set local role` takes an identifier, not a parameter; `role` comes
      // from the constant allow-list above.
      await tx.execute(sql.raw(`set local role ${role}`));
      return fn(tx as unknown as Tx);
    });
  } catch (err) {
    return mapDatabaseError(err);
  }
}
