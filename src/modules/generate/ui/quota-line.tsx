import Link from 'next/link';
import { fill, type StudioLabels } from './studio-labels';

export type QuotaView = { used: number; limit: number | null; tierName: string; resetsOn: string; isAtLimit: boolean };

export const QUOTA_REACHED_ID = 'studio-quota-reached';

/** "12 of 30 generations used this month · resets on …", and the way out when none are left. */
export function QuotaLine({ quota, labels }: { quota: QuotaView; labels: StudioLabels }) {
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted" data-testid="generation-quota">
        {quota.limit === null
          ? fill(labels.quotaUnlimited, { used: quota.used, tier: quota.tierName })
          : fill(labels.quota, { used: quota.used, limit: quota.limit, date: quota.resetsOn })}
      </p>
      {quota.isAtLimit ? (
        <div id={QUOTA_REACHED_ID} className="flex flex-col gap-2 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          <span>{fill(labels.quotaReached, { tier: quota.tierName, date: quota.resetsOn })}</span>
          <Link href="/dashboard/billing" className="btn-primary self-start">{labels.upgrade}</Link>
        </div>
      ) : null}
    </div>
  );
}
