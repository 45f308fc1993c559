import { createHash } from 'node:crypto';
import { and, eq, gt, isNotNull, or, sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { flushEvents } from '@/lib/jobs/send-events';
import { events } from '~inngest/client';
import type { LiveSite } from './resolve-site-host';
import { leads } from './schema';
import { siteOrigin } from './site-url';

/** A pending sign-up is mailed at most once a day: the form can't be used to flood an inbox. */
const RESEND_AFTER_MS = 24 * 60 * 60 * 1000;

export const hashConfirmToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A newsletter sign-up from a published site (double opt-in): filed with the site's leads as a
 * pending 'newsletter' lead with the visitor's consent, and — in the same transaction, through the
 * outbox — the job that mails the confirmation link (send-newsletter-confirmation.ts). The visitor's
 * request never renders or sends a mail: the sign-up is stored even when mail is down, and the
 * job retries. An address already subscribed, or asked less than a day ago, gets no second mail —
 * and the visitor sees the same "check your inbox" either way, so the form does not tell who is
 * subscribed.
 */
export async function signUpForNewsletter(input: {
  site: LiveSite;
  email: string;
  consentText: string;
  locale?: string;
  sectionId?: string;
  page?: string;
  siteOrigin?: string;
}): Promise<{ isMailed: boolean }> {
  const db = await unsafeSystemDb('anonymous visitors sign up to the newsletter of the published site the host resolves to');
  const isMailed = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: leads.id })
      .from(leads)
      .where(
        and(
          eq(leads.projectId, input.site.projectId),
          eq(leads.kind, 'newsletter'),
          sql`lower(${leads.email}) = lower(${input.email})`,
          or(isNotNull(leads.confirmedAt), gt(leads.createdAt, new Date(Date.now() - RESEND_AFTER_MS))),
        ),
      )
      .limit(1);
    if (existing) return false;
    const [row] = await tx
      .insert(leads)
      .values({
        projectId: input.site.projectId,
        deploymentId: input.site.deploymentId,
        kind: 'newsletter',
        email: input.email,
        locale: input.locale ?? null,
        sectionId: input.sectionId ?? null,
        pagePath: input.page ?? null,
        consentedAt: new Date(),
        consentText: input.consentText.slice(0, 500),
      })
      .returning({ id: leads.id });
    const origin = input.siteOrigin ?? siteOrigin(input.site.slug);
    await enqueueEvents(tx, [
      eventOf(events.newsletterSignedUp, { leadId: row!.id, siteOrigin: origin.slice(0, 300) }, { id: `newsletter:${row!.id}` }),
    ]);
    return true;
  });
  if (isMailed) await flushEvents();
  return { isMailed };
}
