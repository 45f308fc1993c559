import { getFormatter, getTranslations } from 'next-intl/server';
import type { Entitlements, Quota } from '@/modules/accounts/get-entitlements';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/lib/ui/card';
import { Progress } from '@/lib/ui/progress';

const MB = 1024 ** 2;

/**
 * This period's usage against the plan, from getEntitlements: the same figures the database
 * compares when it refuses a project, a generation or AI tokens, so a meter never says "room
 * left" while the next request is refused. `hostingHours` comes formatted by metering's
 * formatUsageQuantity (as on Billing and in the PDF): metering depends on accounts, not back.
 */
export async function UsageMeters({ entitlements, hostingHours }: { entitlements: Entitlements; hostingHours: string }) {
  const [t, format] = await Promise.all([getTranslations('usage'), getFormatter()]);
  const meters: Array<{ id: string; label: string; quota: Quota; monthly: boolean }> = [
    { id: 'projects', label: t('projects'), quota: entitlements.projects, monthly: false },
    { id: 'generations', label: t('generations'), quota: entitlements.generations, monthly: true },
    { id: 'tokens', label: t('tokens'), quota: entitlements.aiTokens, monthly: true },
  ];
  const { bandwidthBytes } = entitlements.usage;
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {meters.map(({ id, label, quota, monthly }) => {
        const percent = quota.limit ? Math.min(100, Math.round((quota.used / quota.limit) * 100)) : 0;
        return (
          <Card key={id} data-testid={`meter-${id}`}>
            <CardHeader>
              <CardTitle as="h3" className="text-base">
                {label}
              </CardTitle>
              <CardDescription>
                {quota.limit === null ? t('usedUnlimited', { used: quota.used }) : t('used', { used: quota.used, limit: quota.limit })}
              </CardDescription>
            </CardHeader>
            {quota.limit === null ? null : (
              <CardContent className="space-y-2">
                <Progress value={percent} aria-label={t('meterLabel', { label, percent })} />
                <p className={quota.isAtLimit ? 'text-sm font-medium text-red-700' : 'text-sm text-muted'}>
                  {quota.isAtLimit ? t('atLimit') : t(monthly ? 'remaining' : 'remainingTotal', { remaining: quota.remaining ?? 0 })}
                </p>
              </CardContent>
            )}
          </Card>
        );
      })}
      <Card data-testid="meter-bandwidth">
        <CardHeader>
          <CardTitle as="h3" className="text-base">
            {t('bandwidth')}
          </CardTitle>
          <CardDescription>
            {format.number(bandwidthBytes / MB, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <p className="text-sm text-muted">{t('notLimited')}</p>
        </CardContent>
      </Card>
      <Card data-testid="meter-hosting">
        <CardHeader>
          <CardTitle as="h3" className="text-base">
            {t('hosting')}
          </CardTitle>
          <CardDescription>{hostingHours}</CardDescription>
        </CardHeader>
        <CardContent>
          <p className="text-sm text-muted">{t('hostingNote')}</p>
        </CardContent>
      </Card>
    </div>
  );
}
