import { useFormatter, useTranslations } from 'next-intl';
import { Alert, AlertActions, AlertDescription, AlertTitle } from '@/lib/ui/alert';
import { Card } from '@/lib/ui/card';
import { UpgradeLink } from '@/modules/billing/ui/upgrade-link';
import type { MyTickets } from '../list-my-tickets';
import type { TicketMonthStats } from '../ticket-month-stats';

/** "12 of 15 this month", when the count resets, the plan's SLA, and the over-limit message with the upgrade path. */
export function SupportSummary({ data }: { data: Pick<MyTickets, 'allowance' | 'slaMinutes' | 'slaHours' | 'stats'> }) {
  const t = useTranslations('tickets');
  const format = useFormatter();
  const { allowance } = data;
  const resets = format.dateTime(allowance.resetsAt, { dateStyle: 'long' });
  return (
    <div className="space-y-3">
      {allowance.isAtLimit ? (
        <Alert variant="warning" data-testid="ticket-limit">
          <AlertTitle>{t('limitTitle')}</AlertTitle>
          <AlertDescription>{t('limitBody', { limit: allowance.limit ?? 0, date: resets })}</AlertDescription>
          <AlertActions>
            <UpgradeLink limit="tickets" />
          </AlertActions>
        </Alert>
      ) : null}
      <Card className="grid gap-3 sm:grid-cols-3">
        <div>
          <p className="text-sm text-muted">{t('thisMonth')}</p>
          <p className="text-lg font-semibold" data-testid="ticket-allowance">
            {allowance.limit === null
              ? t('allowanceUnlimited', { used: allowance.used })
              : t('allowance', { used: allowance.used, limit: allowance.limit })}
          </p>
          <p className="text-xs text-muted">{t('resetsOn', { date: resets })}</p>
        </div>
        <div>
          <p className="text-sm text-muted">{t('slaTitle')}</p>
          <p className="font-semibold">
            {data.slaMinutes === null
              ? t('slaNone')
              : t('slaPromise', { hours: data.slaMinutes / 60, business: data.slaHours === 'business' ? 'yes' : 'no' })}
          </p>
        </div>
        <MonthStats stats={data.stats} />
      </Card>
    </div>
  );
}

export function MonthStats({ stats }: { stats: TicketMonthStats }) {
  const t = useTranslations('tickets.stats');
  const format = useFormatter();
  return (
    <div data-testid="ticket-stats">
      <p className="text-sm text-muted">{t('title')}</p>
      <p className="text-sm">
        {stats.averageFirstResponseMinutes === null
          ? t('noAnswers')
          : t('average', { hours: Math.round((stats.averageFirstResponseMinutes / 60) * 10) / 10 })}
      </p>
      <p className="text-sm">
        {stats.withinSlaRatio === null ? t('noSla') : t('withinSla', { ratio: format.number(stats.withinSlaRatio, { style: 'percent' }) })}
      </p>
    </div>
  );
}
