import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Workflow } from 'lucide-react';
import { describeAdapters } from '@/lib/env';
import { getJobsOverview, listJobRuns } from '@/lib/jobs/list-job-runs';
import type { RunStatus } from '@/lib/jobs/schema';
import { pageTitle } from '@/lib/i18n/page-title';
import { Alert } from '@/lib/ui/alert';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { Card } from '@/lib/ui/card';
import { EmptyState } from '@/lib/ui/empty-state';
import { PageHeader } from '@/lib/ui/page-header';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';
import { requireAdmin } from '@/modules/accounts/server-session';
import { jobPurposeValues, scheduleValues } from './job-words';
import { runStatusVariant } from './run-status';

export const generateMetadata = pageTitle('nav.jobs');

const STATUSES: RunStatus[] = ['failed', 'running', 'sleeping', 'queued', 'succeeded', 'cancelled'];

export default async function JobsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const { claims } = await requireAdmin();
  const { status } = await searchParams;
  const filter = STATUSES.find((s) => s === status);
  const [t, overview, runs] = await Promise.all([
    getTranslations('admin.jobs'),
    getJobsOverview(claims),
    listJobRuns(claims, { status: filter, limit: 100 }),
  ]);
  const isInngest = describeAdapters().jobs === 'inngest';
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('subtitle')} />
      {isInngest ? <Alert variant="info">{t('inngest')}</Alert> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="min-w-0 space-y-3">
          <h2 className="font-semibold">{t('byStatus')}</h2>
          <ul className="flex flex-wrap gap-2">
            {STATUSES.map((s) => (
              <li key={s}>
                <Badge variant={runStatusVariant(s)}>
                  {t('status', { status: s })}: {t('count', { count: overview.runs[s] ?? 0 })}
                </Badge>
              </li>
            ))}
          </ul>
          <h2 className="pt-2 font-semibold">{t('outbox')}</h2>
          <p className="text-sm" data-testid="outbox-state">
            {t('outboxState', { pending: overview.outbox.pending, failing: overview.outbox.failing })}
          </p>
        </Card>
        <Card className="min-w-0 space-y-3">
          <h2 className="font-semibold">{t('schedules')}</h2>
          <Table containerClassName="border-0" style={{ minWidth: 420 }}>
            <TableHeader>
              <TableRow>
                <TableHead>{t('function')}</TableHead>
                <TableHead>{t('cron')}</TableHead>
                <TableHead>{t('nextRun')}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {/* Plain words first ("Sends usage to Stripe", "Every minute"); the id and the cron expression as the detail. */}
              {overview.schedules.map((s) => (
                <TableRow key={s.functionId} data-testid={`schedule-${s.functionId}`}>
                  <TableCell>
                    <div className="break-words">{t('purpose', jobPurposeValues(s.functionId)) || s.functionId}</div>
                    <div className="font-mono text-xs break-all text-muted">{s.functionId}</div>
                  </TableCell>
                  <TableCell>
                    <div>{t('schedule', scheduleValues(s.cron))}</div>
                    <div className="font-mono text-xs text-muted">{s.cron}</div>
                  </TableCell>
                  <TableCell>{t('at', { date: s.nextAt })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      </div>
      <section aria-labelledby="runs" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="runs" className="text-lg font-semibold">
            {t('runs')}
          </h2>
          <nav aria-label={t('filter')} className="flex flex-wrap gap-1">
            <Button asChild variant="toggle" size="compact" aria-current={!filter}>
              <Link href="/admin/jobs">{t('all')}</Link>
            </Button>
            {STATUSES.map((s) => (
              <Button key={s} asChild variant="toggle" size="compact" aria-current={filter === s}>
                <Link href={`/admin/jobs?status=${s}`}>{t('status', { status: s })}</Link>
              </Button>
            ))}
          </nav>
        </div>
        {runs.length === 0 ? (
          <EmptyState icon={Workflow} title={t('noRuns')} headingLevel="h3">
            {t('noRunsBody')}
          </EmptyState>
        ) : (
          <Table style={{ minWidth: 640 }}>
            <TableHeader>
              <TableRow>
                <TableHead>{t('function')}</TableHead>
                <TableHead>{t('state')}</TableHead>
                <TableHead>{t('started')}</TableHead>
                <TableHead>{t('error')}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {runs.map((run) => (
                <TableRow key={run.id}>
                  <TableCell>
                    <Link className="text-brand-700 underline break-words" href={`/admin/jobs/${run.id}`}>
                      {t('purpose', jobPurposeValues(run.functionId)) || run.functionId}
                    </Link>
                    <div className="font-mono text-xs text-muted break-words">
                      {run.functionId} · {run.eventName}
                    </div>
                  </TableCell>
                  <TableCell>
                    <Badge variant={runStatusVariant(run.status)}>{t('status', { status: run.status })}</Badge>
                    <div className="text-xs text-muted">{t('steps', { steps: run.steps, retries: run.retries })}</div>
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{t('at', { date: run.createdAt })}</TableCell>
                  <TableCell className="max-w-xs text-xs break-words text-red-800">{run.error?.message ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
