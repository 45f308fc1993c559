import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { enforceRateLimit } from '@/lib/ratelimit/enforce-rate-limit';
import { isAppError } from '@/lib/errors';
import { findUnsafeInput, isSafeText } from '@/lib/http/unsafe-input';
import { eq } from 'drizzle-orm';
import { events } from '~inngest/client';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { flushEvents } from '@/lib/jobs/send-events';
import {
  isQuestionField,
  leadFormControls,
  questionFieldNames,
  type LeadPurpose,
  type QuestionFieldName,
} from '@/modules/document/lead-forms';
import { unsafeRaiseWebhookEventInTx } from '@/modules/webhooks/raise-webhook-event';
import { emitNotificationInTx } from '@/modules/notifications/emit-notification';
import { consentTextFor, leadFormCopy } from './lead-form-copy';
import { parseLeadForm, type LeadFormParse, type LeadValues, type ParsedLead } from './parse-lead-form';
import { resolveSiteHost, type LiveSite } from './resolve-site-host';
import { leads, siteLeadRouting, type LeadDetails } from './schema';
import { signUpForNewsletter } from './sign-up-for-newsletter';
import { unsafeLoadQuestionLabels } from './unsafe-load-question-labels';

export const LEAD_RATE_LIMIT = { limit: 5, windowSeconds: 10 * 60 };
/**
 * A ceiling per site, whoever sends: the per-IP limit is only as good as the client address,
 * and a bot that rotates addresses (or forges them where no proxy overwrites the header) would
 * otherwise fill a client's inbox.
 */
export const LEAD_SITE_RATE_LIMIT = { limit: 60, windowSeconds: 60 * 60 };

export type LeadOutcome = {
  status: 'stored' | 'spam' | 'rate_limited' | 'invalid' | 'no_site';
  /** What the form was for: the answer page thanks for a booking, says "check your inbox" for a sign-up. */
  purpose: LeadPurpose;
  site: LiveSite | null;
  locale?: string;
  /** What was sent: kept on the page that answers, so a refused or held-back form is not lost. */
  form?: Extract<LeadFormParse, { ok: false }>['draft'];
  /** Why an invalid form was refused. */
  problems?: Extract<LeadFormParse, { ok: false }>['problems'];
  /** The labels of the person's own questions in the form, as the site shows them: the page that answers draws them again. */
  questionLabels?: QuestionLabels;
};

type QuestionLabels = Partial<Record<QuestionFieldName, string>>;

/** The question fields a submission carries, in their order. */
const questionsIn = (values: LeadValues) => questionFieldNames.filter((name) => values[name] !== undefined);

/**
 * Each question's label as the site showed it; a question the published form does not ask (a
 * stale page, a hand-made post) gets the copy's generic "Question 1", never a label it posted.
 */
function labelsFor(names: readonly QuestionFieldName[], found: QuestionLabels, locale: string | undefined): QuestionLabels {
  const copy = leadFormCopy(locale);
  return Object.fromEntries(names.map((name) => [name, found[name] ?? copy.fields[name]]));
}

/**
 * A lead-form submission from a published site (no JavaScript needed), whatever the form is for
 * (document/lead-forms.ts). Bots that fill the hidden honeypot get the same "thank you" but nothing
 * is stored; each visitor IP is rate-limited per site, and each site as a whole. The visitor is
 * anonymous, so the insert runs as system code, scoped to the site the host resolves to. The lead
 * is stored before anyone is told about it: the owner's notification, the webhook endpoints'
 * lead.created, the CRM push (when the site opted in) and the newsletter's confirmation mail are
 * events recorded with it, each delivered and retried by a job of its own.
 */
export async function recordLead(input: {
  host: string | null;
  ip: string;
  form: Record<string, string>;
  /** The site's own origin as the visitor reached it ("https://padaria.example.site"), for the confirm link. */
  siteOrigin?: string;
}): Promise<LeadOutcome> {
  const site = await resolveSiteHost(input.host);
  const locale = typeof input.form.locale === 'string' && isSafeText(input.form.locale) ? input.form.locale.slice(0, 20) : undefined;
  if (!site) return { status: 'no_site', purpose: 'contact', site: null, locale };
  // A NUL (`%00`) or other control character would fail the insert (a 503 for the visitor, a
  // report for us): it is the sender's mistake, the form says "check the form" — without
  // echoing bytes nobody can store.
  if (findUnsafeInput(input.form)) return { status: 'invalid', purpose: 'contact', site, locale, problems: [{ problem: 'formInvalid' }] };
  const parsed = parseLeadForm(input.form);
  // A filled honeypot is a bot, valid form or not: it is thanked like a person (a "check the form"
  // would tell it what to fix) and nothing is kept.
  if (input.form[leadFormControls.honeypot]) {
    const purpose = parsed.ok ? parsed.lead.purpose : parsed.draft.purpose;
    return { status: 'spam', purpose, site, locale };
  }
  const posted = parsed.ok ? parsed.lead : parsed.draft;
  const asked = questionsIn(posted.values);
  const questionLabels =
    asked.length > 0
      ? labelsFor(asked, await unsafeLoadQuestionLabels(site, posted.sectionId, posted.locale, asked), posted.locale)
      : undefined;
  if (!parsed.ok) {
    return {
      status: 'invalid',
      purpose: parsed.draft.purpose,
      site,
      locale,
      form: parsed.draft,
      problems: parsed.problems,
      questionLabels,
    };
  }
  const lead = parsed.lead;
  const answer = { purpose: lead.purpose, site, locale: lead.locale, form: lead, questionLabels };
  try {
    await enforceRateLimit('lead', `${site.projectId}:${input.ip}`, LEAD_RATE_LIMIT);
    await enforceRateLimit('lead-site', site.projectId, LEAD_SITE_RATE_LIMIT);
  } catch (err) {
    if (isAppError(err) && err.code === 'RATE_LIMITED') return { status: 'rate_limited', ...answer };
    throw err;
  }
  if (lead.purpose === 'newsletter') {
    await signUpForNewsletter({
      site,
      email: lead.values.email!,
      consentText: consentTextFor(lead.locale ?? site.manifest.defaultLocale, site),
      locale: lead.locale,
      sectionId: lead.sectionId,
      page: lead.page,
      siteOrigin: input.siteOrigin,
    });
    return { status: 'stored', ...answer };
  }
  await storeLead(site, lead, questionLabels ?? {});
  return { status: 'stored', ...answer };
}

/**
 * A booking's "2027-03-14 15:30 · Haircut", a quote's "Tipo de vidro: temperado", for the owner's
 * notification when there is no message.
 */
function summaryOf(lead: ParsedLead, details: LeadDetails): string {
  const { date, time, service, address, message } = lead.values;
  const answers = questionFieldNames.flatMap((name) => (details[name] ? [`${details[name].label}: ${details[name].answer}`] : []));
  return message ?? [[date, time].filter(Boolean).join(' '), service, address, ...answers].filter(Boolean).join(' · ');
}

/** The details column: the standard fields as typed, each question's answer with its label. */
function detailsOf(values: LeadValues, labels: QuestionLabels): LeadDetails {
  const details: LeadDetails = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || ['name', 'email', 'phone', 'message'].includes(name)) continue;
    if (isQuestionField(name)) details[name] = { label: labels[name] ?? name, answer: value };
    else details[name as Exclude<keyof LeadDetails, QuestionFieldName>] = value;
  }
  return details;
}

async function storeLead(site: LiveSite, lead: ParsedLead, labels: QuestionLabels): Promise<void> {
  const { name, email, phone, message } = lead.values;
  const details = detailsOf(lead.values, labels);
  const db = await unsafeSystemDb('anonymous visitors submit leads to the published site the host resolves to');
  // The lead and its notification commit together: an owner is never told about a lead that
  // isn't stored, nor left untold about one that is.
  await db.transaction(async (tx) => {
    // Read in the lead's transaction: the lead is asked of the CRM exactly when its site sent
    // leads there at the moment it was stored.
    const [routing] = await tx
      .select({ leadsToCrm: siteLeadRouting.leadsToCrm })
      .from(siteLeadRouting)
      .where(eq(siteLeadRouting.projectId, site.projectId));
    const isForCrm = routing?.leadsToCrm === true;
    const [row] = await tx
      .insert(leads)
      .values({
        projectId: site.projectId,
        deploymentId: site.deploymentId,
        kind: lead.purpose,
        locale: lead.locale ?? null,
        sectionId: lead.sectionId ?? null,
        pagePath: lead.page ?? null,
        name: name ?? null,
        email: email ?? null,
        phone: phone ?? null,
        message: message ?? null,
        details,
        crmRequestedAt: isForCrm ? new Date() : null,
      })
      .returning({ id: leads.id, createdAt: leads.createdAt });
    await emitNotificationInTx(tx, {
      kind: 'lead.created',
      eventId: `lead.created:${row!.id}`,
      projectId: site.projectId,
      leadId: row!.id,
      leadName: name ?? '',
      messagePreview: summaryOf(lead, details),
    });
    // And one message per webhook endpoint of the owner that wants leads, in the same
    // transaction: a receiver that is down gets it later from the delivery job's retries.
    await unsafeRaiseWebhookEventInTx(tx, {
      type: 'lead.created',
      account: { projectId: site.projectId },
      key: `lead.created:${row!.id}`,
      occurredAt: row!.createdAt,
      data: {
        leadId: row!.id,
        projectId: site.projectId,
        kind: lead.purpose,
        name: name ?? null,
        email: email ?? null,
        phone: phone ?? null,
        message: message ?? null,
        details,
        pagePath: lead.page ?? null,
        createdAt: row!.createdAt.toISOString(),
      },
    });
    // And the CRM, when the site sends its leads there: a job of its own, so a CRM that is down
    // retries on its own and never holds back the notification or the webhooks.
    if (isForCrm) {
      await enqueueEvents(tx, [eventOf(events.siteLeadCrmRequested, { leadId: row!.id }, { id: `site-lead-crm:${row!.id}` })]);
    }
  });
  await flushEvents();
}
