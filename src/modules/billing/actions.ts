'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { requireSession } from '@/modules/accounts/server-session';
import { changePlan, changePlanInput } from './change-plan';
import { openBillingPortal } from './open-billing-portal';
import { previewPlanChange, previewPlanChangeInput } from './preview-plan-change';
import { startCheckout, startCheckoutInput } from './start-checkout';

async function payingClaims() {
  const session = await requireSession();
  // An admin acting as a client never pays or changes their payment details for them.
  if (session.claims.act) throw new AppError('FORBIDDEN', 'errors.billing.notWhileImpersonating');
  return session.claims;
}

export const startCheckoutAction = defineAction(startCheckoutInput, async (input) => startCheckout(await payingClaims(), input));

export const openBillingPortalAction = defineAction(z.object({}), async () => openBillingPortal(await payingClaims()));

/** What a plan change would charge, credit and make read-only; nothing changes (issue 35). */
export const previewPlanChangeAction = defineAction(previewPlanChangeInput, async (input) =>
  previewPlanChange(await payingClaims(), input),
);

/** Applies the change the person confirmed, priced at the preview's proration date. */
export const changePlanAction = defineAction(changePlanInput, async (input) => changePlan(await payingClaims(), input));
