import { getFormatter, getTranslations } from 'next-intl/server';
import type { TierLimitsRow } from '@/modules/accounts/get-tier-limits';
import { PlanTableView, type PlanTableModel } from './plan-table-view';

const GIB = 1024 ** 3;

/** A plan's monthly price in the currency's minor unit, or null (free, or arranged with the agency). */
export type PlanPrices = { currency: string; monthlyCents: Partial<Record<string, number | null>> };

/**
 * The plan limits straight from the tier_limits table (the same numbers the database enforces),
 * and — given `prices`, from the billing module's plan catalogue — what each costs, in money in
 * the reader's locale.
 */
export async function PlanTable({ tiers, current, prices }: { tiers: TierLimitsRow[]; current?: string; prices?: PlanPrices }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const price = (tier: string) => {
    const cents = prices?.monthlyCents[tier] ?? null;
    if (cents !== null) {
      const amount = format.number(cents / 100, { style: 'currency', currency: prices!.currency.toUpperCase() });
      return t('usage.priceMonthly', { amount });
    }
    return tier === 'free' ? t('usage.priceFree') : t('usage.priceAgency');
  };
  const count = (value: number | null) => (value === null ? t('common.unlimited') : t('usage.count', { value }));
  const rows: Array<[string, (r: TierLimitsRow) => string]> = [
    [t('usage.projects'), (r) => count(r.maxProjects)],
    [t('usage.domains'), (r) => count(r.maxDomains)],
    [
      t('usage.storage'),
      (r) =>
        r.maxStorageBytes === null ? t('common.unlimited') : t('usage.storageValue', { gigabytes: Math.round(r.maxStorageBytes / GIB) }),
    ],
    [t('usage.team'), (r) => count(r.maxTeamMembers)],
    [t('usage.tickets'), (r) => count(r.maxTicketsPerMonth)],
    [t('usage.generations'), (r) => count(r.maxGenerationsPerMonth)],
    [t('usage.tokens'), (r) => count(r.maxAiTokensPerMonth)],
  ];
  const model: PlanTableModel = {
    limitsLabel: t('usage.limits'),
    currentLabel: t('usage.current'),
    priceLabel: prices ? t('usage.price') : undefined,
    plans: tiers.map((r) => ({
      tier: r.tier,
      name: t('tier.name', { tier: r.tier }),
      isCurrent: current === r.tier,
      price: prices ? price(r.tier) : undefined,
    })),
    rows: rows.map(([label, value]) => ({ label, values: tiers.map(value) })),
  };
  return <PlanTableView model={model} />;
}
