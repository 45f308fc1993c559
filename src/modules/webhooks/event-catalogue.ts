import { z } from 'zod';
import { leadFieldSpecs, leadPurposes } from '@/modules/document/lead-forms';

/**
 * The outgoing webhook events: one list, each with the zod schema of its `data`. Endpoints
 * subscribe to these names, senders raise them (raise-webhook-event.ts validates the payload
 * here, where it is raised) and the settings page lists them. A receiver gets
 * `{ type, timestamp, data }` (the Standard Webhooks payload shape).
 */
const uuid = z.uuid();
const at = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);

const ticket = { ticketId: uuid, ticketNumber: z.number().int().positive(), subject: text(200) };

export const WEBHOOK_EVENTS = {
  'lead.created': z.strictObject({
    leadId: uuid,
    projectId: uuid,
    /** The form's purpose: contact, booking, quote, newsletter. */
    kind: z.enum(leadPurposes),
    // The limits are the form's own (one source): a stored lead always fits its webhook.
    name: text(leadFieldSpecs.name.maxLength).nullable(),
    email: text(leadFieldSpecs.email.maxLength).nullable(),
    phone: text(leadFieldSpecs.phone.maxLength).nullable(),
    message: text(leadFieldSpecs.message.maxLength).nullable(),
    /** The other answers as stored: date, time, service, address, and each question with its label. */
    details: z.record(z.string().max(40), z.union([z.string(), z.strictObject({ label: z.string(), answer: z.string() })])),
    pagePath: z.string().nullable(),
    createdAt: at,
  }),
  'site.published': z.strictObject({ projectId: uuid, deploymentId: uuid, url: text(2000), version: z.number().int().positive() }),
  'site.down': z.strictObject({ projectId: uuid, host: text(300), cause: text(40), startedAt: at }),
  'site.up': z.strictObject({ projectId: uuid, host: text(300), downForMs: z.number().int().nonnegative() }),
  'ticket.created': z.strictObject(ticket),
  'ticket.replied': z.strictObject({ ...ticket, replyId: uuid }),
  'ticket.sla_breached': z.strictObject({ ...ticket, dueAt: at }),
  'invoice.paid': z.strictObject({
    invoiceId: text(200),
    amountCents: z.number().int().nonnegative(),
    currency: z.string().regex(/^[a-z]{3}$/),
  }),
  'invoice.payment_failed': z.strictObject({ invoiceId: text(200) }),
  'domain.verified': z.strictObject({ domainId: uuid, projectId: uuid, domain: text(300) }),
  'domain.needs_attention': z.strictObject({ domainId: uuid, projectId: uuid, domain: text(300), reason: text(40) }),
  'usage.threshold': z.strictObject({ meter: text(64), percent: z.number().int().min(1).max(100), periodStart: z.iso.date() }),
  'generation.finished': z.strictObject({ generationId: uuid, projectId: uuid, status: z.enum(['succeeded', 'failed']) }),
} as const;

export type WebhookEventType = keyof typeof WEBHOOK_EVENTS;
export type WebhookEventData<T extends WebhookEventType> = z.input<(typeof WEBHOOK_EVENTS)[T]>;

/** Every event an endpoint may subscribe to (their schemas are the contract, also for events not sent yet). */
export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENTS) as [WebhookEventType, ...WebhookEventType[]];

/**
 * The events the settings page offers, in the order it lists them. Every one is raised where the
 * fact is recorded (docs/ARCHITECTURE.md, "Outgoing webhooks"); a test keeps this list equal to
 * the `unsafeRaiseWebhookEvent` calls in the code, so an event nothing sends is never offered.
 */
export const SENT_WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = WEBHOOK_EVENT_TYPES;
export const webhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);

/** "Send test event": delivered to one endpoint whatever it subscribes to; never raised by the product. */
export const TEST_EVENT_TYPE = 'webhook.test';
export const testEventData = z.strictObject({ endpointId: uuid, message: text(200) });

/** The body every receiver gets (Standard Webhooks' recommended shape). */
export type WebhookPayload = { type: string; timestamp: string; data: Record<string, unknown> };
