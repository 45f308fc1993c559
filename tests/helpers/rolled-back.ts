import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls, type Tx } from '@/lib/db/with-rls';
import { rowsOf } from '@/lib/db/rows-of';

/**
 * One transaction as a caller that never commits, for probes that write (or plant a loosened
 * policy or helper) and must leave the database as they found it: the fixture world stays
 * intact for the next probe, so a whole matrix of probes can share one world.
 */

/** Carries a probe's result out of the transaction it rolls back. */
class RolledBack<T> extends Error {
  constructor(readonly value: T) {
    super('rolled back on purpose');
  }
}

/** Runs a step as system code — the privileged session role, no claims — inside the caller's transaction, then switches back. */
export type AsSystem = <U>(step: () => Promise<U>) => Promise<U>;

/**
 * Runs `fn` as `claims` through withRls — the app's own claims binding and role switch — and
 * rolls the transaction back whatever happens. `asSystem` lets the probe read or set up, in the
 * same transaction, what the caller cannot see: the state before and after its statement, or a
 * planted bug. `role` is the database role withRls chose (anon or authenticated). Errors thrown by
 * `fn` come out as withRls maps them (AppError for refusals).
 */
export async function rolledBackAs<T>(
  db: Db,
  claims: VerifiedClaims | null,
  fn: (tx: Tx, asSystem: AsSystem, role: string) => Promise<T>,
): Promise<T> {
  try {
    await withRls(
      claims,
      async (tx) => {
        // The role withRls chose from its allow-list: switched back to after each privileged step.
        const [me] = rowsOf<{ role: string; claims: string }>(
          await tx.execute(sql`select current_user::text as role, current_setting('request.jwt.claims', true) as claims`),
        );
        // System code runs without claims, and triggers tell it apart by that: a step runs the same way.
        const asSystem: AsSystem = async (step) => {
          await tx.execute(sql`reset role`);
          await tx.execute(sql`select set_config('request.jwt.claims', '', true)`);
          const value = await step();
          await tx.execute(sql`select set_config('request.jwt.claims', ${me!.claims}, true)`);
          await tx.execute(sql`set local role ${sql.identifier(me!.role)}`);
          return value;
        };
        throw new RolledBack(await fn(tx, asSystem, me!.role));
      },
      db,
    );
  } catch (err) {
    if (err instanceof RolledBack) return err.value as T;
    throw err;
  }
  throw new Error('rolledBackAs: the transaction committed');
}

/** `text` with its `$1`, `$2`… bound to `params`, for the privileged queries the matrix writes as text. */
export function bind(text: string, params: readonly unknown[] = []): SQL {
  const parts = text.split(/\$(\d+)/);
  return sql.join(parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${params[Number(part) - 1]}`)));
}

/** The SQLSTATE and message of a database error (Drizzle wraps the driver's error as `cause`). */
export function sqlErrorOf(err: unknown): { code: string | undefined; message: string } {
  let current: unknown = err;
  for (let i = 0; i < 4 && current && typeof current === 'object'; i++) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return { code: candidate.code, message: String(candidate.message) };
    }
    current = candidate.cause;
  }
  return { code: undefined, message: err instanceof Error ? err.message : String(err) };
}
