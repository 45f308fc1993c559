import { and, eq, isNull } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { resolveSiteHost, type LiveSite } from './resolve-site-host';
import { leads } from './schema';
import { hashConfirmToken } from './sign-up-for-newsletter';

export type ConfirmOutcome = { status: 'confirmed' | 'invalid' | 'no_site'; site: LiveSite | null };

/**
 * The subscriber opened the link and pressed "Confirm": the pending sign-up of this site with
 * that token becomes a subscriber. The token works once, and only on the site it was mailed
 * for; an unknown, used or foreign token changes nothing.
 */
export async function confirmNewsletter(input: { host: string | null; token: string }): Promise<ConfirmOutcome> {
  const site = await resolveSiteHost(input.host);
  if (!site) return { status: 'no_site', site: null };
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(input.token)) return { status: 'invalid', site };
  const db = await unsafeSystemDb('an anonymous subscriber confirms a newsletter sign-up on the site the host resolves to');
  const confirmed = await db
    .update(leads)
    .set({ confirmedAt: new Date(), confirmTokenHash: null })
    .where(
      and(
        eq(leads.projectId, site.projectId),
        eq(leads.kind, 'newsletter'),
        eq(leads.confirmTokenHash, hashConfirmToken(input.token)),
        isNull(leads.confirmedAt),
      ),
    )
    .returning({ id: leads.id });
  return { status: confirmed.length > 0 ? 'confirmed' : 'invalid', site };
}
