import { and, asc, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import { getCrm } from '@/lib/crm/get-crm';
import { unsafeIsCrmErasurePending, unsafeRequestCrmContactErasure } from '@/lib/crm/unsafe-crm-erasures';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { flushEvents } from '@/lib/jobs/send-events';
import { leads, siteLeadRouting } from './schema';

const REASON = "the CRM push job acts on a site's form leads (the visitors have no account)";

export type SiteLeadCrmOutcome =
  | { pushed: true; contactId?: string }
  | { pushed: false; reason: 'no-crm' | 'not-found' | 'not-requested' | 'site-opted-out' | 'no-email' };

/**
 * A published site's form lead into the agency's CRM (the CRM port: HubSpot, create-or-update by
 * email), once. The lead was stored (and the owner told, and the webhooks queued) before any of
 * this, so a CRM outage loses nothing: a failure is recorded on the lead and thrown, the job
 * retries with backoff, and the hourly sweep pushes what is still waiting after that.
 *
 * The site's choice is read again here, not only when the lead came in: an owner who turned the
 * CRM off meanwhile withdrew it for the leads still waiting too.
 */
export async function unsafePushSiteLeadToCrm(leadId: string): Promise<SiteLeadCrmOutcome> {
  const crm = getCrm();
  if (crm.kind === 'none') return { pushed: false, reason: 'no-crm' };
  const db = await unsafeSystemDb(REASON);
  const [row] = await db
    .select({ lead: leads, leadsToCrm: siteLeadRouting.leadsToCrm })
    .from(leads)
    .innerJoin(siteLeadRouting, eq(siteLeadRouting.projectId, leads.projectId))
    .where(eq(leads.id, leadId));
  if (!row) return { pushed: false, reason: 'not-found' };
  const { lead } = row;
  if (lead.crmSyncedAt) return { pushed: true, contactId: lead.crmContactId ?? undefined };
  if (!lead.crmRequestedAt) return { pushed: false, reason: 'not-requested' };
  // Nothing to wait for in both cases below: the request is closed, so the sweep leaves the lead.
  if (!row.leadsToCrm) {
    await db.update(leads).set({ crmRequestedAt: null }).where(eq(leads.id, lead.id));
    return { pushed: false, reason: 'site-opted-out' };
  }
  // The CRM keys contacts by email; a phone-only lead stays in our inbox (and webhooks) only.
  if (!lead.email) {
    await db.update(leads).set({ crmRequestedAt: null, crmError: 'no email to key the contact by' }).where(eq(leads.id, lead.id));
    return { pushed: false, reason: 'no-email' };
  }
  const [firstName, ...rest] = (lead.name ?? '').split(/\s+/).filter(Boolean);
  try {
    const contact = await crm.upsertContact({
      email: lead.email,
      firstName,
      lastName: rest.join(' ') || undefined,
      phone: lead.phone ?? undefined,
    });
    // The same person's earlier lead was deleted and their contact's erasure is still on its way:
    // recording this id would leave the new lead on a contact about to vanish. Retried (the job,
    // then the sweep) once the erasure is done, the push makes a new contact.
    if (contact && (await unsafeIsCrmErasurePending(contact.id)))
      throw new Error('the CRM contact is being erased; pushing again after it');
    const stored = await db
      .update(leads)
      .set({ crmContactId: contact?.id ?? null, crmSyncedAt: new Date(), crmError: null })
      .where(eq(leads.id, lead.id))
      .returning({ id: leads.id });
    // The lead was deleted while the CRM answered: its delete trigger saw no contact id, so the
    // contact just made from it is erased from here (unless another stored lead stands on it).
    if (stored.length === 0) {
      if (contact) {
        await unsafeRequestCrmContactErasure(db, contact.id);
        await flushEvents();
      }
      return { pushed: false, reason: 'not-found' };
    }
    return { pushed: true, contactId: contact?.id };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db
      .update(leads)
      .set({ crmError: message.slice(0, 500) })
      .where(eq(leads.id, lead.id));
    throw error;
  }
}

/** Site leads still waiting for the CRM (their job gave up, or the token was set later), oldest first. */
export async function unsafeListSiteLeadsToPush(options: { olderThan: Date; limit?: number }): Promise<string[]> {
  if (getCrm().kind === 'none') return [];
  const db = await unsafeSystemDb(REASON);
  const rows = await db
    .select({ id: leads.id })
    .from(leads)
    .where(and(isNotNull(leads.crmRequestedAt), isNull(leads.crmSyncedAt), lt(leads.crmRequestedAt, options.olderThan)))
    .orderBy(asc(leads.crmRequestedAt))
    .limit(options.limit ?? 100);
  return rows.map((row) => row.id);
}
