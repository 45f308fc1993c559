import { eq, sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { AppError } from '@/lib/errors';
import { verifyLeadUnsubscribeToken } from './lead-unsubscribe-token';
import { analyzerLeads } from './schema';

const REASON = 'a signed unsubscribe link stops the analyzer’s mails to the address it names, without a session';

/** The address a lead mail's unsubscribe token names, partly hidden (the page shows it), or null. */
export async function readLeadUnsubscribeToken(token: string): Promise<{ maskedEmail: string } | null> {
  const target = verifyLeadUnsubscribeToken(token);
  if (!target) return null;
  const db = await unsafeSystemDb(REASON);
  const [lead] = await db.select({ email: analyzerLeads.email }).from(analyzerLeads).where(eq(analyzerLeads.id, target.leadId));
  if (!lead) return null;
  const [local = '', domain = ''] = lead.email.split('@');
  return { maskedEmail: `${local.slice(0, 1)}•••@${domain}` };
}

/**
 * A lead mail's one-click unsubscribe (RFC 8058: the mail client POSTs with no cookies, so the
 * signed token is the only authority). Withdraws the consent of every lead of that address — the
 * person asked for no more of these mails, whichever analysis they came from. Idempotent.
 * Returns how many leads it stopped.
 */
export async function unsafeUnsubscribeLead(token: string, options: { now?: Date } = {}): Promise<number> {
  const target = verifyLeadUnsubscribeToken(token);
  if (!target) throw new AppError('TOKEN_INVALID', 'errors.analyzerLeads.invalidToken');
  const db = await unsafeSystemDb(REASON);
  const [lead] = await db.select({ email: analyzerLeads.email }).from(analyzerLeads).where(eq(analyzerLeads.id, target.leadId));
  // A valid token of a lead deleted since: nothing left to stop.
  if (!lead) return 0;
  const at = (options.now ?? new Date()).toISOString();
  const stopped = await db
    .update(analyzerLeads)
    .set({ nurtureState: 'unsubscribed', unsubscribedAt: sql`coalesce(${analyzerLeads.unsubscribedAt}, ${at}::timestamptz)` })
    .where(eq(analyzerLeads.email, lead.email))
    .returning({ id: analyzerLeads.id });
  return stopped.length;
}
