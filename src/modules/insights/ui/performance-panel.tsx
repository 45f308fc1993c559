'use client';

import { useActionState, useEffect, useId, useRef } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { AlertTriangle, Gauge, X } from 'lucide-react';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/lib/ui/card';
import { EmptyState } from '@/lib/ui/empty-state';
import { FormField } from '@/lib/ui/form-field';
import { FormError, fieldError } from '@/lib/ui/form-status';
import { FormSubmit } from '@/lib/ui/form-submit';
import { Input } from '@/lib/ui/input';
import { toast } from '@/lib/ui/toaster';
import type { PerformanceRun, PerformanceSummary } from '../get-performance-summary';
import type { PinnedPage } from '../pin-performance-page';
import { PERFORMANCE_SCORES } from '../performance-change';
import { PERFORMANCE_VITALS, vitalRatings, type PerformanceGrade } from '../performance-grade';
import { nextPerformanceRunAt, type Tier } from '../performance-plan';
import { performanceStatusOf } from '../performance-status';
import { pinPerformancePageAction, unpinPerformancePageAction } from '../performance-actions';
import { formatVital, ScoresChart, VitalChart } from './performance-charts';

export type PerformancePanelProps = {
  /** getPerformanceSummary's entry for the site; undefined when it has none. */
  summary: PerformanceSummary | undefined;
  /** The owner's plan: how often the site is tested (performance-plan.ts). */
  tier: Tier;
  /** Only live sites are tested. */
  isLive: boolean;
  /** False where this installation's sites are on this computer only (are-sites-measurable.ts). */
  areSitesMeasurable?: boolean;
  /** The person's "now", for when the next test runs. */
  now?: Date;
  /** The pinned pages, with the forms to pin and unpin when the person may edit the site. */
  pinned?: { projectId: string; pages: PinnedPage[]; limit: number | null; canEdit: boolean };
};

const GRADE_VARIANT: Record<PerformanceGrade, 'success' | 'warning' | 'danger'> = {
  'A+': 'success',
  A: 'success',
  B: 'success',
  C: 'warning',
  D: 'warning',
  F: 'danger',
};
/** A failed run's error key, as the reason a client reads. */
function failureReason(errorKey: string): 'timeout' | 'blocked' | 'unreachable' | 'other' {
  if (errorKey.endsWith('.timeout')) return 'timeout';
  if (errorKey.endsWith('.forbiddenAddress') || errorKey.endsWith('.port') || errorKey.endsWith('.scheme')) return 'blocked';
  if (errorKey.endsWith('.unresolvable')) return 'unreachable';
  return 'other';
}
const RATING_VARIANT = { good: 'success', 'needs-improvement': 'warning', poor: 'danger' } as const;

/**
 * One site's performance: the latest grade (with its rule in words), the four scores and the Core
 * Web Vitals of the latest test rated by Google's thresholds, their history as charts with those
 * thresholds drawn as bands, and the pages tested besides the home page. Before the first test it
 * says when it will run. Every number in a chart is also in text (the latest figures, the
 * history table), so nothing depends on seeing the lines.
 */
export function PerformancePanel({ summary, tier, isLive, areSitesMeasurable = true, now = new Date(), pinned }: PerformancePanelProps) {
  const t = useTranslations('performance');
  const format = useFormatter();
  const when = (date: Date) =>
    format.dateTime(date, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  const next = nextPerformanceRunAt(tier, summary?.lastAttemptAt ?? null, now);
  const latest = summary?.latest ?? null;
  const homeRuns = (summary?.runs ?? []).filter((r) => r.path === '/');
  // The dashboard home's line says the same (performance-status.ts).
  const status = performanceStatusOf({ isLive, areSitesMeasurable, grade: latest?.grade, lastError: summary?.lastError });
  const historyId = useId();

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('title')}</CardTitle>
        <CardDescription>
          {t('description')} {t('schedule', { tier })}
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        {status === 'notMeasuredHere' ? (
          <EmptyState icon={Gauge} title={t('notMeasuredHereTitle')} headingLevel="h3">
            {t('notMeasuredHere')}
          </EmptyState>
        ) : !latest ? (
          <EmptyState icon={Gauge} title={t('emptyTitle')} headingLevel="h3">
            {status === 'notLive'
              ? t('emptyNotLive')
              : status === 'failed' && summary?.lastError
                ? t('lastFailed', { reason: failureReason(summary.lastError), date: when(next) })
                : t('empty', { date: when(next) })}
          </EmptyState>
        ) : (
          <>
            <Latest run={latest} trend={summary!.trend} dropped={summary!.dropped} />
            {summary!.lastError && summary!.lastAttemptAt && summary!.lastAttemptAt > latest.measuredAt ? (
              <p className="text-sm text-amber-900">{t('lastFailed', { reason: failureReason(summary!.lastError), date: when(next) })}</p>
            ) : isLive ? (
              <p className="text-sm text-muted">{t('nextRun', { date: when(next) })}</p>
            ) : null}
            {homeRuns.length > 0 ? (
              <section aria-labelledby={historyId} className="space-y-4">
                <h3 id={historyId} className="font-semibold">
                  {t('scoresChart')}
                </h3>
                <ScoresChart runs={homeRuns} />
                <h3 className="font-semibold">{t('vitalsChart')}</h3>
                <p className="text-xs text-muted">{t('thresholds')}</p>
                <div className="grid gap-4 md:grid-cols-3">
                  {PERFORMANCE_VITALS.map((id) => (
                    <div key={id} className="min-w-0 space-y-1">
                      <h4 className="text-sm font-medium">{t('vital', { id })}</h4>
                      <VitalChart id={id} runs={homeRuns} />
                    </div>
                  ))}
                </div>
                <History runs={homeRuns} />
              </section>
            ) : null}
          </>
        )}
        {pinned ? <PinnedPages {...pinned} summary={summary} /> : null}
      </CardContent>
    </Card>
  );
}

function Latest({ run, trend, dropped }: { run: PerformanceRun; trend: PerformanceSummary['trend']; dropped: boolean }) {
  const t = useTranslations('performance');
  const format = useFormatter();
  const ratings = vitalRatings(run);
  const value = { lcp: run.lcpMs, cls: run.cls, tbt: run.tbtMs } as const;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        {run.grade ? (
          <span
            className="flex size-14 items-center justify-center rounded-2xl border-2 border-gray-200 text-2xl font-bold"
            role="img"
            aria-label={t('gradeLabel', { grade: run.grade })}
          >
            {run.grade}
          </span>
        ) : null}
        <div className="min-w-0 space-y-1">
          <p className="text-sm text-muted">
            {t('measuredAt', { date: format.dateTime(run.measuredAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
          </p>
          <div className="flex flex-wrap gap-2">
            {run.grade ? <Badge variant={GRADE_VARIANT[run.grade]}>{t('gradeLabel', { grade: run.grade })}</Badge> : null}
            {trend ? (
              <Badge variant={trend === 'down' ? 'danger' : trend === 'up' ? 'success' : 'neutral'}>{t('trend', { trend })}</Badge>
            ) : null}
          </div>
        </div>
      </div>
      {dropped ? (
        <p className="flex items-start gap-2 text-sm text-red-900" role="status">
          <AlertTriangle aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {t('dropped')}
        </p>
      ) : null}
      <p className="text-xs text-muted">{t('gradeRule')}</p>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {PERFORMANCE_SCORES.map((id) => (
          <div key={id} className="rounded-xl bg-gray-50 p-3">
            <dt className="text-xs text-muted">{t('score', { id })}</dt>
            <dd className="text-xl font-semibold tabular-nums">{run.scores[id] === null ? '—' : format.number(run.scores[id])}</dd>
          </div>
        ))}
      </dl>
      <dl className="grid gap-2 sm:grid-cols-3">
        {PERFORMANCE_VITALS.map((id) => (
          <div key={id} className="rounded-xl bg-gray-50 p-3">
            <dt className="text-xs text-muted">{t('vital', { id })}</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <span className="text-lg font-semibold tabular-nums">{value[id] === null ? '—' : formatVital(format, id, value[id])}</span>
              <Badge variant={ratings[id] ? RATING_VARIANT[ratings[id]] : 'neutral'}>
                {t('rating', { rating: ratings[id] === 'needs-improvement' ? 'needsImprovement' : (ratings[id] ?? 'none') })}
              </Badge>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function History({ runs }: { runs: PerformanceRun[] }) {
  const t = useTranslations('performance');
  const format = useFormatter();
  return (
    <details className="rounded-xl border border-gray-200 p-3">
      <summary className="cursor-pointer text-sm font-medium">{t('tableCaption')}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-xs tabular-nums">
          <caption className="sr-only">{t('tableCaption')}</caption>
          <thead>
            <tr className="text-muted">
              <th scope="col" className="py-1 pr-2 font-medium">
                {t('date')}
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                {t('grade')}
              </th>
              {PERFORMANCE_SCORES.map((id) => (
                <th key={id} scope="col" className="py-1 pr-2 font-medium">
                  {t('score', { id })}
                </th>
              ))}
              {PERFORMANCE_VITALS.map((id) => (
                <th key={id} scope="col" className="py-1 pr-2 font-medium">
                  {t('vitalShort', { id })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...runs].reverse().map((run) => (
              <tr key={run.measuredAt.toISOString()} className="border-t border-gray-100">
                <td className="py-1 pr-2 whitespace-nowrap">
                  {format.dateTime(run.measuredAt, { dateStyle: 'short', timeStyle: 'short' })}
                </td>
                <td className="py-1 pr-2">{run.grade ?? '—'}</td>
                {PERFORMANCE_SCORES.map((id) => (
                  <td key={id} className="py-1 pr-2">
                    {run.scores[id] ?? '—'}
                  </td>
                ))}
                <td className="py-1 pr-2 whitespace-nowrap">{run.lcpMs === null ? '—' : formatVital(format, 'lcp', run.lcpMs)}</td>
                <td className="py-1 pr-2 whitespace-nowrap">{run.cls === null ? '—' : formatVital(format, 'cls', run.cls)}</td>
                <td className="py-1 pr-2 whitespace-nowrap">{run.tbtMs === null ? '—' : formatVital(format, 'tbt', run.tbtMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function PinnedPages({
  projectId,
  pages,
  limit,
  canEdit,
  summary,
}: NonNullable<PerformancePanelProps['pinned']> & { summary: PerformanceSummary | undefined }) {
  const t = useTranslations('performance');
  const headingId = useId();
  const latestOf = (path: string) => summary?.pages.find((p) => p.path === path)?.latest ?? null;
  const full = limit !== null && pages.length >= limit;
  return (
    <section aria-labelledby={headingId} className="space-y-3 border-t border-gray-100 pt-4">
      <h3 id={headingId} className="font-semibold">
        {t('pagesTitle')}
      </h3>
      {limit !== null ? <p className="text-sm text-muted">{t('pagesHelp', { used: pages.length, limit })}</p> : null}
      {pages.length === 0 ? (
        <p className="text-sm text-muted">{t('pagesNone')}</p>
      ) : (
        <ul className="divide-y divide-gray-100">
          {pages.map((page) => {
            const run = latestOf(page.path);
            return (
              <li key={page.id} className="flex flex-wrap items-center gap-2 py-2">
                <span className="min-w-0 flex-1 font-mono text-sm break-all">{page.path}</span>
                {run?.grade ? (
                  <Badge variant={GRADE_VARIANT[run.grade]}>{t('gradeLabel', { grade: run.grade })}</Badge>
                ) : (
                  <Badge>{t('pageNotYet')}</Badge>
                )}
                {canEdit ? <UnpinButton projectId={projectId} page={page} /> : null}
              </li>
            );
          })}
        </ul>
      )}
      {canEdit && !full ? <PinForm projectId={projectId} /> : null}
    </section>
  );
}

function PinForm({ projectId }: { projectId: string }) {
  const t = useTranslations('performance');
  const [state, action, pending] = useActionState(pinPerformancePageAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state?.ok) return;
    formRef.current?.reset();
    toast.success(t('pinned', { path: state.data.path }));
  }, [state, t]);
  return (
    <form ref={formRef} action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="projectId" value={projectId} />
      <FormField label={t('pinLabel')} hint={t('pinHint')} error={fieldError(state, 'path')} className="min-w-0 flex-1 basis-48">
        {(field) => (
          <Input {...field} name="path" placeholder="/menu" autoCapitalize="none" autoCorrect="off" spellCheck={false} required />
        )}
      </FormField>
      <FormSubmit pending={pending} state={state} fields={['path']}>
        {t('pin')}
      </FormSubmit>
    </form>
  );
}

function UnpinButton({ projectId, page }: { projectId: string; page: PinnedPage }) {
  const t = useTranslations('performance');
  const [state, action, pending] = useActionState(unpinPerformancePageAction, null);
  useEffect(() => {
    if (state?.ok) toast.success(t('unpinned', { path: page.path }));
  }, [state, t, page.path]);
  return (
    <form action={action}>
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="pinId" value={page.id} />
      <Button type="submit" variant="ghost" size="sm" disabled={pending} aria-label={t('unpin', { path: page.path })}>
        <X aria-hidden="true" className="size-4" />
      </Button>
      <FormError state={state} />
    </form>
  );
}
