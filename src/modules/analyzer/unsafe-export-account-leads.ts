import { asc, eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { analyzerAnalyses, analyzerLeads } from './schema';

/**
 * What the analyzer holds about a client from before (or after) they signed up: the leads they
 * left on reports — the address, name, phone and company they typed, their consent, the nurture
 * mails sent, whether the lead went to the CRM — and which site each report was about. Part of the
 * account's data export (privacy/export-account-data.ts).
 *
 * Privileged: leads are readable by agency admins only (RLS), so a client's own request cannot
 * read them. Only leads already linked to this account are returned, and a lead is linked only to
 * an account that proved the address (analyzer/link-lead-to-account.ts): someone who merely typed
 * another person's address at sign-up never sees that person's leads.
 */
export async function unsafeExportAccountLeads(userId: string) {
  const db = await unsafeSystemDb('a client exports the analyzer leads linked to their proven address');
  return db
    .select({
      email: analyzerLeads.email,
      name: analyzerLeads.name,
      phone: analyzerLeads.phone,
      company: analyzerLeads.company,
      locale: analyzerLeads.locale,
      intent: analyzerLeads.intent,
      analyzedUrl: analyzerAnalyses.url,
      consentVersion: analyzerLeads.consentVersion,
      consentAt: analyzerLeads.consentAt,
      nurtureState: analyzerLeads.nurtureState,
      emailsSent: analyzerLeads.emailsSent,
      unsubscribedAt: analyzerLeads.unsubscribedAt,
      signedUpAt: analyzerLeads.signedUpAt,
      sentToCrmAt: analyzerLeads.crmSyncedAt,
      createdAt: analyzerLeads.createdAt,
    })
    .from(analyzerLeads)
    .innerJoin(analyzerAnalyses, eq(analyzerAnalyses.id, analyzerLeads.analysisId))
    .where(eq(analyzerLeads.userId, userId))
    .orderBy(asc(analyzerLeads.createdAt));
}
