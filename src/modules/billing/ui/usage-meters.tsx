import { getFormatter, getTranslations } from 'next-intl/server';
import type { Entitlements, Quota } from '../get-entitlements';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/lib/ui/card';
import { Progress } from '@/lib/ui/progress';

const MB = 1024 ** 2;

export type MeteredLimit = 'projects' | 'generations' | 'ai_tokens';

/**
 * This period's usage against the plan, from getEntitlements: the same figures the database
 * compares when it refuses a project, a generation or AI tokens, so a meter never says "room
 * left" while the next request is refused. Sites are a total, not a monthly allowance: their
 * meter never speaks of a reset. `upgradeAction` is the way out of a reached limit (Upgrade, or
 * "Ask my agency" without payments), given by the page: billing is not this module's.
 * `hostingHours` comes formatted by metering's formatUsageQuantity (as on Billing and in the
 * PDF): metering depends on accounts, not back.
 */
export async function UsageMeters({
  entitlements,
  upgradeAction,
  hostingHours,
}: {
  entitlements: Entitlements;
  upgradeAction?: (limit: MeteredLimit) => React.ReactNode;
  hostingHours: string;
}) {
  const [t, format] = await Promise.all([getTranslations('usage'), getFormatter()]);
  const meters: Array<{ id: string; limit: MeteredLimit; label: string; quota: Quota; monthly: boolean }> = [
    { id: 'projects', limit: 'projects', label: t('projects'), quota: entitlements.projects, monthly: false },
    { id: 'generations', limit: 'generations', label: t('generations'), quota: entitlements.generations, monthly: true },
    { id: 'tokens', limit: 'ai_tokens', label: t('tokens'), quota: entitlements.aiTokens, monthly: true },
  ];
  const { bandwidthBytes } = entitlements.usage;
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {meters.map(({ id, limit, label, quota, monthly }) => {
        const percent = quota.limit ? Math.min(100, Math.round((quota.used / quota.limit) * 100)) : 0;
        return (
          <Card key={id} data-testid={`meter-${id}`}>
            <CardHeader>
              <CardTitle as="h3" className="text-base">
                {label}
              </CardTitle>
              <CardDescription>
                {/* The metric picks the participle's gender in Portuguese (gerações usadas, projetos usados). */}
                {quota.limit === null
                  ? t('usedUnlimited', { used: quota.used, metric: id })
                  : t('used', { used: quota.used, limit: quota.limit, metric: id })}
              </CardDescription>
            </CardHeader>
            {quota.limit === null ? null : (
              <CardContent className="space-y-2">
                <Progress value={percent} aria-label={t('meterLabel', { label, percent })} />
                <p className={quota.isAtLimit ? 'text-sm font-medium text-red-700' : 'text-sm text-muted'}>
                  {quota.isAtLimit
                    ? t(monthly ? 'atLimit' : 'atLimitTotal')
                    : t(monthly ? 'remaining' : 'remainingTotal', { remaining: quota.remaining ?? 0 })}
                </p>
                {quota.isAtLimit && upgradeAction ? upgradeAction(limit) : null}
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
