'use client';

import { useTranslations } from 'next-intl';
import { Alert, AlertActions, AlertDescription } from '@/lib/ui/alert';
import { UpgradeLink } from '@/modules/billing/ui/upgrade-link';

/** The generation quota as the page read it; `limit` null means unlimited. */
export type QuotaView = { used: number; limit: number | null; tier: string; resetsOn: Date; isAtLimit: boolean };

export const QUOTA_REACHED_ID = 'studio-quota-reached';

/** "12 of 30 generations used this month · resets on …", and the way out when none are left. */
export function QuotaLine({ quota }: { quota: QuotaView }) {
  const t = useTranslations();
  const tier = t('tier.name', { tier: quota.tier });
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted" data-testid="generation-quota">
        {quota.limit === null
          ? t('studio.quotaUnlimited', { used: quota.used, tier })
          : t('studio.quota', { used: quota.used, limit: quota.limit, resetsOn: quota.resetsOn })}
      </p>
      {quota.isAtLimit ? (
        <Alert variant="warning" role="note" id={QUOTA_REACHED_ID}>
          <AlertDescription>{t('studio.quotaReached', { tier, resetsOn: quota.resetsOn })}</AlertDescription>
          <AlertActions>
            <UpgradeLink limit="generations" />
          </AlertActions>
        </Alert>
      ) : null}
    </div>
  );
}
