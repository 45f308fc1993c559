import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArrowLeft } from 'lucide-react';
import { z } from 'zod';
import { getJobRun } from '@/lib/jobs/list-job-runs';
import { pageTitle } from '@/lib/i18n/page-title';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { Card } from '@/lib/ui/card';
import { PageHeader } from '@/lib/ui/page-header';
import { jobPurposeValues } from '../job-words';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/lib/ui/table';
import { requireAdmin } from '@/modules/accounts/server-session';
import { runStatusVariant } from '../run-status';
import { RetryRunButton } from './retry-run-button';

export const generateMetadata = pageTitle('nav.jobs');

export default async function JobRunPage({ params }: { params: Promise<{ id: string }> }) {
  const { claims } = await requireAdmin();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const [t, detail] = await Promise.all([getTranslations('admin.jobs'), getJobRun(claims, id.data)]);
  if (!detail) notFound();
  const { run, steps } = detail;
  return (
    <div className="space-y-6">
      <Button asChild variant="link" className="min-h-11">
        <Link href="/admin/jobs">
          <ArrowLeft aria-hidden="true" />
          {t('back')}
        </Link>
      </Button>
      <PageHeader
        eyebrow={run.functionId}
        title={t('run', { id: run.id.slice(0, 8) })}
        description={t('purpose', jobPurposeValues(run.functionId)) || undefined}
        actions={run.status === 'failed' && run.kind === 'main' ? <RetryRunButton runId={run.id} /> : null}
      />
      <Card className="space-y-2 text-sm">
        <p className="flex flex-wrap items-center gap-2">
          <Badge variant={runStatusVariant(run.status)}>{t('status', { status: run.status })}</Badge>
          <span className="text-muted">{t('at', { date: run.createdAt })}</span>
          {run.finishedAt ? (
            <span className="text-muted">
              · {t('finished')}: {t('at', { date: run.finishedAt })}
            </span>
          ) : null}
        </p>
        <p className="font-mono text-xs break-all">{run.eventName}</p>
        {run.failureOf ? <p className="text-muted">{t('failureOf', { id: run.failureOf.slice(0, 8) })}</p> : null}
        {run.rerunOf ? <p className="text-muted">{t('rerunOf', { id: run.rerunOf.slice(0, 8) })}</p> : null}
        {run.status === 'sleeping' ? <p>{t('wakes', { date: run.runAt })}</p> : null}
        {run.error ? (
          <pre className="rounded-lg bg-red-50 p-3 text-xs break-words whitespace-pre-wrap text-red-900">
            {run.error.name}: {run.error.message}
          </pre>
        ) : null}
        <pre className="max-h-48 overflow-auto rounded-lg bg-gray-50 p-3 text-xs break-all whitespace-pre-wrap">
          {JSON.stringify(run.eventData, null, 2)}
        </pre>
      </Card>
      {steps.length === 0 ? (
        <p className="text-muted">{t('noSteps')}</p>
      ) : (
        <Table style={{ minWidth: 640 }}>
          <TableHeader>
            <TableRow>
              <TableHead>{t('step')}</TableHead>
              <TableHead>{t('state')}</TableHead>
              <TableHead>{t('finished')}</TableHead>
              <TableHead>{t('error')}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {steps.map((step) => (
              <TableRow key={step.stepId}>
                <TableCell className="font-mono text-xs break-all">
                  {step.stepId} <span className="text-muted">({step.op})</span>
                </TableCell>
                <TableCell>
                  <Badge variant={step.status === 'completed' ? 'success' : step.status === 'failed' ? 'danger' : 'warning'}>
                    {step.status}
                  </Badge>
                  <div className="text-xs text-muted">{t('attempts', { attempts: step.attempts })}</div>
                </TableCell>
                <TableCell className="whitespace-nowrap">{step.finishedAt ? t('at', { date: step.finishedAt }) : '—'}</TableCell>
                <TableCell className="max-w-xs text-xs break-words text-red-800">{step.error?.message ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
