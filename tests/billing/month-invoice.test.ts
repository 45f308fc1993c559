import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/env';
import { getMonthInvoice } from '@/modules/billing/get-month-invoice';
import { emptyUsageTotals } from '@/modules/metering/sum-usage-by-user';
import { startStripeStandIn, type StripeStandIn } from '@tests/fakes/stripe/server';

// The monthly report's invoice total in production: the sum of the Stripe invoices the client was
// sent that month (drafts and voided ones aside), read from a stand-in that speaks Stripe's API;
// the plan estimate when there are none, or when Stripe cannot be reached.

let standIn: StripeStandIn;
const saved = { ...process.env };
const from = new Date('2026-10-01T03:00:00Z');
const to = new Date('2026-11-01T03:00:00Z');
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const usage = emptyUsageTotals();

beforeAll(async () => {
  standIn = await startStripeStandIn();
  process.env.STRIPE_SECRET_KEY = 'sk_test_standin';
  process.env.STRIPE_API_BASE = standIn.url;
  resetEnvCache();
});
afterAll(async () => {
  process.env = { ...saved };
  resetEnvCache();
  await standIn.close();
});

describe('the month invoice', () => {
  it("sums the client's Stripe invoices of that month, not drafts, voided ones or another month's, in Stripe's currency", async () => {
    standIn.addInvoice('cus_month', { total: 29_700, created: seconds('2026-10-01T03:00:00Z') });
    standIn.addInvoice('cus_month', { total: 4_250, created: seconds('2026-10-20T12:00:00Z') });
    standIn.addInvoice('cus_month', { total: 99_999, status: 'void', created: seconds('2026-10-21T12:00:00Z') });
    standIn.addInvoice('cus_month', { total: 88_888, status: 'draft', created: seconds('2026-10-22T12:00:00Z') });
    standIn.addInvoice('cus_month', { total: 77_777, created: seconds('2026-09-30T12:00:00Z') });
    standIn.addInvoice('cus_month', { total: 66_666, created: seconds('2026-11-01T03:00:00Z') });
    standIn.addInvoice('cus_other', { total: 55_555, created: seconds('2026-10-10T12:00:00Z') });

    const invoice = await getMonthInvoice({ tier: 'basic', usage, stripeCustomerId: 'cus_month', from, to });
    expect(invoice).toMatchObject({ source: 'stripe', totalCents: 33_950, currency: 'brl' });
  });

  it('falls back to the plan estimate, labelled as one, with no invoice that month or with Stripe down', async () => {
    const none = await getMonthInvoice({ tier: 'basic', usage, stripeCustomerId: 'cus_new', from, to });
    expect(none).toMatchObject({ source: 'estimate', totalCents: 29_700 });
    process.env.STRIPE_API_BASE = 'http://127.0.0.1:9';
    resetEnvCache();
    try {
      const down = await getMonthInvoice({ tier: 'basic', usage, stripeCustomerId: 'cus_month', from, to });
      expect(down).toMatchObject({ source: 'estimate', totalCents: 29_700 });
    } finally {
      process.env.STRIPE_API_BASE = standIn.url;
      resetEnvCache();
    }
  });
});
