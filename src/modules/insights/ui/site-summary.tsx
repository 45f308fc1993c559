import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ArrowDownRight, ArrowRight, ArrowUpRight, ChartNoAxesCombined } from 'lucide-react';
import { Badge } from '@/lib/ui/badge';
import type { SiteStatus } from '../attention';
import type { SiteOverview } from '../get-client-overview';

const STATUS_VARIANT: Record<SiteStatus, 'success' | 'danger' | 'warning' | 'neutral'> = {
  live: 'success',
  down: 'danger',
  needs_attention: 'warning',
  not_published: 'neutral',
};
const TREND_ICON = { up: ArrowUpRight, down: ArrowDownRight, flat: ArrowRight } as const;

/**
 * One site's line of figures on the dashboard home: status, uptime and visits this month,
 * performance grade with its trend, leads this month, and the way to its insights page. Figures
 * not measured yet say when they will be, rather than showing a made-up zero.
 */
export async function SiteSummary({ site }: { site: SiteOverview }) {
  const [t, format] = await Promise.all([getTranslations('home'), getFormatter()]);
  const isPublished = site.status !== 'not_published';
  const Trend = site.trend ? TREND_ICON[site.trend] : null;
  const figure = (label: string, value: React.ReactNode, testId: string) => (
    <div className="min-w-0">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="font-semibold break-words tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  const pending = (text: string) => <span className="text-sm font-normal text-muted">{text}</span>;
  return (
    <div className="space-y-3 border-t border-gray-100 pt-3" data-testid="site-summary">
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-5">
        <div className="min-w-0">
          <dt className="text-xs text-muted">{t('status')}</dt>
          <dd>
            <Badge variant={STATUS_VARIANT[site.status]} data-testid="site-status">
              {t('siteStatus', { status: site.status })}
            </Badge>
          </dd>
        </div>
        {figure(
          t('uptime'),
          site.uptimePercent !== null
            ? format.number(site.uptimePercent / 100, { style: 'percent', maximumFractionDigits: 2 })
            : pending(isPublished ? t('uptimePending') : '—'),
          'site-uptime',
        )}
        {figure(
          t('performance'),
          site.grade ? (
            <span className="inline-flex items-center gap-1">
              {site.grade}
              {Trend && site.trend ? (
                <>
                  <Trend aria-hidden="true" className={site.trend === 'down' ? 'size-4 text-red-700' : 'size-4 text-muted'} />
                  <span className="sr-only">{t('trend', { trend: site.trend })}</span>
                </>
              ) : null}
            </span>
          ) : (
            pending(site.performance === 'notLive' ? '—' : t('gradeStatus', { status: site.performance }))
          ),
          'site-grade',
        )}
        {figure(t('visits'), format.number(site.visits), 'site-visits')}
        {figure(t('leads'), format.number(site.leads), 'site-leads')}
      </dl>
      <div className="flex flex-wrap items-center justify-between gap-2">
        {isPublished ? <span /> : <p className="text-sm text-muted">{t('monitoringStarts')}</p>}
        {/* The site's name is the link's description, not its name: "Insights" stays the name, and
            links named after the site (its page) stay the only ones a search by name finds. */}
        <Link
          href={`/dashboard/projects/${site.id}/insights`}
          aria-describedby={`insights-of-${site.id}`}
          className="inline-flex min-h-11 items-center gap-1 text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          <ChartNoAxesCombined aria-hidden="true" className="size-4" />
          {t('insightsLink')}
        </Link>
        <span id={`insights-of-${site.id}`} hidden>
          {site.name}
        </span>
      </div>
    </div>
  );
}
