import { Inngest, eventType } from 'inngest';
import { z } from 'zod';

/**
 * The event catalog: every event a job reacts to, with the zod schema of its payload, in one
 * place. Senders (`sendEvents`, `step.sendEvent`) and job triggers import these definitions, so
 * an event name can't be misspelt and a payload is validated where it is sent and again where it
 * is received — by Inngest in production, by the embedded engine (src/lib/jobs/embedded) without
 * configuration. Schemas must not transform (Inngest checks input and output types are equal).
 *
 * This file is a leaf: it imports no module, so modules and the jobs port can import it freely.
 */
const uuid = z.uuid();

export const events = {
  /** A deployment was queued (in the same transaction, through the outbox); build and publish it. */
  publishRequested: eventType('site/publish.requested', { schema: z.object({ deploymentId: uuid }) }),
  /** A deployment went live. */
  sitePublished: eventType('site/published', {
    schema: z.object({ projectId: uuid, deploymentId: uuid, url: z.string() }),
  }),
  /** A project's address (slug) changed; a published site must be rebuilt for its new links. */
  projectAddressChanged: eventType('project/address.changed', {
    schema: z.object({ projectId: uuid, slug: z.string(), previousSlug: z.string(), changedBy: uuid }),
  }),
  /**
   * A project's custom domains changed in a way that can move its canonical address (a domain went
   * live or stopped being served, the primary changed, one was removed or released). Sent by a
   * database trigger (supabase/migrations/20261202000100_domain_canonical.sql), so every path sends it.
   */
  domainRoutingChanged: eventType('domain/routing.changed', { schema: z.object({ projectId: uuid }) }),
  /** A notification event was recorded (src/modules/notifications/emit-notification.ts); deliver it. */
  notificationEmitted: eventType('notifications/event.emitted', { schema: z.object({ eventId: z.string().min(1).max(200) }) }),
  /**
   * A visitor signed up to a published site's newsletter (src/modules/host/sign-up-for-newsletter.ts,
   * recorded with the pending sign-up): mail them the confirmation link. `siteOrigin` is the site's
   * address as the visitor reached it, where the link must lead.
   */
  newsletterSignedUp: eventType('site/newsletter.signed-up', {
    schema: z.object({ leadId: uuid, siteOrigin: z.string().max(300) }),
  }),
  /** A visitor asked the free URL analyzer for a fresh analysis (src/modules/analyzer/request-analysis.ts). */
  analysisRequested: eventType('analyzer/analysis.requested', { schema: z.object({ analysisId: uuid }) }),
  /**
   * A visitor left their email on an analysis (src/modules/analyzer/capture-lead.ts): send the
   * report and the welcome mail, run the nurture sequence from `capturedAt`, push them to the CRM.
   */
  leadCaptured: eventType('analyzer/lead.captured', { schema: z.object({ leadId: uuid, capturedAt: z.iso.datetime({ offset: true }) }) }),
  /**
   * A published site's form lead was stored while the site sends its leads to the CRM
   * (src/modules/host/record-lead.ts, in the lead's own transaction): push it there.
   */
  siteLeadCrmRequested: eventType('site/lead.crm-requested', { schema: z.object({ leadId: uuid }) }),
  /**
   * Leads pushed to the CRM were deleted — with their account (src/modules/analyzer/
   * unsafe-forget-account-leads.ts), or a site's lead by any path (the leads' delete trigger,
   * supabase/migrations/20261231000400_site_lead_crm_erasure.sql, which writes this event in SQL):
   * erase the CRM contacts too. Only the CRM's ids travel, no email.
   */
  crmContactsErased: eventType('crm/contacts.erase', {
    schema: z.object({ contactIds: z.array(z.string().min(1).max(100)).min(1).max(100) }),
  }),
  /**
   * A paid Stripe invoice needs its NFS-e (src/modules/billing/request-nfse.ts, recorded with the
   * billing_nfse row in the webhook's transaction, once per invoice): issue it.
   */
  /**
   * An outgoing webhook message waits for delivery (src/modules/webhooks/raise-webhook-event.ts,
   * recorded with the message in the transaction of the write it announces; again for "resend"
   * and "send test event"): deliver it with retries for about a day.
   */
  webhookMessageQueued: eventType('webhooks/message.queued', {
    schema: z.object({ messageId: z.string().regex(/^msg_[A-Za-z0-9]{10,64}$/) }),
  }),
  nfseRequested: eventType('billing/nfse.requested', { schema: z.object({ stripeInvoiceId: z.string().min(1).max(255) }) }),
};

export type EventDefinition = (typeof events)[keyof typeof events];

/** The event Inngest (and the embedded engine) hands a cron-triggered function. */
export const SCHEDULED_EVENT = 'inngest/scheduled.timer';
/** The event a function's failure handler receives (Inngest's `inngest/function.failed`). */
export const FAILED_EVENT = 'inngest/function.failed';

/**
 * The Inngest client. It only talks to Inngest when the jobs adapter is Inngest
 * (INNGEST_EVENT_KEY, or INNGEST_DEV for a local Inngest dev server); the embedded engine never
 * sends through it.
 */
export const inngest = new Inngest({ id: 'page-magic' });
