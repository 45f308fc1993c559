'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { requireSession } from '@/modules/accounts/server-session';
import { changePlan, changePlanInput } from './change-plan';
import { openBillingPortal } from './open-billing-portal';
import { previewPlanChange, previewPlanChangeInput } from './preview-plan-change';
import { startBoletoSubscription } from './start-boleto-subscription';
import { startCheckout } from './start-checkout';
import { upgradeInput } from './upgrade-input';

async function payingClaims() {
  const session = await requireSession();
  // An admin acting as a client never pays or changes their payment details for them.
  if (session.claims.act) throw new AppError('FORBIDDEN', 'errors.billing.notWhileImpersonating');
  return session.claims;
}

/**
 * The upgrade form: by card, on to Stripe Checkout; by boleto, the subscription and its first
 * boleto are made here and the client comes back to Billing, where the boleto waits to be paid.
 */
export const startUpgradeAction = defineAction('startUpgradeAction', upgradeInput, async (input): Promise<{ url: string }> => {
  const claims = await payingClaims();
  if (input.method === 'card') return startCheckout(claims, { tier: input.tier, taxId: input.taxId });
  // upgradeInput refuses a boleto without a CPF/CNPJ; this narrows the type.
  if (!input.taxId) throw new AppError('VALIDATION', 'errors.billing.taxIdRequired', { details: { field: 'taxId' } });
  await startBoletoSubscription(claims, { tier: input.tier, taxId: input.taxId });
  return { url: '/dashboard/billing?boleto=issued' };
});

export const openBillingPortalAction = defineAction('openBillingPortalAction', z.object({}), async () =>
  openBillingPortal(await payingClaims()),
);

/** What a plan change would charge, credit and make read-only; nothing changes (issue 35). */
export const previewPlanChangeAction = defineAction('previewPlanChangeAction', previewPlanChangeInput, async (input) =>
  previewPlanChange(await payingClaims(), input),
);

/** Applies the change the person confirmed, priced at the preview's proration date. */
export const changePlanAction = defineAction('changePlanAction', changePlanInput, async (input) => changePlan(await payingClaims(), input));
