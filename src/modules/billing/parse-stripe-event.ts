import { createHash } from 'node:crypto';
import { z } from 'zod';

/** The event types the webhook acts on; every other type is recorded and ignored. */
export const HANDLED_EVENTS = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.updated',
  'invoice.paid',
  'invoice.payment_failed',
  'invoice.finalized',
] as const;

export type HandledEventType = (typeof HANDLED_EVENTS)[number];

/** What the webhook reads from a handled event, checked and typed. */
export type StripeEventFacts = {
  id: string;
  type: HandledEventType;
  created: Date;
  customerId: string | null;
  /** The subscription whose current state the event announces (re-read from Stripe). */
  subscriptionId: string | null;
  /** A checkout's client_reference_id when it is one of our user ids (we set it to the profile's id). */
  claimedUserId: string | null;
  invoice: InvoiceFacts | null;
};

/** What an invoice event says of the invoice; the NFS-e of a paid one is issued from these. */
export type InvoiceFacts = {
  id: string;
  attemptCount: number | null;
  /** Cents of `currency` paid (null when the event does not say). */
  amountPaid: number | null;
  currency: string | null;
  paidAt: Date | null;
  customerName: string | null;
  customerEmail: string | null;
  /** The customer's tax ids as Stripe copied them onto the invoice (`br_cpf`, `br_cnpj`, others). */
  customerTaxIds: { type: string; value: string }[];
  /** The open boleto to pay, when the invoice is collected by boleto. */
  boleto: BoletoFacts | null;
};

/** An open invoice the client pays by boleto (collection_method send_invoice, boleto among its payment methods). */
export type BoletoFacts = { amountCents: number; currency: string; dueAt: Date };

/** Enough to record an event by its id: its type and when Stripe created it. */
export type RecordableEvent = { id: string; type: string; created: Date };

export type ParsedStripeEvent =
  | { kind: 'handled'; event: StripeEventFacts }
  | { kind: 'unhandled'; event: RecordableEvent }
  /** Signed by Stripe yet not an event we can read; `reason` says what is wrong, for the answer and the report. */
  | { kind: 'malformed'; event: RecordableEvent; reason: string };

const id = z.string().min(1).max(255);
/** Stripe sends a related object as its id, or expanded as the object itself. */
const reference = z.union([id, z.object({ id })]).transform((r) => (typeof r === 'string' ? r : r.id));
const optionalReference = reference.nullish().transform((r) => r ?? null);

/** Seconds since the epoch, up to the year 9999 (past that a Date, and the record, cannot hold it). */
const stripeTime = z.number().int().positive().max(253_402_300_799);

const envelope = z.object({
  id,
  object: z.literal('event'),
  type: z.string().min(1).max(255),
  created: stripeTime,
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});

const subscriptionObject = z.object({ object: z.literal('subscription'), id, customer: reference });

const invoiceObject = z.object({
  object: z.literal('invoice'),
  id,
  customer: optionalReference,
  subscription: optionalReference,
  // Invoices of recent API versions name their subscription under parent.subscription_details.
  parent: z.object({ subscription_details: z.object({ subscription: optionalReference }).nullish() }).nullish(),
  attempt_count: z.number().int().nonnegative().nullish(),
  status: z.string().nullish(),
  collection_method: z.string().nullish(),
  due_date: stripeTime.nullish(),
  amount_due: z.number().int().nonnegative().nullish(),
  payment_settings: z.object({ payment_method_types: z.array(z.string()).nullish() }).nullish(),
  amount_paid: z.number().int().nonnegative().nullish(),
  currency: z.string().min(3).max(3).nullish(),
  status_transitions: z.object({ paid_at: stripeTime.nullish() }).nullish(),
  customer_name: z.string().max(300).nullish(),
  customer_email: z.string().max(320).nullish(),
  customer_tax_ids: z
    .array(z.object({ type: z.string().max(40), value: z.string().max(100) }))
    .max(20)
    .nullish(),
});

/** The boleto of an invoice, when the invoice is open, sent to be paid and payable by boleto. */
function boletoOf(i: z.output<typeof invoiceObject>): BoletoFacts | null {
  const isBoleto = i.payment_settings?.payment_method_types?.includes('boleto') ?? false;
  if (i.status !== 'open' || i.collection_method !== 'send_invoice' || !isBoleto || !i.due_date) return null;
  return { amountCents: i.amount_due ?? 0, currency: (i.currency ?? 'brl').toLowerCase(), dueAt: new Date(i.due_date * 1000) };
}

const customerObject = z.object({ object: z.literal('customer'), id });

const checkoutObject = z.object({
  object: z.literal('checkout.session'),
  id,
  customer: optionalReference,
  subscription: optionalReference,
  client_reference_id: z.string().nullish(),
});

const userId = z.guid();

/**
 * A verified webhook body as the webhook uses it. Stripe signed it, so a body we cannot read is
 * not an attack but a payload we did not expect (an API version change, an object of another
 * kind): it comes back `malformed` with its reason — to be recorded and answered 2xx, because
 * Stripe would redeliver the same bytes for days and they would fail the same way every time.
 * A body without a usable id is recorded under a hash of its bytes, so its redeliveries are one row.
 */
export function parseStripeEvent(body: string): ParsedStripeEvent {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return malformed(body, undefined, 'the body is not JSON');
  }
  const head = envelope.safeParse(json);
  if (!head.success) return malformed(body, json, reasonOf(head.error));
  const { type, data } = head.data;
  const event = { id: head.data.id, type, created: new Date(head.data.created * 1000) };
  if (!isHandled(type)) return { kind: 'unhandled', event };

  const facts = factsOf(type, data.object);
  if (!facts.success) return { kind: 'malformed', event, reason: reasonOf(facts.error, 'data.object') };
  return { kind: 'handled', event: { ...event, type, ...facts.data } };
}

type ObjectFacts = Omit<StripeEventFacts, 'id' | 'type' | 'created'>;

function factsOf(type: HandledEventType, object: unknown): z.ZodSafeParseResult<ObjectFacts> {
  if (type.startsWith('customer.subscription.')) {
    return subscriptionObject
      .transform((s) => ({ customerId: s.customer, subscriptionId: s.id, claimedUserId: null, invoice: null }))
      .safeParse(object);
  }
  if (type.startsWith('invoice.')) {
    return invoiceObject
      .transform((i) => ({
        customerId: i.customer,
        subscriptionId: i.subscription ?? i.parent?.subscription_details?.subscription ?? null,
        claimedUserId: null,
        invoice: {
          id: i.id,
          attemptCount: i.attempt_count ?? null,
          amountPaid: i.amount_paid ?? null,
          currency: i.currency?.toLowerCase() ?? null,
          paidAt: i.status_transitions?.paid_at ? new Date(i.status_transitions.paid_at * 1000) : null,
          customerName: i.customer_name ?? null,
          customerEmail: i.customer_email ?? null,
          customerTaxIds: i.customer_tax_ids ?? [],
          boleto: boletoOf(i),
        },
      }))
      .safeParse(object);
  }
  if (type === 'customer.updated') {
    return customerObject
      .transform((c) => ({ customerId: c.id, subscriptionId: null, claimedUserId: null, invoice: null }))
      .safeParse(object);
  }
  return checkoutObject
    .transform((c) => ({
      customerId: c.customer,
      subscriptionId: c.subscription,
      // Any other reference (a Payment Link's, another integration's) names no user of ours.
      claimedUserId: userId.safeParse(c.client_reference_id).success ? c.client_reference_id! : null,
      invoice: null,
    }))
    .safeParse(object);
}

function isHandled(type: string): type is HandledEventType {
  return (HANDLED_EVENTS as readonly string[]).includes(type);
}

function malformed(body: string, json: unknown, reason: string): ParsedStripeEvent {
  const loose = (json && typeof json === 'object' ? json : {}) as { id?: unknown; type?: unknown; created?: unknown };
  const hasId = id.safeParse(loose.id).success;
  const created = stripeTime.safeParse(loose.created);
  return {
    kind: 'malformed',
    event: {
      id: hasId ? String(loose.id) : `unparsed:${createHash('sha256').update(body).digest('hex')}`,
      type: typeof loose.type === 'string' && loose.type.length > 0 ? loose.type.slice(0, 255) : 'unknown',
      // When Stripe created it, if it says so; else now (the record must have a time).
      created: created.success ? new Date(created.data * 1000) : new Date(),
    },
    reason,
  };
}

/** The first problem, where it is: `data.object.object: Invalid input: expected "subscription"`. */
function reasonOf(error: z.ZodError, prefix?: string): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid event';
  const path = [...(prefix ? [prefix] : []), ...issue.path.map(String)].join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
