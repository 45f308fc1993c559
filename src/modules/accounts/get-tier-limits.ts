import { asc } from 'drizzle-orm';
import { withRls } from '@/lib/db/with-rls';
import { tierLimits } from './schema';

export type TierLimitsRow = typeof tierLimits.$inferSelect;

/** Public: the plan table as the database enforces it (anonymous read is allowed by RLS). */
export async function getTierLimits(): Promise<TierLimitsRow[]> {
  return withRls(null, (tx) => tx.select().from(tierLimits).orderBy(asc(tierLimits.displayOrder)));
}
