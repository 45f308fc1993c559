import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/with-rls';
import { analyzerLeads } from './schema';

/**
 * Deletes the analyzer leads linked to an account that is being deleted (privacy/delete-account.ts
 * calls it inside the deletion's transaction). Without it they would outlive the account: the
 * lead's link is `on delete set null`, which keeps the address, name and phone. Linked leads only:
 * a lead is linked only to an account that proved the address, so an account never deletes
 * someone else's. The analyses themselves hold no personal data and stay for the agency's funnel.
 *
 * Privileged (runs on the deletion's system transaction): clients cannot write leads under RLS.
 */
export async function unsafeForgetAccountLeads(tx: Tx | Db, userId: string): Promise<number> {
  const deleted = await tx.delete(analyzerLeads).where(eq(analyzerLeads.userId, userId)).returning({ id: analyzerLeads.id });
  return deleted.length;
}
