import { getFormatter, getTranslations } from 'next-intl/server';
import { BarChart3, Inbox } from 'lucide-react';
import { pageTitle } from '@/lib/i18n/page-title';
import { Card, CardTitle } from '@/lib/ui/card';
import { EmptyState } from '@/lib/ui/empty-state';
import { PageHeader } from '@/lib/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';
import { requireAdmin } from '@/modules/accounts/server-session';
import { getAnalyzerFunnel } from '@/modules/analyzer/get-analyzer-funnel';
import { leadFunnelSource } from '@/modules/insights/lead-funnel-source';
import { listRecentAnalyses } from '@/modules/analyzer/list-recent-analyses';
import { listRecentLeads } from '@/modules/analyzer/list-recent-leads';
import { AdminAnalysesTable } from '@/modules/analyzer/ui/admin-analyses-table';
import { AdminLeadsTable } from '@/modules/analyzer/ui/admin-leads-table';
import { AnalyzerFunnelChart } from '@/modules/analyzer/ui/analyzer-funnel-chart';

export const generateMetadata = pageTitle('adminAnalyzer.title');

const STEPS = ['analyses', 'emails', 'signups', 'paying'] as const;

// requireAdmin() answers 404 to anyone who is not an active admin; the module functions check
// again, and RLS lets only admins read analyses.
export default async function AdminAnalyzerPage() {
  const { claims } = await requireAdmin();
  const [t, format, analyses, leads, funnel] = await Promise.all([
    getTranslations('adminAnalyzer'),
    getFormatter(),
    listRecentAnalyses(claims),
    listRecentLeads(claims),
    getAnalyzerFunnel(claims, { leads: leadFunnelSource }),
  ]);
  const hasLeads = funnel.some((week) => week.emails !== null);
  const count = (value: number | null) => (value === null ? '–' : format.number(value));
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('subtitle')} />
      <Card className="space-y-3">
        <CardTitle>{t('funnelTitle')}</CardTitle>
        {hasLeads ? null : <p className="text-sm text-muted">{t('leadsPending')}</p>}
        <AnalyzerFunnelChart weeks={funnel} />
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t('colWeek')}</TableHead>
              {STEPS.map((step) => (
                <TableHead key={step} className="text-right">
                  {t('step', { step })}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {funnel.toReversed().map((week) => (
              <TableRow key={week.week}>
                <TableCell>
                  {format.dateTime(new Date(`${week.week}T00:00:00Z`), {
                    day: 'numeric',
                    month: 'short',
                    year: 'numeric',
                    timeZone: 'UTC',
                  })}
                </TableCell>
                {STEPS.map((step) => (
                  <TableCell key={step} className="text-right tabular-nums">
                    {count(week[step])}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      <section aria-labelledby="leads" className="space-y-3">
        <h2 id="leads" className="text-lg font-semibold">
          {t('leadsTitle')}
        </h2>
        {leads.length === 0 ? (
          <EmptyState icon={Inbox} title={t('leadsEmptyTitle')} headingLevel="h3">
            {t('leadsEmptyBody')}
          </EmptyState>
        ) : (
          <AdminLeadsTable leads={leads} />
        )}
      </section>
      <section aria-labelledby="analyses" className="space-y-3">
        <h2 id="analyses" className="text-lg font-semibold">
          {t('analysesTitle')}
        </h2>
        {analyses.length === 0 ? (
          <EmptyState icon={BarChart3} title={t('emptyTitle')} headingLevel="h3">
            {t('emptyBody')}
          </EmptyState>
        ) : (
          <AdminAnalysesTable analyses={analyses} />
        )}
      </section>
    </div>
  );
}
