'use client';

import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import Link from 'next/link';
import { publishAction, rollbackAction, unpublishAction } from '@/modules/host/actions';
import { localizeErrorMessage } from '@/lib/i18n/localize-error';
import { isUnfinishedStatus, type DeploymentStatus } from '../deployment-status';
import { checkMessage, type PublishStrings } from './publish-strings';

type Deployment = {
  id: string;
  version: number;
  status: DeploymentStatus;
  checks: Array<{ id: string; level: 'error' | 'warning' | 'ok'; message: string; count?: number; details?: string[] }>;
  totalBytes: number | null;
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

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export function PublishPanel({ projectId, slug, hasDraft, strings: t, locale }: { projectId: string; slug: string; hasDraft: boolean; strings: PublishStrings; locale: string }) {
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const [watching, setWatching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(async () => {
    const r = await fetch(`/api/projects/${projectId}/deployments`, { cache: 'no-store' });
    if (!r.ok) return null;
    const next = (await r.json()) as State;
    setState(next);
    return next;
  }, [projectId]);

  useEffect(() => {
    void refresh();
    return () => clearTimeout(timer.current);
  }, [refresh]);

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
  const stepLabel = { queued: t.stepQueued, building: t.stepBuilding, checking: t.stepChecking, ready: t.stepLive };
  const live = state?.deployments.find((d) => d.isLive);
  const failureReason = (d: Deployment) =>
    d.checks.some((c) => c.level === 'error') ? t.checksFailed : d.isStalled || !d.error ? t.stalled : localizeErrorMessage(d.error, locale === 'pt-BR' ? 'pt-BR' : 'en');
  const statusBadge = (d: Deployment) => {
    if (d.isLive) return <span className="rounded-full bg-green-100 px-2 py-0.5 font-semibold text-green-900">{t.live}</span>;
    if (d.status === 'failed') return <span className="rounded-full bg-red-100 px-2 py-0.5 font-semibold text-red-900">{t.failed}</span>;
    if (d.isStalled) return <span className="rounded-full bg-amber-100 px-2 py-0.5 font-semibold text-amber-900">{t.stalledBadge}</span>;
    if (d.status === 'ready') return <span className="rounded-full bg-gray-100 px-2 py-0.5 font-semibold text-gray-800">{t.ready}</span>;
    return <span className="rounded-full bg-brand-100 px-2 py-0.5 font-semibold text-brand-900">{t.inProgress}</span>;
  };

  return (
    <section className="card space-y-4" aria-labelledby="publish-title" data-testid="publish-panel">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="publish-title" className="text-lg font-semibold">{t.title}</h2>
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn-primary" disabled={isPending || Boolean(inProgress)} aria-busy={isPending || Boolean(inProgress)} onClick={() => run(() => publishAction({ projectId }), true)}>
            {inProgress ? t.publishing : state?.deployments.length ? t.republish : t.publish}
          </button>
          {state?.isPublished ? (
            <button type="button" className="btn-secondary" disabled={isPending} onClick={() => window.confirm(t.unpublishConfirm) && run(() => unpublishAction({ projectId }))}>
              {t.unpublish}
            </button>
          ) : null}
        </div>
      </div>
      {!hasDraft && !state?.deployments.length ? <p className="text-sm text-muted">{t.needsDraft}</p> : null}
      {latest && (inProgress || watching) ? (
        <ol className="flex flex-wrap gap-2" aria-label={t.title} aria-live="polite">
          {STEPS.map((s, i) => (
            <li key={s} className={`rounded-full px-3 py-1 text-sm ${i < stepIndex || latest.status === 'ready' ? 'bg-green-100 text-green-900' : i === stepIndex ? 'bg-brand-100 font-semibold text-brand-900' : 'bg-gray-100 text-muted'}`} aria-current={i === stepIndex ? 'step' : undefined}>
              {i < stepIndex || latest.status === 'ready' ? '✓ ' : ''}{stepLabel[s]}
            </li>
          ))}
        </ol>
      ) : null}
      <div aria-live="polite">
        {state?.isPublished && live ? (
          <p className="rounded-xl bg-green-50 p-3 text-sm text-green-900" data-testid="live-url">
            {t.liveAt}{' '}
            <a className="break-all font-semibold underline" href={state.siteUrl} target="_blank" rel="noopener">{state.siteUrl}</a>
          </p>
        ) : state && state.deployments.length > 0 && !inProgress ? (
          <p className="text-sm text-muted">{t.unpublished}</p>
        ) : state && hasDraft && !inProgress ? (
          <p className="text-sm text-muted">{t.notPublished}</p>
        ) : null}
        {latest?.status === 'failed' && !inProgress ? (
          <p role="alert" className="mt-2 rounded-xl border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            {failureReason(latest)}
          </p>
        ) : null}
        {error ? (
          <div role="alert" className="mt-2 flex flex-col gap-2 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900 sm:flex-row sm:items-center sm:justify-between">
            <span>{error.message}</span>
            {error.code === 'PAYMENT_REQUIRED' ? <Link className="btn-primary" href="/dashboard/billing">{t.paymentDue}</Link> : null}
          </div>
        ) : null}
      </div>
      <details open={Boolean(state?.deployments.length)}>
        <summary className="cursor-pointer text-sm font-semibold">{t.deployments} ({state?.deployments.length ?? 0})</summary>
        {state && state.deployments.length === 0 ? <p className="mt-2 text-sm text-muted">{t.noDeployments}</p> : null}
        <ul className="mt-2 space-y-2" data-testid="deployments">
          {state?.deployments.map((d) => (
            <li key={d.id} className="rounded-xl border border-gray-200 p-3 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <b>{fill(t.version, { version: d.version })}</b> · {new Date(d.createdAt).toLocaleString(locale)}
                  {d.createdByEmail ? ` · ${fill(t.by, { email: d.createdByEmail })}` : ''}
                  {d.totalBytes ? ` · ${fill(t.size, { kb: Math.round(d.totalBytes / 1024) })}` : ''}
                </span>
                <span className="flex items-center gap-2">
                  {statusBadge(d)}
                  {d.status === 'ready' && !d.isLive ? (
                    <button type="button" className="btn-secondary min-h-9 py-1" disabled={isPending} onClick={() => run(() => rollbackAction({ projectId, deploymentId: d.id }))}>
                      {t.rollback}
                    </button>
                  ) : null}
                </span>
              </div>
              {d.status === 'failed' && d !== latest ? <p className="mt-2 text-xs text-red-800">{failureReason(d)}</p> : null}
              {d.checks.some((c) => c.level !== 'ok') ? (
                <ul className="mt-2 space-y-1 text-xs text-muted" aria-label={t.checks}>
                  {d.checks.filter((c) => c.level !== 'ok').map((c) => (
                    <li key={`${c.id}-${c.level}`} className={c.level === 'error' ? 'text-red-800' : ''}>
                      {c.details?.length ? (
                        <details>
                          <summary className="cursor-pointer">{checkMessage(t, c)}</summary>
                          <ul className="mt-1 list-inside list-disc break-words pl-2">
                            {c.details.map((line) => <li key={line}>{line}</li>)}
                          </ul>
                        </details>
                      ) : (
                        checkMessage(t, c)
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
  );
}
