import { getTranslations } from 'next-intl/server';
import { TAX_BEHAVIOR } from '../plans';

/** What the prices include, from the plan catalogue (plans.json `taxBehavior`, also Stripe's prices' tax_behavior). */
export async function TaxesNote() {
  const t = await getTranslations('billing.payment');
  return TAX_BEHAVIOR === 'inclusive' ? (
    <p className="text-sm text-muted" data-testid="taxes-note">
      {t('taxesIncluded')}
    </p>
  ) : null;
}
