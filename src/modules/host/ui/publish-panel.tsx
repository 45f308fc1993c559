'use client';

import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { Check, ExternalLink, Rocket } from 'lucide-react';
import { publishAction, rollbackAction, unpublishAction } from '@/modules/host/actions';
import { Alert, AlertActions, AlertDescription } from '@/lib/ui/alert';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/lib/ui/alert-dialog';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { Card, CardTitle } from '@/lib/ui/card';
import { cn } from '@/lib/ui/cn';
import { Skeleton } from '@/lib/ui/skeleton';
import { Spinner } from '@/lib/ui/spinner';
import { isUnfinishedStatus, type DeploymentStatus } from '../deployment-status';
import { checkMessageKey, type CheckResult } from './check-message';

type Deployment = {
  id: string;
  version: number;
  status: DeploymentStatus;
  checks: Array<CheckResult & { details?: string[] }>;
  totalBytes: number | null;
  /** Why it failed, already in the person's language (the deployments route renders the stored reason). */
  error: string | null;
  createdAt: string;
  createdByEmail: string | null;
  isLive: boolean;
  /** Unfinished for so long that its job was lost (see list-deployments.ts): not "in progress" any more. */
  isStalled: boolean;
};
type State = { siteUrl: string; isPublished: boolean; deployments: Deployment[] };

const STEPS = ['queued', 'building', 'checking', 'ready'] as const;
const POLL_FOR_MS = 3 * 60_000;
const isUnfinished = (d: Deployment) => isUnfinishedStatus(d.status) && !d.isStalled;

async function loadDeployments(projectId: string): Promise<State | null> {
  const response = await fetch(`/api/projects/${projectId}/deployments`, { cache: 'no-store' });
  return response.ok ? ((await response.json()) as State) : null;
}

export function PublishPanel({ projectId, hasDraft }: { projectId: string; hasDraft: boolean }) {
  const t = useTranslations();
  const format = useFormatter();
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const [watching, setWatching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(async () => {
    const next = await loadDeployments(projectId);
    if (next) setState(next);
    return next;
  }, [projectId]);

  useEffect(() => {
    let isCurrent = true;
    void loadDeployments(projectId).then((next) => {
      if (isCurrent && next) setState(next);
    });
    return () => {
      isCurrent = false;
      clearTimeout(timer.current);
    };
  }, [projectId]);

  // While a deployment is in progress, poll until it is ready or failed — for a few minutes at most:
  // a build that takes longer is shown as stalled by the server, and a reload picks it up again.
  useEffect(() => {
    if (!watching) return;
    let cancelled = false;
    const until = Date.now() + POLL_FOR_MS;
    const tick = async () => {
      const next = await refresh();
      const latest = next?.deployments[0];
      if (cancelled) return;
      if (!latest || latest.status === 'ready' || latest.status === 'failed' || latest.isStalled || Date.now() > until) setWatching(false);
      else timer.current = setTimeout(tick, 600);
    };
    void tick();
    return () => {
      cancelled = true;
      clearTimeout(timer.current);
    };
  }, [watching, refresh]);

  const run = (fn: () => Promise<{ ok: boolean; error?: { code: string; message: string } }>, watch = false) =>
    startTransition(async () => {
      setError(null);
      const result = await fn();
      if (!result.ok && result.error) setError(result.error);
      else if (watch) setWatching(true);
      else await refresh();
    });

  const latest = state?.deployments[0];
  const inProgress = watching || (latest && isUnfinished(latest));
  const stepIndex = latest ? (latest.status === 'failed' ? -1 : STEPS.indexOf(latest.status)) : -1;
  const live = state?.deployments.find((d) => d.isLive);
  const checkText = (check: CheckResult) => {
    const key = checkMessageKey(check);
    return key && check.count !== undefined ? t(key, { count: check.count }) : check.message;
  };
  const failureReason = (d: Deployment) =>
    d.checks.some((c) => c.level === 'error') ? t('publish.checksFailed') : d.isStalled || !d.error ? t('publish.stalled') : d.error;
  const statusBadge = (d: Deployment) => {
    if (d.isLive) return <Badge variant="success">{t('publish.live')}</Badge>;
    if (d.status === 'failed') return <Badge variant="danger">{t('publish.failed')}</Badge>;
    if (d.isStalled) return <Badge variant="warning">{t('publish.stalledBadge')}</Badge>;
    if (d.status === 'ready') return <Badge>{t('publish.ready')}</Badge>;
    return <Badge variant="brand">{t('publish.inProgress')}</Badge>;
  };

  return (
    <Card className="space-y-4" data-testid="publish-panel">
      <section aria-labelledby="publish-title" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <CardTitle id="publish-title">{t('publish.title')}</CardTitle>
          <div className="flex flex-wrap gap-2">
            <Button
              disabled={isPending || Boolean(inProgress)}
              aria-busy={isPending || Boolean(inProgress)}
              onClick={() => run(() => publishAction({ projectId }), true)}
            >
              {inProgress ? <Spinner /> : <Rocket aria-hidden="true" />}
              {inProgress ? t('publish.publishing') : state?.deployments.length ? t('publish.republish') : t('publish.publish')}
            </Button>
            {state?.isPublished ? (
              <AlertDialog>
                <AlertDialogTrigger asChild>
                  <Button variant="secondary" disabled={isPending}>
                    {t('publish.unpublish')}
                  </Button>
                </AlertDialogTrigger>
                <AlertDialogContent>
                  <AlertDialogHeader>
                    <AlertDialogTitle>{t('publish.unpublishTitle')}</AlertDialogTitle>
                    <AlertDialogDescription>{t('publish.unpublishBody')}</AlertDialogDescription>
                  </AlertDialogHeader>
                  <AlertDialogFooter>
                    <AlertDialogCancel>{t('common.cancel')}</AlertDialogCancel>
                    <AlertDialogAction onClick={() => run(() => unpublishAction({ projectId }))}>
                      {t('publish.unpublishConfirm')}
                    </AlertDialogAction>
                  </AlertDialogFooter>
                </AlertDialogContent>
              </AlertDialog>
            ) : null}
          </div>
        </div>
        {/* Until the first poll answers: the shape of what comes, not a jump in the layout. */}
        {state === null ? <Skeleton className="h-5 w-2/3" /> : null}
        {!hasDraft && !state?.deployments.length ? <p className="text-sm text-muted">{t('publish.needsDraft')}</p> : null}
        {latest && (inProgress || watching) ? (
          <ol className="flex flex-wrap gap-2" aria-label={t('publish.steps')} aria-live="polite">
            {STEPS.map((step, i) => {
              const isDone = i < stepIndex || latest.status === 'ready';
              return (
                <li
                  key={step}
                  className={cn(
                    'inline-flex items-center gap-1 rounded-full px-3 py-1 text-sm',
                    isDone
                      ? 'bg-green-100 text-green-900'
                      : i === stepIndex
                        ? 'bg-brand-100 font-semibold text-brand-900'
                        : 'bg-gray-100 text-muted',
                  )}
                  aria-current={i === stepIndex ? 'step' : undefined}
                >
                  {isDone ? <Check aria-hidden="true" className="size-4" /> : null}
                  {t('publish.step', { step })}
                </li>
              );
            })}
          </ol>
        ) : null}
        <div aria-live="polite" className="space-y-2">
          {state?.isPublished && live ? (
            <Alert variant="success" role="note" data-testid="live-url">
              <p>
                {t('publish.liveAt')}{' '}
                <a
                  className="inline-flex items-center gap-1 font-semibold break-all underline"
                  href={state.siteUrl}
                  target="_blank"
                  rel="noopener"
                >
                  {state.siteUrl}
                  <ExternalLink aria-hidden="true" className="size-4 shrink-0" />
                </a>
              </p>
            </Alert>
          ) : state && state.deployments.length > 0 && !inProgress ? (
            <p className="text-sm text-muted">{t('publish.unpublished')}</p>
          ) : state && hasDraft && !inProgress ? (
            <p className="text-sm text-muted">{t('publish.notPublished')}</p>
          ) : null}
          {latest?.status === 'failed' && !inProgress ? (
            <Alert variant="error">
              <AlertDescription>{failureReason(latest)}</AlertDescription>
              {/* The editor lists each blocker with a button to its section, and re-checks as they are fixed. */}
              {latest.checks.some((c) => c.level === 'error') ? (
                <AlertActions>
                  <Button asChild variant="secondary">
                    <Link href={`/dashboard/projects/${projectId}/edit`}>{t('publish.fixInEditor')}</Link>
                  </Button>
                </AlertActions>
              ) : null}
            </Alert>
          ) : null}
          {error ? (
            <Alert variant="warning">
              <AlertDescription>{error.message}</AlertDescription>
              {error.code === 'PAYMENT_REQUIRED' ? (
                <AlertActions>
                  <Button asChild>
                    <Link href="/dashboard/billing">{t('publish.paymentDue')}</Link>
                  </Button>
                </AlertActions>
              ) : null}
            </Alert>
          ) : null}
        </div>
        <details open={Boolean(state?.deployments.length)} className="group">
          <summary className="flex min-h-11 cursor-pointer items-center text-sm font-semibold">
            {t('publish.deployments', { count: state?.deployments.length ?? 0 })}
          </summary>
          {state && state.deployments.length === 0 ? <p className="mt-2 text-sm text-muted">{t('publish.noDeployments')}</p> : null}
          <ul className="mt-2 space-y-2" data-testid="deployments">
            {state?.deployments.map((d) => (
              <li key={d.id} className="rounded-xl border border-gray-200 p-3 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="min-w-0 break-words">
                    <b>{t('publish.version', { version: d.version })}</b> ·{' '}
                    {format.dateTime(new Date(d.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}
                    {d.createdByEmail ? ` · ${t('publish.by', { email: d.createdByEmail })}` : ''}
                    {d.totalBytes ? ` · ${t('publish.size', { kilobytes: Math.round(d.totalBytes / 1024) })}` : ''}
                  </span>
                  <span className="flex items-center gap-2">
                    {statusBadge(d)}
                    {d.status === 'ready' && !d.isLive ? (
                      <Button
                        variant="secondary"
                        disabled={isPending}
                        onClick={() => run(() => rollbackAction({ projectId, deploymentId: d.id }))}
                      >
                        {t('publish.rollback')}
                      </Button>
                    ) : null}
                  </span>
                </div>
                {d.status === 'failed' && d !== latest ? <p className="mt-2 text-xs text-red-800">{failureReason(d)}</p> : null}
                {d.checks.some((c) => c.level !== 'ok') ? (
                  <ul className="mt-2 space-y-1 text-xs text-muted" aria-label={t('publish.checks')}>
                    {d.checks
                      .filter((c) => c.level !== 'ok')
                      .map((c) => (
                        <li key={`${c.id}-${c.level}`} className={c.level === 'error' ? 'text-red-800' : ''}>
                          {c.details?.length ? (
                            <details>
                              <summary className="cursor-pointer">{checkText(c)}</summary>
                              <ul className="mt-1 list-inside list-disc pl-2 break-words">
                                {c.details.map((line) => (
                                  <li key={line}>{line}</li>
                                ))}
                              </ul>
                            </details>
                          ) : (
                            checkText(c)
                          )}
                        </li>
                      ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      </section>
    </Card>
  );
}
