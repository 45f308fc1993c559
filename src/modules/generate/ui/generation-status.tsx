'use client';

import { CircleAlert, CircleCheck, CircleMinus } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Button } from '@/lib/ui/button';
import { Card } from '@/lib/ui/card';
import { Progress } from '@/lib/ui/progress';
import { Spinner } from '@/lib/ui/spinner';
import { isGenerating, progressOf, type BriefCoverage, type StudioState } from './studio-state';
import { StudioErrorAlert } from './studio-error-alert';

const PROVIDER_NAMES: Record<string, string> = { vllm: 'vLLM', openai: 'OpenAI' };

/** The one-line status of the latest generation or edit ('' when there is nothing to say), and its announcement. */
export function useStudioStatus(state: StudioState): { text: string; percent: number; announcement: string } {
  const t = useTranslations('studio.status');
  const progress = progressOf(state);
  let text = '';
  switch (state.phase) {
    case 'planning':
    case 'writing':
      text = progress.stage === 'planning' ? t('planning') : t('writing', { done: progress.done, total: progress.total });
      break;
    case 'saved':
      text = state.saved ? t('saved', { version: state.saved.version }) : '';
      break;
    case 'cancelled':
      text = t('cancelled');
      break;
    case 'failed':
      text = state.activity === 'generate' ? t('failed') : '';
      break;
    case 'idle':
      break;
  }
  // Milestones for screen readers. Per-section progress is left to the progress bar: announcing
  // every section would talk over the person. The text only changes at milestones.
  return { text, percent: progress.percent, announcement: state.phase === 'writing' ? t('firstSection') : text };
}

export function GenerationStatus({ state, resetsOn, onCancel }: { state: StudioState; resetsOn: Date; onCancel: () => void }) {
  const t = useTranslations('studio.status');
  const { text, percent } = useStudioStatus(state);
  const isRunning = isGenerating(state);
  const hasProgress = state.activity === 'generate' && state.phase !== 'idle';
  if (!text && !state.error) return null;
  return (
    <Card className="space-y-3" data-testid="generation-status">
      <div className="flex items-center justify-between gap-3">
        <p className="flex min-w-0 items-center gap-2 font-medium">
          {isRunning ? <Spinner className="text-brand-600" /> : null}
          <span data-testid="studio-status">{text}</span>
        </p>
        {isRunning ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('cancel')}
          </Button>
        ) : null}
      </div>
      {hasProgress ? (
        <Progress
          value={percent}
          aria-label={t('progressLabel')}
          getValueLabel={(percent) => (text ? t('progressText', { status: text, percent }) : `${percent}%`)}
        />
      ) : null}
      {state.phase === 'saved' && state.servedBy?.length ? (
        <p className="text-sm text-muted" data-testid="served-by">
          {t('servedBy', {
            providers: state.servedBy.map((p) => (p === 'offline' ? t('offlineProvider') : (PROVIDER_NAMES[p] ?? p))).join(' + '),
          })}
        </p>
      ) : null}
      {state.phase === 'saved' && state.activity === 'generate' && (state.coverage?.features.length || state.coverage?.items?.length) ? (
        <CoverageList coverage={state.coverage} />
      ) : null}
      {state.error ? <StudioErrorAlert error={state.error} resetsOn={resetsOn} /> : null}
    </Card>
  );
}

/**
 * The brief check, shown with the new draft: each thing the person asked for and whether the
 * site has it, so nothing asked for goes missing silently.
 */
function CoverageList({ coverage }: { coverage: BriefCoverage }) {
  const t = useTranslations('studio.coverage');
  const names = useTranslations('studio.brief');
  const missingItems = (coverage.items ?? []).filter((entry) => entry.status === 'missing');
  const missing = coverage.features.filter((entry) => entry.status === 'missing').length + missingItems.length;
  return (
    <section aria-labelledby="coverage-title" className="border-t border-gray-200 pt-3" data-testid="brief-coverage">
      <h3 id="coverage-title" className="text-sm font-semibold">
        {t('title')}
      </h3>
      <p className="text-sm text-muted">{missing === 0 ? t('allPresent') : t('someMissing', { count: missing })}</p>
      <ul className="mt-2 grid gap-1.5 text-sm sm:grid-cols-2">
        {coverage.features.map(({ feature, status }) => (
          <li key={feature} className="flex min-w-0 items-start gap-2" data-status={status}>
            {status === 'present' ? (
              <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-green-700" />
            ) : status === 'missing' ? (
              <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-amber-700" />
            ) : (
              <CircleMinus aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted" />
            )}
            <span className="min-w-0">
              {names('featureName', { feature })}
              <span className="sr-only">: </span>
              <span className="block text-xs text-muted">
                {status === 'present' ? t('present') : status === 'missing' ? t('missing') : t('withheld')}
              </span>
            </span>
          </li>
        ))}
        {missingItems.map(({ text }) => (
          <li key={`item:${text}`} className="flex min-w-0 items-start gap-2" data-status="missing">
            <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-amber-700" />
            <span className="min-w-0">
              {text}
              <span className="sr-only">: </span>
              <span className="block text-xs text-muted">{t('missing')}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
