import { z } from 'zod';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { enforceRateLimit } from '@/lib/ratelimit/enforce-rate-limit';
import { isAppError } from '@/lib/errors';
import { errorKey } from '@/lib/i18n/error-key';
import { findUnsafeInput, isSafeText } from '@/lib/http/unsafe-input';
import { resolveSiteHost, type LiveSite } from './resolve-site-host';
import { flushEvents } from '@/lib/jobs/send-events';
import { emitNotificationInTx } from '@/modules/notifications/emit-notification';
import { leads } from './schema';
import { signUpForNewsletter } from './sign-up-for-newsletter';

export const LEAD_RATE_LIMIT = { limit: 5, windowSeconds: 10 * 60 };
/**
 * A ceiling per site, whoever sends: the per-IP limit is only as good as the client address,
 * and a bot that rotates addresses (or forges them where no proxy overwrites the header) would
 * otherwise fill a client's inbox.
 */
export const LEAD_SITE_RATE_LIMIT = { limit: 60, windowSeconds: 60 * 60 };

const leadSchema = z
  .object({
    name: z.string().trim().max(200).optional(),
    email: z.union([z.literal(''), z.email().trim().max(254)]).optional(),
    phone: z.string().trim().max(50).optional(),
    message: z.string().trim().max(5000).optional(),
    section_id: z.string().max(64).optional(),
    page: z.string().max(200).optional(),
    locale: z.string().max(20).optional(),
    company_website: z.string().max(500).optional(),
    form_kind: z.enum(['contact', 'newsletter']).optional(),
  })
  .refine((f) => Boolean(f.email || f.phone || f.message), errorKey('errors.host.leadEmpty'))
  // A newsletter sign-up is an address and nothing else.
  .refine((f) => f.form_kind !== 'newsletter' || Boolean(f.email), errorKey('errors.host.leadEmpty'));

export type LeadOutcome = {
  status: 'stored' | 'spam' | 'rate_limited' | 'invalid' | 'no_site';
  /** Which form: a newsletter sign-up's answer says "check your inbox". */
  kind?: 'contact' | 'newsletter';
  site: LiveSite | null;
  locale?: string;
  message?: string;
};

/**
 * A contact-form submission from a published site (no JavaScript needed).
 * Bots that fill the hidden honeypot get the same "thank you" but nothing is
 * stored; each visitor IP is rate-limited per site, and each site as a whole. The visitor is anonymous,
 * so the insert runs as system code, scoped to the site the host resolves to.
 */
export async function recordLead(input: {
  host: string | null;
  ip: string;
  form: Record<string, string>;
  /** The site's own origin as the visitor reached it ("https://padaria.example.site"), for the confirm link. */
  siteOrigin?: string;
}): Promise<LeadOutcome> {
  const site = await resolveSiteHost(input.host);
  if (!site) return { status: 'no_site', site: null };
  const locale = typeof input.form.locale === 'string' ? input.form.locale.slice(0, 20) : undefined;
  // A NUL (`%00`) or other control character would fail the insert (a 503 for the visitor, a
  // report for us): it is the sender's mistake, the form says "check the form".
  if (findUnsafeInput(input.form)) return { status: 'invalid', site, locale: locale && isSafeText(locale) ? locale : undefined };
  const parsed = leadSchema.safeParse(input.form);
  if (!parsed.success) return { status: 'invalid', site, locale, message: parsed.error.issues[0]?.message };
  const kind = parsed.data.form_kind ?? 'contact';
  if (parsed.data.company_website) return { status: 'spam', site, locale, kind };
  try {
    await enforceRateLimit('lead', `${site.projectId}:${input.ip}`, LEAD_RATE_LIMIT);
    await enforceRateLimit('lead-site', site.projectId, LEAD_SITE_RATE_LIMIT);
  } catch (err) {
    if (isAppError(err) && err.code === 'RATE_LIMITED') return { status: 'rate_limited', site, locale, kind };
    throw err;
  }
  if (kind === 'newsletter') {
    await signUpForNewsletter({
      site,
      email: parsed.data.email!,
      locale: parsed.data.locale,
      sectionId: parsed.data.section_id,
      page: parsed.data.page,
      siteOrigin: input.siteOrigin,
    });
    return { status: 'stored', site, locale, kind };
  }
  const db = await unsafeSystemDb('anonymous visitors submit leads to the published site the host resolves to');
  // The lead and its notification commit together: an owner is never told about a lead that
  // isn't stored, nor left untold about one that is.
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(leads)
      .values({
        projectId: site.projectId,
        deploymentId: site.deploymentId,
        locale: parsed.data.locale ?? null,
        sectionId: parsed.data.section_id ?? null,
        pagePath: parsed.data.page ?? null,
        name: parsed.data.name || null,
        email: parsed.data.email || null,
        phone: parsed.data.phone || null,
        message: parsed.data.message || null,
      })
      .returning({ id: leads.id });
    await emitNotificationInTx(tx, {
      kind: 'lead.created',
      eventId: `lead.created:${row!.id}`,
      projectId: site.projectId,
      leadId: row!.id,
      leadName: parsed.data.name ?? '',
      messagePreview: parsed.data.message ?? '',
    });
  });
  await flushEvents();
  return { status: 'stored', site, locale, kind };
}
