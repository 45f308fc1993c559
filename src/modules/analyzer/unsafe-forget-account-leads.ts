import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/with-rls';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { events } from '~inngest/client';
import { analyzerLeads } from './schema';

/**
 * Deletes the analyzer leads linked to an account that is being deleted (privacy/delete-account.ts
 * calls it inside the deletion's transaction). Without it they would outlive the account: the
 * lead's link is `on delete set null`, which keeps the address, name and phone. Linked leads only:
 * a lead is linked only to an account that proved the address, so an account never deletes
 * someone else's. The analyses themselves hold no personal data and stay for the agency's funnel.
 *
 * Leads already pushed to the CRM are erased there too: their contact ids go into the outbox in
 * the same transaction (the caller flushes after the commit), and the `crm-erase-contacts` job
 * asks the CRM to erase them, retrying until it has. The email never travels with the event.
 *
 * Privileged (runs on the deletion's system transaction): clients cannot write leads under RLS.
 */
export async function unsafeForgetAccountLeads(tx: Tx | Db, userId: string): Promise<number> {
  const deleted = await tx
    .delete(analyzerLeads)
    .where(eq(analyzerLeads.userId, userId))
    .returning({ id: analyzerLeads.id, crmContactId: analyzerLeads.crmContactId });
  // One contact per email in the CRM, however many analyses the person left it on.
  const contactIds = [...new Set(deleted.flatMap((lead) => (lead.crmContactId ? [lead.crmContactId] : [])))];
  for (let at = 0; at < contactIds.length; at += 100) {
    await enqueueEvents(tx, [eventOf(events.crmContactsErased, { contactIds: contactIds.slice(at, at + 100) })]);
  }
  return deleted.length;
}
