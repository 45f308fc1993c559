import { z } from 'zod';

/**
 * The notification event contract: what other modules tell `notifications` happened. The
 * notifications module — never the emitter — decides who hears about it (recipients are resolved
 * from the project's owner or the named user) and through which channel (in-app, email, push),
 * from each person's preferences.
 *
 * How to emit (from any module; see emit-notification.ts):
 *
 *   import { emitNotification, emitNotificationInTx } from '@/modules/notifications/emit-notification';
 *
 *   // After your write committed (system code: jobs, webhooks, crons):
 *   await emitNotification({ kind: 'payment.failed', eventId: `payment.failed:${invoiceId}`, userId, invoiceId });
 *
 *   // Or inside your own transaction on the privileged connection, so the notification exists
 *   // exactly when your write does (the delivery job starts after commit; call flushEvents() then):
 *   await db.transaction((tx) => emitNotificationInTx(tx, event));
 *
 * `eventId` is the dedupe key: build it deterministically from what happened (the invoice, the
 * deployment, the lead, the meter + period + percent), never from a clock or a random number. The
 * same eventId emitted twice — a retried webhook, a re-run cron — is stored once and delivered
 * once. Payloads are validated here; a bad one throws where it is emitted, not in a job later.
 */

const uuid = z.uuid();
const eventId = z.string().trim().min(1).max(200);
/** Free text from people (a lead's name, a domain name): kept short; React and react-email escape it. */
const shortText = (max: number) => z.string().trim().max(max);

export const leadCreated = z.object({
  kind: z.literal('lead.created'),
  eventId,
  projectId: uuid,
  /** The stored lead, for the link to it (optional: the event makes sense without it). */
  leadId: uuid.optional(),
  /** What the visitor typed as their name; empty when they gave none. */
  leadName: shortText(200),
  /** The start of their message (cut to 280 characters here); empty when none. */
  messagePreview: z.string().transform((s) => s.trim().slice(0, 280)),
});

export const sitePublished = z.object({
  kind: z.literal('site.published'),
  eventId,
  projectId: uuid,
  deploymentId: uuid,
  /** The live address, the site's version and the name visitors see, for the "your site is live" mail. */
  url: z.url().max(2000).optional(),
  version: z.number().int().positive().optional(),
  siteName: shortText(200).optional(),
});

export const siteFailed = z.object({ kind: z.literal('site.failed'), eventId, projectId: uuid, deploymentId: uuid });

export const usageThreshold = z.object({
  kind: z.literal('usage.threshold'),
  eventId,
  userId: uuid,
  /** A metering meter: page_generate, ai_token, projects, storage_gb, bandwidth… */
  meter: z.string().trim().min(1).max(64),
  percent: z.union([z.literal(80), z.literal(90), z.literal(100)]),
  /** The first day of the usage period, YYYY-MM-DD. */
  periodStart: z.iso.date(),
});

export const paymentFailed = z.object({
  kind: z.literal('payment.failed'),
  eventId,
  userId: uuid,
  invoiceId: z.string().max(200).optional(),
});

export const paymentRecovered = z.object({ kind: z.literal('payment.recovered'), eventId, userId: uuid });

/**
 * A boleto was issued for the client's invoice (billing, on invoice.finalized): the amount and the
 * due date for the mail; the boleto itself is shown on the Billing page (links are app paths only).
 */
export const paymentBoletoIssued = z.object({
  kind: z.literal('payment.boleto_issued'),
  eventId,
  userId: uuid,
  invoiceId: z.string().min(1).max(200),
  /** In the smallest unit of `currency` (centavos). */
  amountCents: z.number().int().nonnegative(),
  currency: z.string().regex(/^[a-z]{3}$/),
  dueAt: z.iso.datetime(),
});

/** The domain lifecycle steps a person must hear about (the domains module's mail kinds). */
export const DOMAIN_REASONS = ['waitingReminder', 'removed', 'failing', 'stopped', 'released'] as const;
export type DomainReason = (typeof DOMAIN_REASONS)[number];

export const domainNeedsAttention = z.object({
  kind: z.literal('domain.needs_attention'),
  eventId,
  domainId: uuid,
  projectId: uuid,
  reason: z.enum(DOMAIN_REASONS),
  /** The domain as people read it (Unicode). */
  domainName: shortText(300).min(1),
});

/** Support tickets (issue 17): the client hears an agency reply; the assignee an SLA warning; every admin a breach. */
const ticketFields = { eventId, userId: uuid, ticketId: uuid, ticketNumber: z.number().int().positive(), subject: shortText(200) };
export const ticketReplied = z.object({ kind: z.literal('ticket.replied'), ...ticketFields });
export const ticketSlaWarning = z.object({ kind: z.literal('ticket.sla_warning'), ...ticketFields, dueAt: z.iso.datetime() });
export const ticketSlaBreached = z.object({ kind: z.literal('ticket.sla_breached'), ...ticketFields, dueAt: z.iso.datetime() });

/**
 * Uptime (issue 18, insights): a live host (the slug address or a verified custom domain) failed
 * two checks in a row — an incident opened — or answers again. `cause` is the first failure's
 * reason as a code (the message picks the words); `statusCode` only for `http_status`.
 */
export const UPTIME_CAUSES = ['timeout', 'http_status', 'connection', 'dns', 'tls', 'blocked', 'other'] as const;
export type UptimeCause = (typeof UPTIME_CAUSES)[number];
const uptimeFields = { eventId, projectId: uuid, incidentId: uuid, host: shortText(300).min(1) };
export const siteDown = z.object({
  kind: z.literal('site.down'),
  ...uptimeFields,
  cause: z.enum(UPTIME_CAUSES),
  statusCode: z.number().int().min(100).max(599).optional(),
});
export const siteRecovered = z.object({ kind: z.literal('site.recovered'), ...uptimeFields, durationMs: z.number().int().nonnegative() });

/**
 * Performance (issue 18, insights): the latest scheduled mobile run shows a score down by ≥ 10
 * points from the previous run (`drop: 'score'`, with both scores 0–100), or a Core Web Vital
 * that has moved into Google's "poor" range (`drop: 'poor'`; `current` is the measured value).
 */
export const PERFORMANCE_METRICS = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcp', 'cls', 'tbt'] as const;
export type PerformanceMetric = (typeof PERFORMANCE_METRICS)[number];
export const sitePerformanceDropped = z.object({
  kind: z.literal('site.performance_dropped'),
  eventId,
  projectId: uuid,
  metric: z.enum(PERFORMANCE_METRICS),
  drop: z.enum(['score', 'poor']),
  previous: z.number().finite().optional(),
  current: z.number().finite().optional(),
  /** The page measured (the home page or one the client pinned). */
  url: z.url().max(2000).optional(),
});

/**
 * Outgoing webhooks (issue 36): an endpoint failed every delivery attempt for about a day and was
 * switched off (src/modules/webhooks/deliver-webhook-message.ts); its owner hears it once.
 */
export const webhookDisabled = z.object({
  kind: z.literal('webhook.disabled'),
  eventId,
  userId: uuid,
  endpointId: uuid,
  url: shortText(300).min(1),
});

export const notificationEventSchema = z.discriminatedUnion('kind', [
  leadCreated,
  sitePublished,
  siteFailed,
  usageThreshold,
  paymentFailed,
  paymentRecovered,
  paymentBoletoIssued,
  domainNeedsAttention,
  ticketReplied,
  ticketSlaWarning,
  ticketSlaBreached,
  siteDown,
  siteRecovered,
  sitePerformanceDropped,
  webhookDisabled,
]);

/** What an emitter passes (before parsing: e.g. a long message preview is cut by the schema). */
export type NotificationEventInput = z.input<typeof notificationEventSchema>;
/** A validated event, as stored in notification_events.payload. */
export type NotificationEvent = z.output<typeof notificationEventSchema>;
export type NotificationKind = NotificationEvent['kind'];

/** Every kind, in the order the preferences page lists them. */
export const NOTIFICATION_KINDS = [
  'lead.created',
  'site.published',
  'site.failed',
  'site.down',
  'site.recovered',
  'site.performance_dropped',
  'domain.needs_attention',
  'usage.threshold',
  'payment.failed',
  'payment.recovered',
  'payment.boleto_issued',
  'ticket.replied',
  'ticket.sla_warning',
  'ticket.sla_breached',
  'webhook.disabled',
] as const satisfies readonly NotificationKind[];

export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);

/** Kinds only the agency's own people ever receive (SLA clocks run on the agency's side). */
const AGENCY_ONLY_KINDS: ReadonlySet<NotificationKind> = new Set(['ticket.sla_warning', 'ticket.sla_breached']);

/**
 * The kinds a person's preferences page offers: a client never gets an SLA warning, so offering
 * the choice would only puzzle them.
 */
export function preferenceKindsFor(audience: 'client' | 'agency'): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((kind) => audience === 'agency' || !AGENCY_ONLY_KINDS.has(kind));
}
