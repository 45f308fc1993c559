import { describe, expect, it } from 'vitest';
import { startBoletoSubscription } from '@/modules/billing/start-boleto-subscription';
import { startCheckout } from '@/modules/billing/start-checkout';
import { getBillingOverview } from '@/modules/billing/get-billing-overview';
import { createTestUser, type TestUser } from '@tests/helpers/test-db';
import { setUpBillingWorld } from '../billing-world';
import { eventHelpers } from './event-helpers';

// A plan paid by boleto, event by event on the Stripe stand-in: the subscription bills by invoice
// (send_invoice, boleto), so Stripe makes it active before anyone paid. The account stays on its
// plan, waiting for payment, through customer.subscription.created and invoice.finalized (which
// sends the boleto mail once), and becomes Pro on invoice.paid. A first boleto that expires
// unpaid leaves it waiting (no debt); a renewal boleto that expires is the ordinary past due.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_boleto' });
const { profileOf, recorded, noticesFor, deliverJson } = eventHelpers(world);
const CPF = { type: 'br_cpf', value: '529.982.247-25' } as const;

type Obj = Record<string, unknown> & { id: string };

async function upgradeByBoleto(user: TestUser) {
  const { invoiceId } = await startBoletoSubscription(user.claims, { tier: 'pro', taxId: CPF });
  const invoice = world.standIn.objects.get(invoiceId)!;
  const subscription = world.standIn.objects.get(String(invoice.subscription))!;
  return { invoice, subscription };
}

/** A snapshot of a stand-in object, as a webhook carries it (the object changes afterwards). */
const copy = (o: Obj) => structuredClone(o);

describe('boleto invoice flow', () => {
  it('created → finalized → paid: waiting for payment until invoice.paid, then Pro; the boleto mail once', async () => {
    const user = await createTestUser(world.handle);
    const { invoice, subscription } = await upgradeByBoleto(user);

    // What Stripe holds: the CPF on the customer and on the finalized invoice, a boleto invoice due in 3 days.
    const customer = String(subscription.customer);
    expect((await world.stripe.customers.listTaxIds(customer)).data).toMatchObject([{ type: 'br_cpf', value: '529.982.247-25' }]);
    expect(subscription).toMatchObject({ status: 'active', collection_method: 'send_invoice', days_until_due: 3 });
    expect(invoice).toMatchObject({
      status: 'open',
      collection_method: 'send_invoice',
      billing_reason: 'subscription_create',
      payment_settings: { payment_method_types: ['boleto'] },
      customer_tax_ids: [{ type: 'br_cpf', value: '529.982.247-25' }],
    });
    expect(Number(invoice.due_date) - Math.floor(Date.now() / 1000)).toBeGreaterThan(3 * 86_400 - 60);

    const created = world.event('customer.subscription.created', copy(subscription));
    expect(await deliverJson(created)).toMatchObject({ outcome: 'applied' });
    expect(await profileOf(user.id)).toMatchObject({
      tier: 'free',
      subscriptionStatus: 'incomplete',
      stripeSubscriptionId: subscription.id,
    });

    const finalized = world.event('invoice.finalized', copy(invoice));
    expect(await deliverJson(finalized)).toMatchObject({ outcome: 'applied' });
    expect(await deliverJson(finalized)).toMatchObject({ outcome: 'duplicate' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'free', subscriptionStatus: 'incomplete' });
    expect(await noticesFor(user.id)).toEqual([{ event_id: `payment.boleto_issued:${invoice.id}`, kind: 'payment.boleto_issued' }]);

    // The Billing page shows the boleto waiting, and the CPF on the invoice.
    const overview = await getBillingOverview(user.claims);
    const shown = overview.invoices.find((i) => i.id === invoice.id)!;
    expect(shown).toMatchObject({ taxIds: ['529.982.247-25'], hostedUrl: expect.stringContaining(`/invoices/${invoice.id}`) });
    expect(shown.boletoDueAt?.getTime()).toBe(Number(invoice.due_date) * 1000);

    // A second upgrade while the boleto waits would be a second subscription.
    await expect(startBoletoSubscription(user.claims, { tier: 'basic', taxId: CPF })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'errors.billing.paymentPending',
    });
    await expect(startCheckout(user.claims, { tier: 'basic' })).rejects.toMatchObject({ key: 'errors.billing.paymentPending' });

    const paid = await world.standIn.payInvoice(invoice.id);
    const paidEvent = world.event('invoice.paid', copy(paid));
    expect(await deliverJson(paidEvent)).toMatchObject({ outcome: 'applied' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'pro', subscriptionStatus: 'active' });
    expect(await recorded(paidEvent.id)).toMatchObject([{ type: 'invoice.paid', userId: user.id, outcome: 'applied' }]);
    // Paid: nothing waits on the Billing page any more; a first payment is no "recovered" notice.
    expect((await getBillingOverview(user.claims)).invoices.find((i) => i.id === invoice.id)?.boletoDueAt).toBeNull();
    expect((await noticesFor(user.id)).map((n) => n.kind)).toEqual(['payment.boleto_issued']);
  });

  it('a first boleto that expires unpaid leaves the account waiting on its plan, not past due', async () => {
    const user = await createTestUser(world.handle);
    const { invoice, subscription } = await upgradeByBoleto(user);
    await world.standIn.expireInvoice(invoice.id);
    expect(world.standIn.objects.get(subscription.id)).toMatchObject({ status: 'past_due' });
    expect(await deliverJson(world.event('customer.subscription.updated', copy(subscription)))).toMatchObject({ outcome: 'applied' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'free', subscriptionStatus: 'incomplete' });
  });

  it('a renewal boleto that expires unpaid is past due: the plan stays while Stripe collects, publishing is blocked', async () => {
    const user = await createTestUser(world.handle);
    const { invoice, subscription } = await upgradeByBoleto(user);
    await world.standIn.payInvoice(invoice.id);
    const renewal = world.standIn.addInvoice(String(subscription.customer), {
      status: 'open',
      subscription: subscription.id,
      billing_reason: 'subscription_cycle',
      collection_method: 'send_invoice',
      due_date: Math.floor(Date.now() / 1000) - 60,
      payment_settings: { payment_method_types: ['boleto'] },
    });
    world.standIn.updateSubscription(subscription.id, { latest_invoice: renewal.id });
    await world.standIn.expireInvoice(renewal.id);
    expect(await deliverJson(world.event('customer.subscription.updated', copy(subscription)))).toMatchObject({ outcome: 'applied' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'pro', subscriptionStatus: 'past_due' });
  });

  it('a card upgrade with a CPF/CNPJ saves it on the customer first; a new one replaces the old', async () => {
    const user = await createTestUser(world.handle);
    await startCheckout(user.claims, { tier: 'basic', taxId: { type: 'br_cnpj', value: '11.222.333/0001-81' } });
    await startCheckout(user.claims, { tier: 'basic', taxId: { type: 'br_cnpj', value: '11.222.333/0001-81' } }); // again: unchanged
    const [profile] = [await profileOf(user.id)];
    const customer = profile.stripeCustomerId!;
    expect((await world.stripe.customers.listTaxIds(customer)).data).toMatchObject([{ type: 'br_cnpj', value: '11.222.333/0001-81' }]);
    await startCheckout(user.claims, { tier: 'basic', taxId: CPF });
    expect((await world.stripe.customers.listTaxIds(customer)).data).toMatchObject([{ type: 'br_cpf', value: '529.982.247-25' }]);
  });
});
