import { getT } from '@/lib/i18n/server-locale';
import { requireSession, getViewerProfile } from '@/lib/auth/server-session';
import { getTierLimits } from '@/modules/accounts/get-tier-limits';
import { PlanTable } from '@/modules/accounts/ui/plan-table';
import { pageTitle } from '@/lib/i18n/page-title';

export const generateMetadata = pageTitle('nav.usage');

export default async function UsagePage() {
  const session = await requireSession();
  const [t, profile, tiers] = await Promise.all([getT(), getViewerProfile(session), getTierLimits()]);
  const tier = profile?.tier ?? 'free';
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('nav.usage')}</h1>
      <p className="text-lg">{t('usage.plan', { tier: t(`tier.${tier}`) })}</p>
      <p className="text-muted">{t('empty.usage')}</p>
      <section aria-labelledby="limits">
        <h2 id="limits" className="mb-3 text-lg font-semibold">{t('usage.limits')}</h2>
        <PlanTable tiers={tiers} t={t} current={tier} />
      </section>
    </div>
  );
}
