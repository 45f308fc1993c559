import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { issueNfseJob } from '~inngest/functions/issue-nfse';
import { POST as nfseWebhook } from '@/app/api/webhooks/nfse/route';
import { resetEnvCache } from '@/lib/env';
import { rowsOf } from '@/lib/db/rows-of';
import { listNfse, listNfseNeedingAgency } from '@/modules/billing/list-nfse';
import { NFSE_STATUSES } from '@/modules/billing/nfse-status';
import { openNfseDocument } from '@/modules/billing/open-nfse-document';
import { billingNfse } from '@/modules/billing/schema';
import { startNfeioStandIn, type NfeioStandIn } from '@tests/fakes/nfeio/server';
import { testJobEngine } from '@tests/helpers/jobs';
import { createTestUser, type TestUser } from '@tests/helpers/test-db';
import { nowInSeconds, setUpBillingWorld } from './billing-world';
import { eventHelpers } from './stripe-events/event-helpers';

// NFS-e (issue 35): a paid Stripe invoice gets exactly one Brazilian service invoice through the
// NFE.io port — however often Stripe delivers invoice.paid, however often NFE.io fails before it
// accepts, however often NFE.io's webhook arrives — and the client sees it on their billing page.
// A failure after every retry is the agency's to see and never the client's problem.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_nfse' });
const { deliverJson, profileOf } = eventHelpers(world);
let nfeio: NfeioStandIn;
let admin: TestUser;

beforeAll(async () => {
  nfeio = await startNfeioStandIn();
  nfeio.setWebhook(nfseWebhook);
  admin = await createTestUser(world.handle, { userType: 'admin' });
});
afterEach(() => {
  useNfeio(false);
  nfeio.autoSettle(null);
  nfeio.failNext(0);
});
afterAll(async () => {
  await nfeio.close();
});

function useNfeio(isOn = true) {
  const vars = {
    NFEIO_API_KEY: nfeio.apiKey,
    NFEIO_COMPANY_ID: nfeio.companyId,
    NFEIO_WEBHOOK_SECRET: nfeio.webhookSecret,
    NFEIO_API_URL: nfeio.url,
    NFSE_MUNICIPAL_REGISTRATION: '1234567',
    NFSE_CITY_SERVICE_CODE: '0107',
  };
  for (const [name, value] of Object.entries(vars)) {
    if (isOn) process.env[name] = value;
    else delete process.env[name];
  }
  resetEnvCache();
}

/** A paid invoice as Stripe sends it in invoice.paid, with the CPF/CNPJ checkout stored on the customer. */
function paidInvoice(
  customer: string,
  subscription: string,
  taxIds: { type: string; value: string }[] = [{ type: 'br_cpf', value: '529.982.247-25' }],
) {
  return {
    id: `in_${randomUUID()}`,
    object: 'invoice',
    customer,
    subscription,
    attempt_count: 1,
    amount_paid: 29_700,
    currency: 'brl',
    status: 'paid',
    status_transitions: { paid_at: nowInSeconds() },
    customer_name: 'Padaria Pão Quente',
    customer_email: 'contato@padaria.example',
    customer_tax_ids: taxIds,
  };
}

const rowOf = async (invoiceId: string) =>
  (await world.handle.db.select().from(billingNfse).where(eq(billingNfse.stripeInvoiceId, invoiceId)))[0];
const createdFor = (invoiceId: string) => [...nfeio.invoices.values()].filter((i) => i.externalId === invoiceId);

describe('NFS-e per paid invoice', () => {
  it('issues one NFS-e when invoice.paid is delivered 10 times (and twice at once), and shows it to the client', async () => {
    useNfeio();
    const { user, customer, subscription } = await world.subscriber('basic');
    const invoice = paidInvoice(customer, subscription.id);
    const event = world.event('invoice.paid', invoice);
    const answers = await Promise.all([deliverJson(event), deliverJson(event)]);
    for (let i = 0; i < 8; i++) answers.push(await deliverJson(event));
    expect(answers.filter((a) => a.outcome === 'applied')).toHaveLength(1);
    // Another event about the same invoice (Stripe does send such) asks for nothing more.
    await deliverJson(world.event('invoice.paid', invoice));

    await testJobEngine([issueNfseJob]).drain();
    await testJobEngine([issueNfseJob]).drain();
    expect(createdFor(invoice.id)).toHaveLength(1);
    const [asked] = createdFor(invoice.id);
    expect(asked).toMatchObject({
      servicesAmount: 297,
      cityServiceCode: '0107',
      borrower: { federalTaxNumber: 52998224725, name: 'Padaria Pão Quente', email: 'contato@padaria.example' },
    });
    expect(await rowOf(invoice.id)).toMatchObject({ status: 'processing', attempts: 1, providerInvoiceId: asked!.id });
    expect((await listNfse(user.claims)).entries).toMatchObject([{ stripeInvoiceId: invoice.id, status: 'processing', documents: null }]);

    // The city hall answers; NFE.io calls the webhook (signed), and delivers it again for good measure.
    expect((await nfeio.settle(asked!.id, 'Issued'))!.status).toBe(200);
    for (let i = 0; i < 9; i++) expect((await nfeio.redeliver(asked!.id))!.status).toBe(200);
    const issued = await rowOf(invoice.id);
    expect(issued).toMatchObject({ status: 'issued', number: String(asked!.number), lastError: null });
    expect(createdFor(invoice.id)).toHaveLength(1);

    const { entries } = await listNfse(user.claims);
    expect(entries).toEqual([
      expect.objectContaining({
        status: 'issued',
        number: String(asked!.number),
        documents: { pdf: `/api/billing/nfse/${invoice.id}/pdf`, xml: `/api/billing/nfse/${invoice.id}/xml` },
      }),
    ]);
    const pdf = await openNfseDocument(user.claims, invoice.id, 'pdf');
    expect(pdf.contentType).toBe('application/pdf');
    expect(await new Response(pdf.body).text()).toContain(`NFS-e ${asked!.number}`);
    // Another client's claims find nothing: the row is read under RLS before the provider is asked.
    const stranger = await createTestUser(world.handle);
    await expect(openNfseDocument(stranger.claims, invoice.id, 'pdf')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listNfse(stranger.claims)).entries).toEqual([]);
  });

  it('retries while NFE.io fails and issues once it answers, without asking twice', async () => {
    useNfeio();
    const { customer, subscription } = await world.subscriber('basic');
    const invoice = paidInvoice(customer, subscription.id, [{ type: 'br_cnpj', value: '11.222.333/0001-81' }]);
    nfeio.failNext(3, 503);
    await deliverJson(world.event('invoice.paid', invoice));
    await testJobEngine([issueNfseJob]).drain();
    expect(createdFor(invoice.id)).toHaveLength(1);
    expect(createdFor(invoice.id)[0]!.borrower.federalTaxNumber).toBe(11222333000181);
    // Three tries failed on NFE.io's 503 before the fourth asked and was accepted.
    expect(await rowOf(invoice.id)).toMatchObject({ status: 'processing', lastError: null, attempts: 4 });
  });

  it('finds the NFS-e NFE.io accepted when its answer was lost, instead of issuing a second one', async () => {
    useNfeio();
    const { customer, subscription } = await world.subscriber('basic');
    const invoice = paidInvoice(customer, subscription.id);
    nfeio.loseNextCreateAnswer();
    await deliverJson(world.event('invoice.paid', invoice));
    await testJobEngine([issueNfseJob]).drain();
    expect(createdFor(invoice.id)).toHaveLength(1);
    expect(await rowOf(invoice.id)).toMatchObject({ status: 'processing', attempts: 2, providerInvoiceId: createdFor(invoice.id)[0]!.id });
  });

  it('after every retry failed, shows the error to the agency; the client sees "delayed" and keeps full access', async () => {
    useNfeio();
    const { user, customer, subscription } = await world.subscriber('pro');
    const invoice = paidInvoice(customer, subscription.id);
    nfeio.failNext(1000, 500);
    await deliverJson(world.event('invoice.paid', invoice));
    await testJobEngine([issueNfseJob]).drain();
    nfeio.failNext(0);
    const row = await rowOf(invoice.id);
    expect(row).toMatchObject({ status: 'failed' });
    expect(row!.lastError).toContain('NFE.io answered 500');
    expect(row!.lastError).not.toContain(nfeio.apiKey);
    expect(row!.attempts).toBe(issueNfseJob.options.retries! + 1);
    expect(createdFor(invoice.id)).toHaveLength(0);

    const needing = await listNfseNeedingAgency(admin.claims);
    expect(needing).toContainEqual(expect.objectContaining({ stripeInvoiceId: invoice.id, status: 'failed', userId: user.id }));
    // A client's role reads only their own rows, whatever they ask for.
    expect((await listNfseNeedingAgency(user.claims)).map((e) => e.userId)).toEqual([user.id]);
    expect((await listNfse(user.claims)).entries).toMatchObject([{ status: 'failed', documents: null }]);
    expect(await profileOf(user.id)).toMatchObject({ tier: 'pro', subscriptionStatus: 'active' });
  });

  it('records a city hall refusal (IssueFailed) from the webhook, and refuses an unsigned or forged webhook', async () => {
    useNfeio();
    const { customer, subscription } = await world.subscriber('basic');
    const invoice = paidInvoice(customer, subscription.id);
    await deliverJson(world.event('invoice.paid', invoice));
    await testJobEngine([issueNfseJob]).drain();
    const [asked] = createdFor(invoice.id);

    const forged = JSON.stringify({ ...asked, flowStatus: 'Issued', number: 999 });
    const unsigned = await nfseWebhook(new Request('http://app.test/api/webhooks/nfse', { method: 'POST', body: forged }));
    expect(unsigned.status).toBe(400);
    const wrong = await nfseWebhook(
      new Request('http://app.test/api/webhooks/nfse', {
        method: 'POST',
        headers: { 'X-Hub-Signature': `sha1=${'0'.repeat(40)}` },
        body: forged,
      }),
    );
    expect(wrong.status).toBe(400);
    expect(await rowOf(invoice.id)).toMatchObject({ status: 'processing', number: null });

    expect((await nfeio.settle(asked!.id, 'IssueFailed', 'Prefeitura: código de serviço inválido'))!.status).toBe(200);
    expect(await rowOf(invoice.id)).toMatchObject({ status: 'failed', lastError: 'Prefeitura: código de serviço inválido' });
  });

  it('without a CPF/CNPJ records missing_tax_id for the agency and asks NFE.io nothing', async () => {
    useNfeio();
    const { customer, subscription } = await world.subscriber('basic');
    const before = nfeio.stats.requests;
    const invoice = paidInvoice(customer, subscription.id, [{ type: 'eu_vat', value: 'DE123456789' }]);
    await deliverJson(world.event('invoice.paid', invoice));
    await testJobEngine([issueNfseJob]).drain();
    expect(await rowOf(invoice.id)).toMatchObject({ status: 'missing_tax_id', borrowerTaxId: null });
    expect(nfeio.stats.requests).toBe(before);
    expect(await listNfseNeedingAgency(admin.claims)).toContainEqual(expect.objectContaining({ stripeInvoiceId: invoice.id }));
  });

  it('says "NFS-e not configured" without NFE.io (the embedded default) and answers its webhook 404', async () => {
    const { user, customer, subscription } = await world.subscriber('basic');
    const before = nfeio.stats.requests;
    const invoice = paidInvoice(customer, subscription.id);
    await deliverJson(world.event('invoice.paid', invoice));
    await testJobEngine([issueNfseJob]).drain();
    expect(await rowOf(invoice.id)).toMatchObject({ status: 'not_configured' });
    expect(nfeio.stats.requests).toBe(before);
    expect(await listNfse(user.claims)).toMatchObject({ isConfigured: false, entries: [{ status: 'not_configured' }] });
    const body = JSON.stringify({ id: 'x', flowStatus: 'Issued' });
    const answer = await nfseWebhook(
      new Request('http://app.test/api/webhooks/nfse', { method: 'POST', headers: { 'X-Hub-Signature': nfeio.sign(body) }, body }),
    );
    expect(answer.status).toBe(404);
  });

  it('issues nothing for an invoice that paid nothing (a trial)', async () => {
    useNfeio();
    const { customer, subscription } = await world.subscriber('basic');
    const invoice = { ...paidInvoice(customer, subscription.id), amount_paid: 0 };
    await deliverJson(world.event('invoice.paid', invoice));
    expect(await rowOf(invoice.id)).toBeUndefined();
  });

  it('keeps the statuses in step with the table’s check constraint', async () => {
    const [check] = rowsOf<{ def: string }>(
      await world.handle.db.execute(
        sql`select pg_get_constraintdef(c.oid) as def from pg_constraint c where c.conrelid = 'public.billing_nfse'::regclass and pg_get_constraintdef(c.oid) like '%status%'`,
      ),
    );
    const inSql = [...check!.def.matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1]).sort();
    expect(inSql).toEqual([...NFSE_STATUSES].sort());
  });
});
