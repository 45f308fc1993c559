import { sql } from 'drizzle-orm';
import type { Tx } from '@/lib/db/with-rls';
import { rowsOf } from '@/lib/db/rows-of';

/** The agency's current support month (first day, YYYY-MM-DD) and when it ends — the database's own rule. */
export async function currentSupportMonthIn(tx: Tx, at: Date = new Date()): Promise<{ month: string; resetsAt: Date }> {
  const iso = at.toISOString();
  const [row] = rowsOf<{ month: string; resets_at: string | Date }>(
    await tx.execute(
      sql`select private.support_month(${iso}::timestamptz)::text as month, private.support_month_end(${iso}::timestamptz) as resets_at`,
    ),
  );
  return { month: row!.month, resetsAt: new Date(row!.resets_at) };
}
