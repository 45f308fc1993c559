import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNotNull, or, sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { sendEmail } from '@/lib/email/send-email';
import { newsletterConfirmEmail } from '@/lib/email/templates/newsletter-confirm-email';
import type { LiveSite } from './resolve-site-host';
import { leads } from './schema';

/** A pending sign-up is mailed at most once a day: the form can't be used to flood an inbox. */
const RESEND_AFTER_MS = 24 * 60 * 60 * 1000;

export const hashConfirmToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A newsletter sign-up from a published site (double opt-in): filed with the site's leads as a
 * pending 'newsletter' lead, and a confirmation link mailed to the address in the visitor's
 * language. The token is random (256 bits) and stored only as its hash. An address already
 * subscribed, or asked less than a day ago, gets no second mail — and the visitor sees the same
 * "check your inbox" either way, so the form does not tell who is subscribed.
 */
export async function signUpForNewsletter(input: {
  site: LiveSite;
  email: string;
  locale?: string;
  sectionId?: string;
  page?: string;
  siteOrigin?: string;
}): Promise<{ isMailed: boolean }> {
  const db = await unsafeSystemDb('anonymous visitors sign up to the newsletter of the published site the host resolves to');
  const [existing] = await db
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
  if (existing) return { isMailed: false };
  const token = randomBytes(32).toString('base64url');
  await db.insert(leads).values({
    projectId: input.site.projectId,
    deploymentId: input.site.deploymentId,
    kind: 'newsletter',
    email: input.email,
    locale: input.locale ?? null,
    sectionId: input.sectionId ?? null,
    pagePath: input.page ?? null,
    confirmTokenHash: hashConfirmToken(token),
  });
  const origin = input.siteOrigin ?? '';
  const url = `${origin}/__forms/confirm?t=${encodeURIComponent(token)}`;
  const site = origin.replace(/^https?:\/\//, '') || input.site.slug;
  const mail = await newsletterConfirmEmail({ locale: input.locale?.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en', url, site });
  await sendEmail({ to: input.email, template: 'newsletter_confirm', ...mail });
  return { isMailed: true };
}
