import { createTranslator } from 'next-intl';
import { formats, TIME_ZONE } from '@/lib/i18n/formats';
import { MESSAGES } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/translate';
import type { UpgradeLimit } from '@/modules/billing/get-upgrade-path';
import type { PurchasableTier } from '@/modules/billing/plans';
import type { Entitlements } from '@/modules/billing/get-entitlements';

export type ComposeUpgradeRequestInput = {
  locale: Locale;
  /** The plan the person is on now. */
  tier: Entitlements['tier'];
  limit: UpgradeLimit;
  /** The plan's amount for that limit (null: unlimited or not one number). */
  limitAmount: number | null;
  /** The plan they asked for, when they chose one on the Billing page. */
  target?: PurchasableTier;
};

export type UpgradeRequestDraft = { subject: string; description: string };

const GB = 1024 ** 3;
const MB = 1024 ** 2;

/**
 * The ticket "Ask my agency" opens with: it names the plan and the limit (with its amount), in the
 * person's language, so the agency can act on it without asking back. The person can change it.
 */
export function composeUpgradeRequest(input: ComposeUpgradeRequestInput): UpgradeRequestDraft {
  const t = createTranslator({ locale: input.locale, messages: MESSAGES[input.locale], formats, timeZone: TIME_ZONE });
  const number = new Intl.NumberFormat(input.locale);
  const amount = input.limitAmount;
  const limitValue =
    amount === null
      ? t('upgrade.unlimited')
      : input.limit === 'storage'
        ? new Intl.NumberFormat(input.locale, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 }).format(amount / GB)
        : input.limit === 'file_size'
          ? new Intl.NumberFormat(input.locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(amount / MB)
          : number.format(amount);
  const tier = t('tier.name', { tier: input.tier });
  const target = input.target ? t('tier.name', { tier: input.target }) : 'none';
  const limitName = t('upgrade.limitName', { limit: input.limit });
  const hasLimit = input.limit !== 'plan' && amount !== null ? 'yes' : 'no';
  return {
    subject: t('upgrade.requestSubject', { target, tier, limitName }),
    description: t('upgrade.requestBody', { tier, hasLimit, limitName, limitValue, target }),
  };
}
