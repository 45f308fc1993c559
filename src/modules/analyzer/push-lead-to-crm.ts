import { and, asc, eq, isNull, lt, ne } from 'drizzle-orm';
import { getCrm } from '@/lib/crm/get-crm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { analyzerAnalyses, analyzerLeads } from './schema';

const REASON = 'the CRM push job acts on leads (visitors have no account)';

/**
 * Pushes a lead to the CRM (HubSpot, create-or-update by email), once. Without a CRM configured it
 * does nothing. A failure is recorded on the lead and thrown, so the job retries it with backoff;
 * the lead itself was stored before any of this, so a CRM outage loses nothing (the hourly sweep
 * below pushes what is still waiting).
 */
export async function unsafePushLeadToCrm(leadId: string): Promise<{ pushed: boolean; contactId?: string }> {
  const crm = getCrm();
  if (crm.kind === 'none') return { pushed: false };
  const db = await unsafeSystemDb(REASON);
  const [row] = await db
    .select({ lead: analyzerLeads, url: analyzerAnalyses.url })
    .from(analyzerLeads)
    .innerJoin(analyzerAnalyses, eq(analyzerAnalyses.id, analyzerLeads.analysisId))
    .where(eq(analyzerLeads.id, leadId));
  if (!row) return { pushed: false };
  const { lead } = row;
  if (lead.crmSyncedAt && lead.crmContactId) return { pushed: true, contactId: lead.crmContactId };
  // Unsubscribing withdrew the consent the push relied on.
  if (lead.nurtureState === 'unsubscribed') return { pushed: false };
  const [firstName, ...rest] = (lead.name ?? '').split(/\s+/).filter(Boolean);
  try {
    const contact = await crm.upsertContact({
      email: lead.email,
      firstName,
      lastName: rest.join(' ') || undefined,
      phone: lead.phone ?? undefined,
      company: lead.company ?? undefined,
      website: row.url,
    });
    await db
      .update(analyzerLeads)
      .set({ crmContactId: contact?.id ?? null, crmSyncedAt: new Date(), crmError: null })
      .where(eq(analyzerLeads.id, lead.id));
    return { pushed: true, contactId: contact?.id };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db
      .update(analyzerLeads)
      .set({ crmError: message.slice(0, 500) })
      .where(eq(analyzerLeads.id, lead.id));
    throw error;
  }
}

/**
 * Leads still waiting for the CRM (their job gave up, or the token was added later), oldest first:
 * the hourly sweep pushes them again. Nothing when no CRM is configured.
 */
export async function unsafeListLeadsToPush(options: { olderThan: Date; limit?: number }): Promise<string[]> {
  if (getCrm().kind === 'none') return [];
  const db = await unsafeSystemDb(REASON);
  const rows = await db
    .select({ id: analyzerLeads.id })
    .from(analyzerLeads)
    .where(
      and(
        isNull(analyzerLeads.crmSyncedAt),
        ne(analyzerLeads.nurtureState, 'unsubscribed'),
        lt(analyzerLeads.createdAt, options.olderThan),
      ),
    )
    .orderBy(asc(analyzerLeads.createdAt))
    .limit(options.limit ?? 100);
  return rows.map((row) => row.id);
}
