import { asc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import type { Tx } from '@/lib/db/with-rls';
import { getCrm } from './get-crm';
import { crmContactErasures } from './schema';

const REASON = 'CRM erasures are system bookkeeping (private.crm_contact_erasures), for contacts of leads already deleted';

export type CrmErasureOutcome = 'erased' | 'no-crm';

/**
 * Erases one CRM contact and, once the CRM confirmed (or answered that it is gone), forgets the
 * request (private.crm_contact_erasures). A failure is recorded on the request and thrown: the
 * job retries it, and after the job's retries the hourly sweep does, until the CRM answers — the
 * request stays until then, so a CRM that is down loses nothing. Without a CRM configured there is
 * no contact to reach, and the request is closed.
 */
export async function unsafeEraseCrmContact(contactId: string): Promise<CrmErasureOutcome> {
  const db = await unsafeSystemDb(REASON);
  const crm = getCrm();
  if (crm.kind !== 'none') {
    try {
      await crm.eraseContact(contactId);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db
        .update(crmContactErasures)
        .set({ lastError: message.slice(0, 500) })
        .where(eq(crmContactErasures.contactId, contactId));
      throw error;
    }
  }
  await db.delete(crmContactErasures).where(eq(crmContactErasures.contactId, contactId));
  return crm.kind === 'none' ? 'no-crm' : 'erased';
}

/** Erasures still waiting (their job gave up while the CRM was down), oldest first. */
export async function unsafeListPendingCrmErasures(options: { olderThan: Date; limit?: number }): Promise<string[]> {
  const db = await unsafeSystemDb(REASON);
  const rows = await db
    .select({ contactId: crmContactErasures.contactId })
    .from(crmContactErasures)
    .where(lt(crmContactErasures.requestedAt, options.olderThan))
    .orderBy(asc(crmContactErasures.requestedAt))
    .limit(options.limit ?? 100);
  return rows.map((row) => row.contactId);
}

/**
 * Asks for the erasure of a contact no stored lead uses any more (the SQL function decides, the
 * same one the leads' delete trigger calls): recorded and queued in `tx`; flush the events after
 * the commit. Returns whether it asked.
 */
export async function unsafeRequestCrmContactErasure(tx: Tx | Db, contactId: string): Promise<boolean> {
  const [row] = rowsOf<{ asked: boolean }>(await tx.execute(sql`select private.request_crm_contact_erasure(${contactId}) as asked`));
  return row?.asked === true;
}

/** Whether the erasure of this contact was asked for and is not done yet. */
export async function unsafeIsCrmErasurePending(contactId: string): Promise<boolean> {
  const db = await unsafeSystemDb(REASON);
  const [row] = await db
    .select({ contactId: crmContactErasures.contactId })
    .from(crmContactErasures)
    .where(eq(crmContactErasures.contactId, contactId));
  return row !== undefined;
}
