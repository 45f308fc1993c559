import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { unsafeFindAccountByEmail } from '@/modules/accounts/unsafe-find-account-by-email';
import { analyzerLeads } from './schema';

/**
 * A lead became a client: every lead of that address is linked to the account, and a running
 * nurture sequence stops (it is for people who have not signed up). Called with a confirmed
 * account only (see accounts' unsafeFindAccountByEmail): the address must be proven, or anyone
 * could stop someone else's mails by typing their address into the sign-up form. Returns how
 * many leads were linked now. Privileged: the sign-up's job or request has no admin session.
 */
export async function unsafeLinkLeadsToAccount(input: { userId: string; email: string; at?: Date }): Promise<number> {
  const db = await unsafeSystemDb('links a visitor’s leads to the account they made with the same proven address');
  const linked = await db
    .update(analyzerLeads)
    .set({
      userId: input.userId,
      signedUpAt: sql`coalesce(${analyzerLeads.signedUpAt}, ${(input.at ?? new Date()).toISOString()}::timestamptz)`,
      nurtureState: sql`case when ${analyzerLeads.nurtureState} = 'active' then 'signed_up' else ${analyzerLeads.nurtureState} end`,
    })
    .where(and(eq(analyzerLeads.email, input.email.trim().toLowerCase()), isNull(analyzerLeads.userId)))
    .returning({ id: analyzerLeads.id });
  return linked.length;
}

/**
 * Whether the lead's address now has a confirmed account; if so, links its leads (above). The
 * nurture job asks this before every mail, so a sign-up by any path — the report's "Build me a
 * faster site" link, a magic link, OAuth — stops the sequence.
 */
export async function unsafeLinkLeadIfSignedUp(email: string): Promise<boolean> {
  const account = await unsafeFindAccountByEmail(email);
  if (!account) return false;
  await unsafeLinkLeadsToAccount({ userId: account.userId, email, at: account.confirmedAt });
  return true;
}

/**
 * Leads not linked to an account yet whose address now has a confirmed one (the hourly sweep):
 * a sign-up counts in the funnel even when no nurture mail is due to notice it (the sequence is
 * over, or the next mail is days away). Looks at the last `days` of leads, at most `limit`
 * addresses a run. Returns how many addresses were linked.
 */
export async function unsafeLinkSignedUpLeads(options: { now?: Date; days?: number; limit?: number } = {}): Promise<number> {
  const db = await unsafeSystemDb('the sweep links leads to the accounts later made with their proven address');
  const since = new Date((options.now ?? new Date()).getTime() - (options.days ?? 180) * 24 * 60 * 60 * 1000);
  const rows = await db
    .selectDistinct({ email: analyzerLeads.email })
    .from(analyzerLeads)
    .where(and(isNull(analyzerLeads.userId), gt(analyzerLeads.createdAt, since)))
    .limit(options.limit ?? 500);
  let linked = 0;
  for (const { email } of rows) if (await unsafeLinkLeadIfSignedUp(email)) linked += 1;
  return linked;
}
