import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { listClientPlans, type ClientPlan } from '@/modules/accounts/list-client-plans';
import { listSubscriptionStates } from './list-subscription-states';
import type { SubscriptionStatus } from './schema';

export type ClientBillingState = ClientPlan & {
  subscriptionStatus: SubscriptionStatus;
  hasStripeSubscription: boolean;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
};

/**
 * Every client account's plan (accounts) and subscription state (billing), for the agency's
 * billing view. Admins only: listClientPlans answers 404 to anyone else.
 */
export async function listClientBillingStates(claims: VerifiedClaims): Promise<ClientBillingState[]> {
  const plans = await listClientPlans(claims);
  const states = await withRls(claims, (tx) =>
    listSubscriptionStates(
      tx,
      plans.map((p) => p.id),
    ),
  );
  return plans.map((plan) => {
    const state = states.get(plan.id)!;
    return {
      ...plan,
      subscriptionStatus: state.status,
      hasStripeSubscription: state.stripeSubscriptionId !== null,
      currentPeriodEnd: state.currentPeriodEnd,
      cancelAtPeriodEnd: state.cancelAtPeriodEnd,
    };
  });
}
