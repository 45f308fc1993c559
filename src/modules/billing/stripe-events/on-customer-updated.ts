import { eq } from 'drizzle-orm';
import { unsafeFindUserByStripeCustomer } from '../unsafe-save-subscription';
import type { StripeEventFacts } from '../parse-stripe-event';
import { billingEvents } from '../schema';
import type { StripeEventContext, StripeEventOutcome, StripeEventResult } from './stripe-event-result';

/**
 * customer.updated: the customer's details changed in Stripe (email, name, tax ids, default payment
 * method — in the portal or the dashboard). Nothing we store derives from them yet, so the event
 * is recorded once, tied to its client (`recorded`), or `unknown-customer` when no profile has
 * that customer; it changes no profile and no subscription state. This is the one place that
 * will keep the customer's payment-method summary and CPF/CNPJ in step with Stripe.
 */
export async function onCustomerUpdated({ db }: StripeEventContext, event: StripeEventFacts): Promise<StripeEventResult> {
  const outcome = await db.transaction(async (tx): Promise<StripeEventOutcome> => {
    const inserted = await tx
      .insert(billingEvents)
      .values({ id: event.id, type: event.type, stripeCreated: event.created, userId: null, outcome: 'processing' })
      .onConflictDoNothing({ target: billingEvents.id })
      .returning({ id: billingEvents.id });
    if (inserted.length === 0) return 'duplicate';
    const userId = event.customerId ? await unsafeFindUserByStripeCustomer(tx, event.customerId) : null;
    const outcome: StripeEventOutcome = userId ? 'recorded' : 'unknown-customer';
    await tx.update(billingEvents).set({ userId, outcome }).where(eq(billingEvents.id, event.id));
    return outcome;
  });
  return { outcome, recordedAs: event.id };
}
