import { getTranslations } from 'next-intl/server';
import { Check } from 'lucide-react';
import type { TierLimitsRow } from '@/modules/accounts/get-tier-limits';
import { Badge } from '@/lib/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';

const GIB = 1024 ** 3;

/** The plan limits straight from the tier_limits table (the same numbers the database enforces). */
export async function PlanTable({ tiers, current }: { tiers: TierLimitsRow[]; current?: string }) {
  const t = await getTranslations();
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
    <Table style={{ minWidth: 560 }}>
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
              <span className="flex flex-wrap items-center gap-2">
                {t('tier.name', { tier: r.tier })}
                {current === r.tier ? (
                  <Badge variant="brand">
                    <Check aria-hidden="true" />
                    {t('usage.current')}
                  </Badge>
                ) : null}
              </span>
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
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
  );
}
