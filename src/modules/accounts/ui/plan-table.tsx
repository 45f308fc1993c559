import type { Translate } from '@/lib/i18n/translate';
import type { TierLimitsRow } from '@/modules/accounts/get-tier-limits';

function formatBytes(bytes: number | null, unlimited: string): string {
  if (bytes === null) return unlimited;
  return `${Math.round(bytes / 1024 ** 3)} GB`;
}

function n(value: number | null, unlimited: string): string {
  return value === null ? unlimited : value.toLocaleString();
}

/** The plan limits straight from the tier_limits table (the same numbers the database enforces). */
export function PlanTable({ tiers, t, current }: { tiers: TierLimitsRow[]; t: Translate; current?: string }) {
  const u = t('usage.unlimited');
  const rows: Array<[string, (r: TierLimitsRow) => string]> = [
    [t('usage.projects'), (r) => n(r.maxProjects, u)],
    [t('usage.domains'), (r) => n(r.maxDomains, u)],
    [t('usage.storage'), (r) => formatBytes(r.maxStorageBytes, u)],
    [t('usage.team'), (r) => n(r.maxTeamMembers, u)],
    [t('usage.tickets'), (r) => n(r.maxTicketsPerMonth, u)],
    [t('usage.generations'), (r) => n(r.maxGenerationsPerMonth, u)],
    [t('usage.tokens'), (r) => n(r.maxAiTokensPerMonth, u)],
  ];
  return (
    <div className="overflow-x-auto rounded-2xl border border-gray-200">
      <table className="w-full min-w-[560px] text-left text-sm">
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className="p-3"><span className="sr-only">{t('usage.limits')}</span></th>
            {tiers.map((r) => (
              <th key={r.tier} scope="col" className={`p-3 font-bold ${current === r.tier ? 'text-brand-700' : ''}`}>
                {t(`tier.${r.tier}`)}{current === r.tier ? ' ✓' : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label} className="border-t border-gray-100">
              <th scope="row" className="p-3 font-medium">{label}</th>
              {tiers.map((r) => <td key={r.tier} className="p-3 tabular-nums">{value(r)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
