import { and, eq, gt, ne, sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { sendEmail } from '@/lib/email/send-email';
import { getEnv } from '@/lib/env';
import { buildLeadEmail } from './emails/build-lead-email';
import { createLeadUnsubscribeToken } from './lead-unsubscribe-token';
import { unsafeLinkLeadIfSignedUp } from './link-lead-to-account';
import { analyzerAnalyses, analyzerLeads, type LeadEmailKind } from './schema';

export type LeadEmailOutcome = 'sent' | 'already-sent' | 'unsubscribed' | 'signed-up' | 'stopped';

const NURTURE_KINDS: readonly LeadEmailKind[] = ['day3', 'day7', 'day14', 'day30'];
const REASON = 'the lead mail job acts on the one lead it was handed (visitors have no account)';

function appUrl(pathname: string): string {
  return new URL(pathname, getEnv().APP_URL).toString();
}

/** The unsubscribe page a lead mail links to, and the one-click POST endpoint of List-Unsubscribe. */
export function leadUnsubscribeUrls(leadId: string): { page: string; oneClick: string } {
  const token = encodeURIComponent(createLeadUnsubscribeToken(leadId));
  return { page: appUrl(`/analyze/unsubscribe?token=${token}`), oneClick: appUrl(`/api/analyzer/unsubscribe?token=${token}`) };
}

/**
 * One mail of a lead (a step of the nurture job), or the reason it is not sent:
 *  - nothing after an unsubscribe (of this lead or any lead of the same address);
 *  - each kind once (a retried step finds it recorded);
 *  - the nurture mails only while the sequence runs: not once the address has a confirmed account
 *    (checked now, so a sign-up by any path stops it), nor when a newer lead of the same address
 *    runs its own sequence (one sequence per person).
 * The report and the welcome go out whether or not the visitor has an account: they asked for them.
 */
export async function unsafeSendLeadEmail(leadId: string, kind: LeadEmailKind, options: { now?: Date } = {}): Promise<LeadEmailOutcome> {
  const db = await unsafeSystemDb(REASON);
  const [row] = await db
    .select({ lead: analyzerLeads, url: analyzerAnalyses.url, result: analyzerAnalyses.result })
    .from(analyzerLeads)
    .innerJoin(analyzerAnalyses, eq(analyzerAnalyses.id, analyzerLeads.analysisId))
    .where(eq(analyzerLeads.id, leadId));
  if (!row?.result) return 'stopped';
  const { lead } = row;
  if (lead.nurtureState === 'unsubscribed') return 'unsubscribed';
  if (lead.emailsSent[kind]) return 'already-sent';
  if (NURTURE_KINDS.includes(kind)) {
    if (lead.nurtureState === 'signed_up') return 'signed-up';
    if (lead.nurtureState !== 'active') return 'stopped';
    if (await unsafeLinkLeadIfSignedUp(lead.email)) return 'signed-up';
    // One sequence per person: a newer lead of the same address runs its own.
    const [newer] = await db
      .select({ id: analyzerLeads.id })
      .from(analyzerLeads)
      .where(
        and(
          eq(analyzerLeads.email, lead.email),
          ne(analyzerLeads.id, lead.id),
          eq(analyzerLeads.nurtureState, 'active'),
          gt(analyzerLeads.createdAt, lead.createdAt),
        ),
      )
      .limit(1);
    if (newer) {
      await db.update(analyzerLeads).set({ nurtureState: 'superseded' }).where(eq(analyzerLeads.id, lead.id));
      return 'stopped';
    }
  }
  const urls = leadUnsubscribeUrls(lead.id);
  const mail = await buildLeadEmail({
    kind,
    locale: lead.locale,
    name: lead.name,
    url: row.url,
    result: row.result,
    urls: {
      report: appUrl(`/analyze/${lead.analysisId}`),
      analyze: appUrl('/analyze'),
      signUp: appUrl('/sign-up'),
      unsubscribe: urls.page,
    },
  });
  await sendEmail({
    to: lead.email,
    template: `analyzer_lead_${kind}`,
    ...mail,
    // RFC 8058: mail clients show "Unsubscribe" and POST "List-Unsubscribe=One-Click" to the URL.
    headers: { 'List-Unsubscribe': `<${urls.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  });
  const sentAt = (options.now ?? new Date()).toISOString();
  await db
    .update(analyzerLeads)
    .set({
      emailsSent: sql`${analyzerLeads.emailsSent} || jsonb_build_object(${kind}::text, ${sentAt}::text)`,
      ...(kind === 'day30'
        ? { nurtureState: sql`case when ${analyzerLeads.nurtureState} = 'active' then 'completed' else ${analyzerLeads.nurtureState} end` }
        : {}),
    })
    .where(eq(analyzerLeads.id, lead.id));
  return 'sent';
}
