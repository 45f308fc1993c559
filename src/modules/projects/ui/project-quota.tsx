import { getTranslations } from 'next-intl/server';

export type ProjectQuotaView = { used: number; limit: number | null; isAtLimit: boolean; tier: string };

/** "2 of 3 projects on the Basic plan". */
export async function ProjectQuota({ quota }: { quota: ProjectQuotaView }) {
  const t = await getTranslations();
  const tier = t('tier.name', { tier: quota.tier });
  return (
    <p className="text-sm text-muted" data-testid="project-quota">
      {quota.limit === null
        ? t('dashboard.limitUnlimited', { used: quota.used, tier })
        : t('dashboard.limit', { used: quota.used, limit: quota.limit, tier })}
    </p>
  );
}
