import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/**
 * A local Stripe stand-in: node:http speaking Stripe's wire format (form-encoded requests with
 * bracket keys, JSON answers, `{ error: { type, code, message } }` failures) for the endpoints
 * Page Magic calls. The real `stripe` SDK is pointed at it (STRIPE_API_BASE / host, port,
 * protocol). It keeps Idempotency-Key answers, dedupes meter events by identifier, can rate-limit
 * meter events (429) and fail or hang a share of them (500 / timeout), and can complete a
 * Checkout Session the way a paying person would, sending signed webhooks to the app.
 */

type Obj = Record<string, unknown> & { id: string };
type Form = Record<string, unknown>;

export type StripeStandInOptions = {
  /** Share (0..1) of meter-event calls answered 500. */
  meterFailRate?: number;
  /** Share (0..1) of meter-event calls that hang until the client gives up. */
  meterTimeoutRate?: number;
  /** Meter events accepted per second; more get 429 (Stripe documents 1,000/s). */
  meterEventsPerSecond?: number;
  /** Where Checkout completion posts signed events (the app's /api/webhooks/stripe). */
  webhook?: { url: string; secret: string };
  random?: () => number;
  /**
   * Called when a new meter event is accepted, before its answer is written: a test can kill the
   * pushing process right there, so Stripe has the event and the pusher never hears so.
   */
  onMeterEventAccepted?: (accepted: number) => void;
  /**
   * Stripe's clock, in milliseconds (default: this process's): objects' `created`, periods and
   * webhook signature timestamps. An app whose clock a test moved (tests/fakes/clock) checks
   * signatures against its own time, so Stripe must share it, as the real one does within seconds.
   */
  clock?: () => number;
  /**
   * Stripe is unreachable: every request's connection is dropped without an answer, which the SDK
   * sees as a network failure (StripeConnectionError after its own retries). Set it mid-test to
   * take Stripe down while the app is processing, and back to false to bring it up again.
   */
  isDown?: boolean;
};

export type StripeStandIn = {
  url: string;
  port: number;
  close: () => Promise<void>;
  /** Meter events Stripe accepted (after identifier dedupe). */
  meterEvents: () => { event_name: string; identifier: string; customer: string; value: number; timestamp: number }[];
  /** Sum of accepted meter event values per customer and event name. */
  meterSums: () => Map<string, number>;
  stats: { meterCalls: number; meterFailures: number; meterRateLimited: number; duplicates: number };
  setOptions: (options: Partial<StripeStandInOptions>) => void;
  /** Completes a Checkout Session: a subscription is created and (with `webhook`) the events are sent. */
  completeCheckout: (sessionId: string) => Promise<Obj>;
  /**
   * A renewal charge fails, as Stripe does it: the customer's subscription becomes past_due, an
   * open invoice is added and (with `webhook`) invoice.payment_failed is sent for this attempt.
   */
  failInvoice: (customer: string, attempt?: number) => Promise<Obj>;
  /** Changes a subscription as Stripe would (status, cancel, price) and returns it. */
  updateSubscription: (id: string, patch: Record<string, unknown>) => Obj;
  /**
   * The subscription's period ends, as a Stripe test clock advanced past it would show: one set to
   * cancel at the period's end is cancelled and (with `webhook`) customer.subscription.deleted is sent.
   */
  endPeriod: (subscriptionId: string) => Promise<Obj>;
  addInvoice: (customer: string, invoice: Partial<Obj>) => Obj;
  /**
   * The person pays a boleto (or any open invoice): the invoice is paid, its subscription active,
   * and (with `webhook`) invoice.paid is sent — a day after the payment at Stripe, at once here.
   */
  payInvoice: (invoiceId: string) => Promise<Obj>;
  /**
   * An open send_invoice invoice passes its due date unpaid (a boleto that expired): the
   * subscription becomes past_due, as Stripe marks it, and customer.subscription.updated is sent.
   */
  expireInvoice: (invoiceId: string) => Promise<Obj>;
  objects: Map<string, Obj>;
};

let idCounter = 0;
const newId = (prefix: string) => `${prefix}_${Date.now().toString(36)}${(++idCounter).toString(36).padStart(6, '0')}`;

/** Decodes `a[b][0][c]=v` form bodies into nested objects and arrays (Stripe's encoding). */
export function decodeForm(body: string): Form {
  const out: Form = {};
  for (const pair of body.split('&')) {
    if (!pair) continue;
    const [rawKey, rawValue = ''] = pair.split('=');
    const key = decodeURIComponent(rawKey!.replace(/\+/g, ' '));
    const value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    const path = key.split(/\[|\]\[|\]/).filter((p) => p !== '');
    let node: Record<string, unknown> = out;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      if (last) {
        node[part] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[i + 1]!);
      node[part] ??= nextIsIndex ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return out;
}

function list(data: unknown[], url: string) {
  return { object: 'list', data, has_more: false, url };
}

class StripeError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function startStripeStandIn(initial: StripeStandInOptions = {}): Promise<StripeStandIn> {
  let options: StripeStandInOptions = { ...initial };
  const now = () => Math.floor((options.clock?.() ?? Date.now()) / 1000);
  const objects = new Map<string, Obj>();
  const idempotent = new Map<string, { status: number; body: string }>();
  const meterEventsByIdentifier = new Map<
    string,
    { event_name: string; identifier: string; customer: string; value: number; timestamp: number }
  >();
  const stats = { meterCalls: 0, meterFailures: 0, meterRateLimited: 0, duplicates: 0 };
  let windowStart = Date.now();
  let windowCount = 0;
  const random = () => (options.random ?? Math.random)();
  const hanging = new Set<ServerResponse>();
  /** Events an API call causes, sent after its answer (Stripe's webhooks never arrive inside the call). */
  const afterAnswer: [string, Obj][] = [];

  const put = (o: Obj) => {
    objects.set(o.id, o);
    return o;
  };
  const get = (id: string, kind: string) => {
    const o = objects.get(id);
    if (!o || o.object !== kind) throw new StripeError(404, 'invalid_request_error', `No such ${kind}: '${id}'`, 'resource_missing');
    return o;
  };
  const all = (kind: string) => [...objects.values()].filter((o) => o.object === kind);

  function priceByLookup(key: string) {
    return all('price').find((p) => p.lookup_key === key && p.active !== false);
  }

  function subscriptionItems(subscriptionId: string, prices: string[], start: number) {
    const end = start + 30 * 86_400;
    return {
      object: 'list',
      data: prices.map((priceId) => ({
        id: newId('si'),
        object: 'subscription_item',
        subscription: subscriptionId,
        price: objects.get(priceId),
        current_period_start: start,
        current_period_end: end,
      })),
    };
  }

  function createSubscription(customer: string, prices: string[], metadata: Record<string, unknown>) {
    const id = newId('sub');
    const created = now();
    return put({
      id,
      object: 'subscription',
      customer,
      status: 'active',
      created,
      cancel_at_period_end: false,
      metadata,
      items: subscriptionItems(id, prices, created),
      latest_invoice: null,
    });
  }

  function route(method: string, path: string, form: Form, query: URLSearchParams): unknown {
    const parts = path.split('/').filter(Boolean); // ['v1', ...]
    const [, a, b, c, d] = parts;
    // Customers
    if (a === 'customers' && !b && method === 'POST')
      return put({ id: newId('cus'), object: 'customer', created: now(), email: form.email ?? null, metadata: form.metadata ?? {} });
    // Tax IDs (Brazil's CPF and CNPJ here): Stripe checks the format of each type and keeps them
    // as tax_id objects of the customer; an invoice copies them into customer_tax_ids when finalized.
    if (a === 'customers' && b && c === 'tax_ids' && !d && method === 'POST') return createTaxId(b, form);
    if (a === 'customers' && b && c === 'tax_ids' && !d && method === 'GET') return list(taxIdsOf(get(b, 'customer').id), path);
    if (a === 'customers' && b && c === 'tax_ids' && d && method === 'DELETE') {
      get(b, 'customer');
      const taxId = get(d, 'tax_id');
      objects.delete(taxId.id);
      return { id: taxId.id, object: 'tax_id', deleted: true };
    }
    if (a === 'customers' && b && method === 'GET') return get(b, 'customer');
    // Updating a customer merges the fields sent (metadata key by key, as Stripe does).
    if (a === 'customers' && b && method === 'POST') {
      const customer = get(b, 'customer');
      const { metadata, ...rest } = form as Obj & { metadata?: Record<string, unknown> };
      return put({ ...customer, ...rest, metadata: { ...(customer.metadata as Record<string, unknown>), ...(metadata ?? {}) } } as Obj);
    }
    // Products
    if (a === 'products' && !b && method === 'GET') return list(all('product'), path);
    if (a === 'products' && !b && method === 'POST')
      return put({
        id: typeof form.id === 'string' ? form.id : newId('prod'),
        object: 'product',
        active: true,
        ...form,
        created: now(),
      } as Obj);
    if (a === 'products' && b && method === 'POST') return put({ ...get(b, 'product'), ...form } as Obj);
    if (a === 'products' && b && method === 'GET') return get(b, 'product');
    // Prices
    if (a === 'prices' && !b && method === 'GET') {
      const keys = query
        .getAll('lookup_keys[]')
        .concat([...query.entries()].filter(([k]) => /^lookup_keys\[\d+\]$/.test(k)).map(([, v]) => v));
      return list(
        all('price').filter((p) => p.active !== false && (keys.length === 0 || keys.includes(String(p.lookup_key)))),
        path,
      );
    }
    if (a === 'prices' && !b && method === 'POST') {
      const lookupKey = typeof form.lookup_key === 'string' ? form.lookup_key : null;
      if (lookupKey && form.transfer_lookup_key !== 'true') {
        const taken = priceByLookup(lookupKey);
        if (taken)
          throw new StripeError(
            400,
            'invalid_request_error',
            `A price (\`${taken.id}\`) already uses that lookup key.`,
            'lookup_key_in_use',
          );
      }
      if (lookupKey) for (const p of all('price')) if (p.lookup_key === lookupKey) p.lookup_key = null;
      const tiers = (form.tiers as { up_to: string; unit_amount_decimal?: string; unit_amount?: string }[] | undefined)?.map((t) => ({
        up_to: t.up_to === 'inf' ? null : Number(t.up_to),
        unit_amount: t.unit_amount === undefined ? null : Number(t.unit_amount),
        unit_amount_decimal: t.unit_amount_decimal ?? null,
      }));
      const { transfer_lookup_key: _transfer, ...rest } = form;
      return put({
        ...rest,
        id: newId('price'),
        object: 'price',
        active: true,
        lookup_key: lookupKey,
        unit_amount: form.unit_amount === undefined ? null : Number(form.unit_amount),
        tiers: tiers ?? null,
        created: now(),
      } as Obj);
    }
    if (a === 'prices' && b && method === 'POST') return put({ ...get(b, 'price'), ...form } as Obj);
    // Billing meters and meter events
    if (a === 'billing' && b === 'meters' && !c && method === 'GET') return list(all('billing.meter'), path);
    if (a === 'billing' && b === 'meters' && !c && method === 'POST') {
      if (all('billing.meter').some((m) => m.event_name === form.event_name))
        throw new StripeError(400, 'invalid_request_error', 'An active meter with that event_name already exists.');
      return put({ ...form, id: newId('mtr'), object: 'billing.meter', status: 'active', created: now() } as Obj);
    }
    if (a === 'billing' && b === 'meters' && c && method === 'POST') return put({ ...get(c, 'billing.meter'), ...form } as Obj);
    if (a === 'billing' && b === 'meter_events' && method === 'POST') return meterEvent(form);
    // Checkout and portal
    if (a === 'checkout' && b === 'sessions' && !c && method === 'POST') {
      const id = newId('cs');
      return put({
        ...form,
        id,
        object: 'checkout.session',
        status: 'open',
        payment_status: 'unpaid',
        subscription: null,
        url: `${base}/checkout/${id}`,
        created: now(),
      } as Obj);
    }
    if (a === 'checkout' && b === 'sessions' && c && method === 'GET') return get(c, 'checkout.session');
    if (a === 'billing_portal' && b === 'sessions' && method === 'POST') {
      get(String(form.customer), 'customer');
      const id = newId('bps');
      return put({ ...form, id, object: 'billing_portal.session', url: `${base}/portal/${id}`, created: now() } as Obj);
    }
    // Subscriptions
    if (a === 'subscriptions' && b && method === 'GET') {
      const subscription = get(b, 'subscription');
      const expand = [...query.entries()].filter(([k]) => k === 'expand[]' || /^expand\[\d+\]$/.test(k)).map(([, v]) => v);
      const latest = subscription.latest_invoice;
      return expand.includes('latest_invoice') && typeof latest === 'string'
        ? { ...subscription, latest_invoice: get(latest, 'invoice') }
        : subscription;
    }
    if (a === 'subscriptions' && !b && method === 'GET') {
      // Stripe's default lists every subscription that is not cancelled; `status=all` lists all.
      const customer = query.get('customer');
      const status = query.get('status');
      return list(
        all('subscription').filter(
          (s) => (!customer || s.customer === customer) && (status === 'all' || (status ? s.status === status : s.status !== 'canceled')),
        ),
        path,
      );
    }
    // Cancel now (DELETE /v1/subscriptions/:id): the subscription ends; a cancelled one cannot be cancelled again.
    if (a === 'subscriptions' && b && method === 'DELETE') {
      const subscription = get(b, 'subscription');
      if (subscription.status === 'canceled')
        throw new StripeError(400, 'invalid_request_error', `No such subscription: '${b}'`, 'resource_missing');
      return put({
        ...subscription,
        status: 'canceled',
        canceled_at: now(),
        ended_at: now(),
        cancellation_details: { invoice_now: form.invoice_now ?? null, prorate: form.prorate ?? null },
      });
    }
    // Update (POST /v1/subscriptions/:id): a plan change swaps item prices, with prorations.
    if (a === 'subscriptions' && b && !c && method === 'POST') return updateSubscriptionByApi(b, form);
    if (a === 'subscriptions' && !b && method === 'POST') {
      const items = (form.items as { price: string }[] | undefined) ?? [];
      get(String(form.customer), 'customer');
      if (form.collection_method === 'send_invoice') return createInvoicedSubscription(form, items);
      return createSubscription(
        String(form.customer),
        items.map((i) => i.price),
        (form.metadata as Record<string, unknown>) ?? {},
      );
    }
    // Invoices
    if (a === 'invoices' && b === 'create_preview' && method === 'POST') return invoicePreview(form);
    if (a === 'invoices' && b && c === 'finalize' && method === 'POST') return finalizeInvoice(b);
    if (a === 'invoices' && b && !c && method === 'GET') return get(b, 'invoice');
    if (a === 'invoices' && !b && method === 'GET') {
      const customer = query.get('customer');
      // `created[gte]` / `created[lt]` (and gt / lte), in seconds, as Stripe filters list calls.
      const bound = (op: string) => (query.get(`created[${op}]`) === null ? null : Number(query.get(`created[${op}]`)));
      const [gte, gt, lte, lt] = ['gte', 'gt', 'lte', 'lt'].map(bound);
      const inRange = (created: number) =>
        (gte === null || created >= gte) &&
        (gt === null || created > gt) &&
        (lte === null || created <= lte) &&
        (lt === null || created < lt);
      return list(
        all('invoice')
          .filter((i) => (!customer || i.customer === customer) && inRange(Number(i.created)))
          .sort((x, y) => Number(y.created) - Number(x.created)),
        path,
      );
    }
    throw new StripeError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);
  }

  function taxIdsOf(customer: string) {
    return all('tax_id').filter((t) => t.customer === customer);
  }

  /** Stripe's documented formats for the two Brazilian types; any other type is out of this stand-in's scope. */
  const TAX_ID_FORMATS: Record<string, RegExp> = {
    br_cpf: /^\d{3}\.\d{3}\.\d{3}-\d{2}$/,
    br_cnpj: /^[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}\/[0-9A-Z]{4}-\d{2}$/,
  };

  function createTaxId(customerId: string, form: Form) {
    const customer = get(customerId, 'customer');
    const type = String(form.type ?? '');
    const value = String(form.value ?? '');
    if (!TAX_ID_FORMATS[type])
      throw new StripeError(400, 'invalid_request_error', `Invalid value for type: ${type}`, 'parameter_invalid_empty');
    if (!TAX_ID_FORMATS[type].test(value))
      throw new StripeError(400, 'invalid_request_error', `Invalid value for ${type}.`, 'tax_id_invalid');
    return put({
      id: newId('txi'),
      object: 'tax_id',
      customer: customer.id,
      country: 'BR',
      type,
      value,
      created: now(),
      verification: { status: 'unavailable', verified_name: null, verified_address: null },
    });
  }

  /**
   * A subscription that sends its invoices (collection_method=send_invoice, a boleto each period):
   * Stripe makes it active at once — it waits for no payment — and its first invoice a draft,
   * finalized an hour later unless finalized sooner through the API.
   */
  function createInvoicedSubscription(form: Form, items: { price: string }[]) {
    const daysUntilDue = Number(form.days_until_due);
    if (!Number.isInteger(daysUntilDue) || daysUntilDue < 0)
      throw new StripeError(400, 'invalid_request_error', 'days_until_due is required when collection_method is send_invoice.');
    const customer = String(form.customer);
    const subscription = createSubscription(
      customer,
      items.map((i) => i.price),
      (form.metadata as Record<string, unknown>) ?? {},
    );
    const paymentSettings = (form.payment_settings as Record<string, unknown> | undefined) ?? {};
    const licensed = (subscription.items as { data: { price: Obj }[] }).data
      .map((item) => item.price)
      .filter((price) => (price.recurring as { usage_type?: string } | undefined)?.usage_type !== 'metered');
    const total = licensed.reduce((sum, price) => sum + Number(price.unit_amount ?? 0), 0);
    const invoice = addInvoice(customer, {
      status: 'draft',
      subscription: subscription.id,
      parent: { type: 'subscription_details', subscription_details: { subscription: subscription.id } },
      billing_reason: 'subscription_create',
      collection_method: 'send_invoice',
      days_until_due: daysUntilDue,
      due_date: null,
      number: null,
      hosted_invoice_url: null,
      invoice_pdf: null,
      attempt_count: 0,
      total,
      amount_due: total,
      amount_paid: 0,
      customer_tax_ids: [],
      payment_settings: { payment_method_types: (paymentSettings.payment_method_types as string[] | undefined) ?? null },
    });
    Object.assign(subscription, {
      collection_method: 'send_invoice',
      days_until_due: daysUntilDue,
      payment_settings: invoice.payment_settings,
      latest_invoice: invoice.id,
    });
    afterAnswer.push(['customer.subscription.created', subscription], ['invoice.created', invoice]);
    return subscription;
  }

  /**
   * Finalizing: the invoice gets its number, due date (send_invoice: days_until_due from now),
   * hosted page and PDF, and a copy of the customer's tax IDs (customer_tax_ids) as they are now.
   */
  function finalizeInvoice(id: string) {
    const invoice = get(id, 'invoice');
    if (invoice.status !== 'draft')
      throw new StripeError(400, 'invalid_request_error', `This invoice is already finalized.`, 'invoice_not_editable');
    Object.assign(invoice, {
      status: 'open',
      number: `PM-${(++idCounter).toString().padStart(4, '0')}`,
      due_date: invoice.collection_method === 'send_invoice' ? now() + Number(invoice.days_until_due ?? 0) * 86_400 : null,
      hosted_invoice_url: `${base}/invoices/${id}`,
      invoice_pdf: `${base}/invoices/${id}.pdf`,
      customer_tax_ids: taxIdsOf(String(invoice.customer)).map((t) => ({ type: t.type, value: t.value })),
      status_transitions: { finalized_at: now(), paid_at: null },
    });
    afterAnswer.push(['invoice.finalized', invoice]);
    return invoice;
  }

  function meterEvent(form: Form) {
    stats.meterCalls++;
    const payload = (form.payload ?? {}) as Record<string, string>;
    const identifier = String(form.identifier ?? newId('mev'));
    const timestamp = form.timestamp ? Number(form.timestamp) : now();
    if (timestamp < now() - 35 * 86_400 || timestamp > now() + 300)
      throw new StripeError(
        400,
        'invalid_request_error',
        'Timestamp must be within the past 35 calendar days or up to 5 minutes in the future.',
        'timestamp_out_of_range',
      );
    if (!all('billing.meter').some((m) => m.event_name === form.event_name))
      throw new StripeError(400, 'invalid_request_error', `No active meter found for event_name ${String(form.event_name)}.`);
    const known = meterEventsByIdentifier.get(identifier);
    if (known) {
      stats.duplicates++;
      return { object: 'billing.meter_event', ...known, payload: { stripe_customer_id: known.customer, value: String(known.value) } };
    }
    const value = Number(payload.value);
    if (!payload.stripe_customer_id || !Number.isFinite(value))
      throw new StripeError(400, 'invalid_request_error', 'payload needs stripe_customer_id and value');
    const event = { event_name: String(form.event_name), identifier, customer: payload.stripe_customer_id, value, timestamp };
    meterEventsByIdentifier.set(identifier, event);
    options.onMeterEventAccepted?.(meterEventsByIdentifier.size);
    return { object: 'billing.meter_event', created: now(), livemode: false, ...event, payload };
  }

  type Item = { id: string; price: Obj; current_period_start: number; current_period_end: number };
  type ItemChange = { id?: string; price?: string; deleted?: string };
  type ProrationBehavior = 'create_prorations' | 'always_invoice' | 'none';

  const isMetered = (price: Obj) => (price.recurring as { usage_type?: string } | undefined)?.usage_type === 'metered';
  const itemsOf = (subscription: Obj) => (subscription.items as { data: Item[] }).data;

  function lineItem(subscription: Obj, item: { id: string | null; price: Obj }, amount: number, fields: Record<string, unknown>) {
    return {
      id: newId('il'),
      object: 'line_item',
      amount,
      currency: 'brl',
      quantity: 1,
      pricing: { price_details: { price: item.price.id } },
      ...fields,
      parent: {
        type: 'subscription_item_details',
        subscription_item_details: {
          invoice_item: null,
          proration: Boolean(fields.proration),
          proration_details: null,
          subscription: subscription.id,
          subscription_item: item.id,
        },
      },
    };
  }

  /**
   * The subscription's items after `changes` (Stripe's `items` parameter: `{ id, price }` changes an
   * item's price, `{ id, deleted }` removes it, `{ price }` adds one). Unknown ids are refused as
   * Stripe refuses them; an item keeps its period (a price change does not reset the cycle).
   */
  function itemsAfter(subscription: Obj, changes: ItemChange[]): Item[] {
    const items = itemsOf(subscription).map((item) => ({ ...item }));
    const [first] = items;
    for (const change of changes) {
      const price = change.price ? get(change.price, 'price') : null;
      if (change.id) {
        const index = items.findIndex((i) => i.id === change.id);
        if (index < 0) throw new StripeError(400, 'invalid_request_error', `No such subscription item: '${change.id}'`, 'resource_missing');
        if (change.deleted === 'true') items.splice(index, 1);
        else if (price) items[index] = { ...items[index]!, price };
      } else if (price) {
        items.push({
          id: newId('si'),
          price,
          current_period_start: first?.current_period_start ?? now(),
          current_period_end: first?.current_period_end ?? now(),
        });
      }
    }
    return items;
  }

  /**
   * Stripe's proration for a price change at `at`: for each licensed item whose price changes, a
   * credit for the unused time on the old price and a charge for the remaining time on the new one,
   * each `amount × remaining / period` rounded to the centavo. Metered prices are billed in arrears
   * and never prorated. The preview and the update call this same function, so a preview with a
   * `proration_date` and an update with the same date give the same lines, as Stripe promises.
   */
  function prorationLines(subscription: Obj, before: Item[], after: Item[], at: number) {
    const lines: ReturnType<typeof lineItem>[] = [];
    const beforeById = new Map(before.map((i) => [i.id, i]));
    const afterById = new Map(after.map((i) => [i.id, i]));
    const fraction = (item: Item) => (item.current_period_end - at) / Math.max(1, item.current_period_end - item.current_period_start);
    const name = (price: Obj) => String(price.nickname ?? price.lookup_key ?? price.id);
    const period = (item: Item) => ({ start: at, end: item.current_period_end });
    for (const old of before) {
      const next = afterById.get(old.id);
      if (isMetered(old.price) || next?.price.id === old.price.id) continue;
      lines.push(
        lineItem(subscription, old, -Math.round(Number(old.price.unit_amount ?? 0) * fraction(old)), {
          description: `Unused time on ${name(old.price)}`,
          period: period(old),
          proration: true,
        }),
      );
    }
    for (const item of after) {
      const was = beforeById.get(item.id);
      if (isMetered(item.price) || was?.price.id === item.price.id) continue;
      lines.push(
        lineItem(subscription, item, Math.round(Number(item.price.unit_amount ?? 0) * fraction(item)), {
          description: `Remaining time on ${name(item.price)}`,
          period: period(item),
          proration: true,
        }),
      );
    }
    return lines;
  }

  /** `proration_date`: a moment within the current period (Stripe refuses any other), now by default. */
  function prorationDate(items: Item[], raw: unknown): number {
    if (raw === undefined) return now();
    const at = Number(raw);
    const first = items[0];
    if (!Number.isInteger(at) || (first && (at < first.current_period_start || at > first.current_period_end)))
      throw new StripeError(
        400,
        'invalid_request_error',
        'The proration_date must be within the current billing period of the subscription.',
        'parameter_invalid_integer',
      );
    return at;
  }

  function prorationBehavior(raw: unknown): ProrationBehavior {
    if (raw === undefined) return 'create_prorations';
    if (raw === 'create_prorations' || raw === 'always_invoice' || raw === 'none') return raw;
    throw new StripeError(400, 'invalid_request_error', `Invalid proration_behavior: ${String(raw)}`, 'parameter_invalid_string');
  }

  /** The lines of the next period's invoice: licensed prices in advance, metered ones by this period's usage. */
  function nextPeriodLines(subscription: Obj, items: Item[]) {
    const customer = String(subscription.customer);
    return items.map((item) => {
      const price = item.price;
      const metered = isMetered(price);
      const eventName = metered
        ? String(all('billing.meter').find((m) => m.id === (price.recurring as { meter?: string }).meter)?.event_name ?? '')
        : '';
      const quantity = metered
        ? [...meterEventsByIdentifier.values()]
            .filter((e) => e.customer === customer && e.event_name === eventName)
            .reduce((s, e) => s + e.value, 0)
        : 1;
      return lineItem(subscription, item, metered ? 0 : Number(price.unit_amount ?? 0), {
        quantity,
        description: String(price.nickname ?? price.lookup_key ?? price.id),
        period: { start: item.current_period_end, end: item.current_period_end + 30 * 86_400 },
      });
    });
  }

  /**
   * An invoice's totals as Stripe computes them for a customer whose balance is `balance` (negative:
   * credit). A positive invoice uses the credit first (`amount_due` is what is left to pay); a
   * negative one charges nothing and adds its amount to the credit (`ending_balance`).
   */
  function invoiceTotals(lines: { amount: number }[], balance = 0) {
    const total = lines.reduce((s, l) => s + l.amount, 0);
    const applied = total > 0 ? Math.min(total, Math.max(0, -balance)) : 0;
    return {
      total,
      subtotal: total,
      starting_balance: balance,
      amount_due: total > 0 ? total - applied : 0,
      ending_balance: total > 0 ? balance + applied : balance + total,
    };
  }

  /**
   * POST /v1/invoices/create_preview. Without `subscription_details` it is the customer's upcoming
   * renewal. With `subscription` and `subscription_details.items` it previews that change: the
   * proration lines at `proration_date` — alone with `always_invoice` (the invoice the change
   * would create now), or followed by the next period's lines by default (`create_prorations`,
   * where prorations wait for the renewal).
   */
  function invoicePreview(form: Form) {
    const customer = String(form.customer ?? '');
    get(customer, 'customer');
    const subscription =
      typeof form.subscription === 'string'
        ? get(form.subscription, 'subscription')
        : all('subscription').find((s) => s.customer === customer && s.status !== 'canceled');
    if (!subscription || subscription.status === 'canceled')
      throw new StripeError(404, 'invalid_request_error', 'No upcoming invoices for customer', 'invoice_upcoming_none');
    if (subscription.customer !== customer)
      throw new StripeError(400, 'invalid_request_error', 'The subscription does not belong to this customer.');
    const details = (form.subscription_details ?? {}) as { items?: ItemChange[]; proration_date?: string; proration_behavior?: string };
    const before = itemsOf(subscription);
    const after = details.items ? itemsAfter(subscription, details.items) : before;
    const behavior = prorationBehavior(details.proration_behavior);
    if (behavior === 'none' && details.proration_date !== undefined)
      throw new StripeError(400, 'invalid_request_error', "proration_date cannot be set when proration_behavior is 'none'.");
    const at = prorationDate(before, details.proration_date);
    const prorations = behavior === 'none' ? [] : prorationLines(subscription, before, after, at);
    const lines = behavior === 'always_invoice' ? prorations : [...prorations, ...nextPeriodLines(subscription, after)];
    const periodEnd = after[0]?.current_period_end ?? now();
    return {
      id: `upcoming_${customer}`,
      object: 'invoice',
      customer,
      subscription: subscription.id,
      currency: 'brl',
      ...invoiceTotals(lines, Number(get(customer, 'customer').balance ?? 0)),
      period_end: behavior === 'always_invoice' ? at : periodEnd,
      next_payment_attempt: behavior === 'always_invoice' ? at : periodEnd,
      subscription_proration_date: at,
      lines: list(lines, '/v1/invoices/upcoming/lines'),
    };
  }

  /**
   * POST /v1/subscriptions/:id, the plan change. The items change as `items` says; prorations are
   * computed at `proration_date` (now by default): with `always_invoice` they are invoiced and paid
   * at once (from the customer's credit first; a negative invoice becomes credit), with `create_prorations` they
   * wait as pending invoice items for the renewal. Then, as Stripe does, customer.subscription.updated
   * is sent (before answering, so a test need not poll for it).
   */
  async function updateSubscriptionByApi(id: string, form: Form) {
    const subscription = get(id, 'subscription');
    if (subscription.status === 'canceled')
      throw new StripeError(400, 'invalid_request_error', 'A canceled subscription can only update its cancellation_details and metadata.');
    const before = itemsOf(subscription);
    const after = form.items ? itemsAfter(subscription, form.items as ItemChange[]) : before;
    const behavior = prorationBehavior(form.proration_behavior);
    const at = prorationDate(before, form.proration_date);
    const prorations = behavior === 'none' ? [] : prorationLines(subscription, before, after, at);
    const { metadata } = form as { metadata?: Record<string, unknown> };
    Object.assign(subscription, {
      items: { object: 'list', data: after.map((i) => ({ ...i, object: 'subscription_item', subscription: id })) },
      metadata: { ...(subscription.metadata as Record<string, unknown>), ...(metadata ?? {}) },
    });
    if (prorations.length > 0 && behavior === 'always_invoice') {
      const customer = get(String(subscription.customer), 'customer');
      const totals = invoiceTotals(prorations, Number(customer.balance ?? 0));
      const invoice = addInvoice(String(subscription.customer), {
        status: 'paid',
        subscription: id,
        billing_reason: 'subscription_update',
        ...totals,
        lines: list(prorations, '/v1/invoices/lines'),
      });
      customer.balance = totals.ending_balance;
      subscription.latest_invoice = invoice.id;
    } else if (prorations.length > 0) {
      for (const line of prorations)
        put({ ...line, id: newId('ii'), object: 'invoiceitem', customer: subscription.customer, subscription: id, proration: true });
    }
    await postEvent('customer.subscription.updated', subscription);
    return subscription;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (options.isDown) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', base);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';

    if (url.pathname.startsWith('/checkout/') && method === 'GET') {
      const session = await completeCheckout(url.pathname.split('/')[2]!);
      res.writeHead(303, { location: String(session.success_url ?? base) });
      res.end();
      return;
    }
    if (url.pathname.startsWith('/invoices/') && method === 'GET') {
      hostedInvoice(url.pathname.split('/')[2] ?? '', res);
      return;
    }
    if (url.pathname.startsWith('/portal/')) {
      await portal(url.pathname, method, res);
      return;
    }
    if (!req.headers.authorization?.startsWith('Bearer ')) {
      return send(res, 401, { error: { type: 'invalid_request_error', message: 'You did not provide an API key.' } });
    }
    const key = req.headers['idempotency-key'];
    const idemKey = method === 'POST' && typeof key === 'string' ? `${url.pathname}|${key}` : null;
    if (idemKey && idempotent.has(idemKey)) {
      const saved = idempotent.get(idemKey)!;
      res.writeHead(saved.status, { 'content-type': 'application/json', 'idempotent-replayed': 'true' });
      res.end(saved.body);
      return;
    }
    if (url.pathname === '/v1/billing/meter_events') {
      const elapsed = Date.now() - windowStart;
      if (elapsed >= 1000) {
        windowStart = Date.now();
        windowCount = 0;
      }
      if (options.meterEventsPerSecond && ++windowCount > options.meterEventsPerSecond) {
        stats.meterRateLimited++;
        return send(res, 429, { error: { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests.' } });
      }
      const roll = random();
      if (options.meterTimeoutRate && roll < options.meterTimeoutRate) {
        // Hangs without an answer; the request may or may not have been "processed": record it
        // half the time, as a real timeout leaves the client unsure.
        stats.meterFailures++;
        if (random() < 0.5) {
          try {
            route(method, url.pathname, decodeForm(body), url.searchParams);
          } catch {
            // the client never learns either way
          }
        }
        hanging.add(res);
        return;
      }
      if (options.meterFailRate && roll < (options.meterTimeoutRate ?? 0) + options.meterFailRate) {
        stats.meterFailures++;
        return send(res, 500, { error: { type: 'api_error', message: 'An unknown error occurred.' } });
      }
    }
    let status = 200;
    let payload: unknown;
    try {
      // stripe-node sends a DELETE's parameters in the query string, like a GET's.
      const form =
        method === 'GET' ? {} : method === 'DELETE' ? { ...decodeForm(url.search.slice(1)), ...decodeForm(body) } : decodeForm(body);
      payload = await route(method, url.pathname, form, url.searchParams);
    } catch (err) {
      if (!(err instanceof StripeError)) throw err;
      status = err.status;
      payload = { error: { type: err.type, message: err.message, ...(err.code ? { code: err.code } : {}) } };
    }
    const text = JSON.stringify(payload);
    if (idemKey && status < 500) idempotent.set(idemKey, { status, body: text });
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': newId('req') });
    res.end(text);
    // The answer is sent: a delivery that fails now is Stripe's to retry later, never this call's error.
    const caused = afterAnswer.splice(0);
    for (const [type, object] of caused) await postEvent(type, { ...object }).catch(() => undefined);
  }

  function send(res: ServerResponse, status: number, payload: unknown) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
  }

  async function postEvent(type: string, object: Obj) {
    if (!options.webhook) return;
    const payload = JSON.stringify({
      id: newId('evt'),
      object: 'event',
      type,
      created: now(),
      api_version: Stripe.API_VERSION,
      data: { object },
    });
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.webhook.secret, timestamp: now() });
    await fetch(options.webhook.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': header },
      body: payload,
    });
  }

  /**
   * The hosted Customer Portal, as much of it as a person needs here: the current plan with its
   * renewal (or end) date, "Cancel plan" (at the period's end, as the portal's default cancellation
   * does: customer.subscription.updated with cancel_at_period_end) and the way back to the
   * session's return_url.
   */
  async function portal(pathname: string, method: string, res: ServerResponse) {
    const [, , sessionId, action] = pathname.split('/');
    const session = objects.get(sessionId ?? '');
    if (!session || session.object !== 'billing_portal.session') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('No such portal session');
      return;
    }
    const subscription = all('subscription')
      .reverse()
      .find((s) => s.customer === session.customer && s.status !== 'canceled');
    const item = (subscription?.items as { data: { price: Obj; current_period_end: number }[] } | undefined)?.data[0];
    if (method === 'POST' && action === 'cancel' && subscription) {
      updateSubscription(subscription.id, { cancel_at_period_end: true, cancel_at: item?.current_period_end ?? now(), canceled_at: now() });
      await postEvent('customer.subscription.updated', subscription);
      res.writeHead(303, { location: `/portal/${session.id}` });
      res.end();
      return;
    }
    const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    const until = item ? new Date(item.current_period_end * 1000).toISOString().slice(0, 10) : '';
    const plan = !subscription
      ? '<p data-testid="portal-plan">No active plan</p>'
      : subscription.cancel_at_period_end
        ? `<p data-testid="portal-plan">${escape(String(item?.price.lookup_key))} · cancels on ${until}</p>`
        : `<p data-testid="portal-plan">${escape(String(item?.price.lookup_key))} · renews on ${until}</p>` +
          `<form method="post" action="/portal/${session.id}/cancel"><button type="submit">Cancel plan</button></form>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><html lang="en"><meta name="viewport" content="width=device-width, initial-scale=1">' +
        `<title>Stripe Customer Portal (stand-in)</title><h1>Customer portal</h1>${plan}` +
        `<p><a href="${escape(String(session.return_url ?? base))}">Return to Page Magic</a></p></html>`,
    );
  }

  /** Stripe's hosted invoice page, as much as a person needs: amount, due date and, for a boleto, its number. */
  function hostedInvoice(id: string, res: ServerResponse) {
    const invoice = objects.get(id);
    if (!invoice || invoice.object !== 'invoice') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('No such invoice');
      return;
    }
    const isBoleto = (invoice.payment_settings as { payment_method_types?: string[] | null } | undefined)?.payment_method_types?.includes(
      'boleto',
    );
    const due = invoice.due_date ? new Date(Number(invoice.due_date) * 1000).toISOString().slice(0, 10) : '';
    // A boleto's typeable line (linha digitável) has 47 digits; this one is derived from the id.
    const digits = [...id]
      .map((ch) => ch.charCodeAt(0) % 10)
      .join('')
      .padEnd(47, '0')
      .slice(0, 47);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><html lang="pt-BR"><meta name="viewport" content="width=device-width, initial-scale=1">' +
        `<title>Invoice ${String(invoice.number)} (stand-in)</title><h1>Fatura ${String(invoice.number)}</h1>` +
        `<p data-testid="invoice-status">${String(invoice.status)}</p><p>R$ ${(Number(invoice.total) / 100).toFixed(2)}</p>` +
        (due ? `<p>Vencimento: ${due}</p>` : '') +
        (isBoleto ? `<p data-testid="boleto-number">${digits}</p>` : '') +
        '</html>',
    );
  }

  async function payInvoice(invoiceId: string): Promise<Obj> {
    const invoice = get(invoiceId, 'invoice');
    if (invoice.status !== 'open') throw new Error(`${invoiceId} is ${String(invoice.status)}: only an open invoice can be paid`);
    Object.assign(invoice, {
      status: 'paid',
      amount_paid: invoice.amount_due,
      amount_remaining: 0,
      status_transitions: { ...(invoice.status_transitions as object), paid_at: now() },
    });
    const subscriptionId = typeof invoice.subscription === 'string' ? invoice.subscription : null;
    if (subscriptionId) updateSubscription(subscriptionId, { status: 'active' });
    await postEvent('invoice.paid', { ...invoice });
    return invoice;
  }

  async function expireInvoice(invoiceId: string): Promise<Obj> {
    const invoice = get(invoiceId, 'invoice');
    if (invoice.status !== 'open') throw new Error(`${invoiceId} is ${String(invoice.status)}: only an open invoice can be overdue`);
    const subscription = get(String(invoice.subscription), 'subscription');
    updateSubscription(subscription.id, { status: 'past_due' });
    await postEvent('customer.subscription.updated', { ...subscription });
    return invoice;
  }

  async function endPeriod(subscriptionId: string): Promise<Obj> {
    const subscription = get(subscriptionId, 'subscription');
    if (!subscription.cancel_at_period_end) throw new Error(`${subscriptionId} renews at the period's end: nothing ends`);
    updateSubscription(subscriptionId, { status: 'canceled', ended_at: now() });
    await postEvent('customer.subscription.deleted', subscription);
    return subscription;
  }

  async function completeCheckout(sessionId: string): Promise<Obj> {
    const session = get(sessionId, 'checkout.session');
    if (session.status !== 'complete') {
      const items = (session.line_items as { price: string }[] | undefined) ?? [];
      const subscription = createSubscription(
        String(session.customer),
        items.map((i) => i.price),
        (session.subscription_data as { metadata?: Record<string, unknown> })?.metadata ?? {},
      );
      Object.assign(session, { status: 'complete', payment_status: 'paid', subscription: subscription.id });
      await postEvent('checkout.session.completed', session);
      await postEvent('customer.subscription.created', subscription);
    }
    return session;
  }

  function updateSubscription(id: string, patch: Record<string, unknown>) {
    const sub = get(id, 'subscription');
    if (typeof patch.price === 'string') {
      sub.items = subscriptionItems(id, [patch.price], Number(sub.created));
      delete patch.price;
    }
    Object.assign(sub, patch);
    return sub;
  }

  async function failInvoice(customer: string, attempt = 1) {
    const subscription = [...objects.values()].reverse().find((o) => o.object === 'subscription' && o.customer === customer);
    if (!subscription) throw new Error(`no subscription for ${customer}`);
    updateSubscription(String(subscription.id), { status: 'past_due' });
    const invoice = addInvoice(customer, {
      status: 'open',
      subscription: subscription.id,
      attempt_count: attempt,
      billing_reason: 'subscription_cycle',
    });
    await postEvent('invoice.payment_failed', invoice);
    return invoice;
  }

  function addInvoice(customer: string, invoice: Partial<Obj>) {
    const id = newId('in');
    return put({
      object: 'invoice',
      customer,
      status: 'paid',
      currency: 'brl',
      total: 29_700,
      amount_due: 29_700,
      number: `PM-${idCounter}`,
      created: now(),
      hosted_invoice_url: `${base}/invoices/${id}`,
      invoice_pdf: `${base}/invoices/${id}.pdf`,
      ...invoice,
      id,
    });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      send(res, 500, { error: { type: 'api_error', message: err instanceof Error ? err.message : 'error' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  return {
    url: base,
    port,
    objects,
    stats,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    meterEvents: () => [...meterEventsByIdentifier.values()],
    meterSums: () => {
      const sums = new Map<string, number>();
      for (const e of meterEventsByIdentifier.values()) {
        const k = `${e.customer}|${e.event_name}`;
        sums.set(k, (sums.get(k) ?? 0) + e.value);
      }
      return sums;
    },
    setOptions: (next) => {
      options = { ...options, ...next };
    },
    completeCheckout,
    failInvoice,
    updateSubscription,
    endPeriod,
    addInvoice,
    payInvoice,
    expireInvoice,
  };
}
