import { getFormatter, getTranslations } from 'next-intl/server';
import { Check } from 'lucide-react';
import type { TierLimitsRow } from '@/modules/accounts/get-tier-limits';
import { Badge } from '@/lib/ui/badge';
import { cn } from '@/lib/ui/cn';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';

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
  // The plan's name, and "Current" beside the reader's own: the card's and the column's title.
  const tierTitle = (tier: string) => (
    <>
      {t('tier.name', { tier })}
      {current === tier ? (
        <Badge variant="brand">
          <Check aria-hidden="true" />
          {t('usage.current')}
        </Badge>
      ) : null}
    </>
  );
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
  return (
    <>
      {/* On a phone the plans' columns do not fit: one card per plan, its limits as a list (the same
          rows), instead of a table clipped at the screen's edge. */}
      <ul className="grid gap-3 sm:hidden" data-testid="plan-cards">
        {tiers.map((r) => (
          <li
            key={r.tier}
            aria-current={current === r.tier ? 'true' : undefined}
            className={cn(
              'rounded-2xl border bg-white p-4',
              current === r.tier ? 'border-brand-500 ring-1 ring-brand-500' : 'border-gray-200',
            )}
          >
            <h3 className="flex flex-wrap items-center gap-2 font-semibold">{tierTitle(r.tier)}</h3>
            {prices ? (
              <p className="mt-1 font-semibold tabular-nums" data-testid="plan-price">
                {price(r.tier)}
              </p>
            ) : null}
            <dl className="mt-2 divide-y divide-gray-100 text-sm">
              {rows.map(([label, value]) => (
                <div key={label} className="flex justify-between gap-3 py-1.5">
                  <dt className="text-muted">{label}</dt>
                  <dd className="text-right font-medium tabular-nums">{value(r)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <Table style={{ minWidth: 560 }} containerClassName="hidden sm:block">
        <TableHeader>
          <TableRow>
            <TableHead>
              <span className="sr-only">{t('usage.limits')}</span>
            </TableHead>
            {tiers.map((r) => (
              <TableHead
                key={r.tier}
                aria-current={current === r.tier ? 'true' : undefined}
                className={current === r.tier ? 'text-brand-700' : undefined}
              >
                <span className="flex flex-wrap items-center gap-2">{tierTitle(r.tier)}</span>
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {prices ? (
            <TableRow data-testid="plan-prices">
              <TableHead scope="row" className="font-medium">
                {t('usage.price')}
              </TableHead>
              {tiers.map((r) => (
                <TableCell key={r.tier} className="font-semibold whitespace-nowrap tabular-nums">
                  {price(r.tier)}
                </TableCell>
              ))}
            </TableRow>
          ) : null}
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableHead scope="row" className="font-medium">
                {label}
              </TableHead>
              {tiers.map((r) => (
                <TableCell key={r.tier} className="tabular-nums">
                  {value(r)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
