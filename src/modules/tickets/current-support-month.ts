import { sql } from 'drizzle-orm';
import type { Tx } from '@/lib/db/with-rls';
import { rowsOf } from '@/lib/db/rows-of';

/**
 * The agency's support month (first day, YYYY-MM-DD) at `at`, and when it ends — the database's own
 * rule. Without `at`, the moment is the database's clock (the transaction's now()), the same clock
 * the insert trigger stamps a ticket with: an app server whose clock runs a little off can never
 * show a month (or a count) the database did not count in.
 */
export async function currentSupportMonthIn(tx: Tx, at?: Date): Promise<{ month: string; resetsAt: Date }> {
  const moment = at ? sql`${at.toISOString()}::timestamptz` : sql`now()`;
  const [row] = rowsOf<{ month: string; resets_at: string | Date }>(
    await tx.execute(sql`select private.support_month(${moment})::text as month, private.support_month_end(${moment}) as resets_at`),
  );
  return { month: row!.month, resetsAt: new Date(row!.resets_at) };
}
