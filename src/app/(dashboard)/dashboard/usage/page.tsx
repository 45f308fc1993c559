import { getFormatter, getTranslations } from 'next-intl/server';
import { requireSession } from '@/modules/accounts/server-session';
import { getEntitlements } from '@/modules/billing/get-entitlements';
import { getTierLimits } from '@/modules/accounts/get-tier-limits';
import { PlanTable } from '@/modules/accounts/ui/plan-table';
import { UsageMeters } from '@/modules/billing/ui/usage-meters';
import { UpgradeLink } from '@/modules/billing/ui/upgrade-link';
import { formatUsageQuantity } from '@/modules/metering/format-usage-quantity';
import { getDailyUsage } from '@/modules/metering/get-daily-usage';
import { DailyUsageChart } from '@/modules/metering/ui/daily-usage-chart';
import { pageTitle } from '@/lib/i18n/page-title';
import { PageHeader } from '@/lib/ui/page-header';

export const generateMetadata = pageTitle('nav.usage');

export default async function UsagePage() {
  const session = await requireSession();
  const [t, format, entitlements, tiers] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getEntitlements(session.claims),
    getTierLimits(),
  ]);
  // Up to the end of today: the rest of the month has no usage yet and would only flatten the bars.
  const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 1));
  const daily = await getDailyUsage(session.claims, {
    from: entitlements.period.start,
    to: today < entitlements.period.end ? today : entitlements.period.end,
  });
  // The period ends at the start of the next one: that instant is the reset.
  const resetsOn = entitlements.period.end;
  return (
    <div className="space-y-8">
      <PageHeader
        title={t('nav.usage')}
        description={`${t('usage.plan', { tier: t('tier.name', { tier: entitlements.tier }) })} · ${t('usage.resets', { date: resetsOn })}`}
      />
      <section aria-labelledby="this-period" className="space-y-3">
        <h2 id="this-period" className="text-lg font-semibold">
          {t('usage.thisPeriod')}
        </h2>
        <UsageMeters
          entitlements={entitlements}
          upgradeAction={(limit) => <UpgradeLink limit={limit} look="link" />}
          hostingHours={formatUsageQuantity(
            (value, options) => format.number(value, options),
            'container_hours',
            entitlements.usage.containerHours,
            {
              withUnit: true,
            },
          )}
        />
      </section>
      <section aria-labelledby="daily" className="space-y-3">
        <h2 id="daily" className="text-lg font-semibold">
          {t('usage.daily.title')}
        </h2>
        <div className="grid gap-6 rounded-2xl border border-gray-200 bg-white p-4 sm:p-6 lg:grid-cols-2">
          <DailyUsageChart data={daily} metric="generations" />
          <DailyUsageChart data={daily} metric="aiTokens" />
        </div>
      </section>
      <section aria-labelledby="limits" className="space-y-3">
        <h2 id="limits" className="text-lg font-semibold">
          {t('usage.limits')}
        </h2>
        <PlanTable tiers={tiers} current={entitlements.tier} />
      </section>
    </div>
  );
}
