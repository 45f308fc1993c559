import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { sendEmail } from '@/lib/email/send-email';
import { newsletterConfirmEmail } from '@/lib/email/templates/newsletter-confirm-email';
import { leads } from './schema';
import { hashConfirmToken } from './sign-up-for-newsletter';
import { localeFromAcceptLanguage } from '@/lib/i18n/translate';

/**
 * The confirmation mail of a pending newsletter sign-up, sent by the send-newsletter-confirmation
 * job. The link's token is made here and stored only as its hash, so it never sits in an event or
 * a step result; a retry after a lost step mails a fresh link and the earlier one stops working.
 * A sign-up confirmed or deleted meanwhile gets nothing. Unsafe: system code (the subscriber is
 * anonymous), scoped to the one lead.
 */
export async function unsafeSendNewsletterConfirmation(input: { leadId: string; siteOrigin: string }): Promise<'sent' | 'skipped'> {
  const db = await unsafeSystemDb('a job mails the confirmation link of an anonymous visitor’s newsletter sign-up');
  const token = randomBytes(32).toString('base64url');
  const [lead] = await db
    .update(leads)
    .set({ confirmTokenHash: hashConfirmToken(token) })
    .where(and(eq(leads.id, input.leadId), eq(leads.kind, 'newsletter'), isNull(leads.confirmedAt)))
    .returning({ email: leads.email, locale: leads.locale });
  if (!lead?.email) return 'skipped';
  // The page the link opens speaks the language the visitor signed up in.
  const language = lead.locale && /^[A-Za-z0-9-]{2,20}$/.test(lead.locale) ? `&l=${encodeURIComponent(lead.locale)}` : '';
  // `token=`: the outbox masks that parameter for admins (reading it takes the audited reveal).
  const url = `${input.siteOrigin}/__forms/confirm?token=${encodeURIComponent(token)}${language}`;
  const site = input.siteOrigin.replace(/^https?:\/\//, '');
  // The site's language tag read as an interface language, by the same rule as a browser's (pt-PT stays pt-PT).
  const mail = await newsletterConfirmEmail({ locale: localeFromAcceptLanguage(lead.locale), url, site });
  await sendEmail({ to: lead.email, template: 'newsletter_confirm', ...mail });
  return 'sent';
}
