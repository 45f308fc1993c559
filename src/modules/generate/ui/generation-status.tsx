'use client';

import { fill, type StudioLabels } from './studio-labels';
import { isGenerating, type StudioState } from './studio-state';
import { StudioErrorAlert } from './studio-error-alert';

/** The one-line status of the latest generation or edit ('' when there is nothing to say). */
export function statusText(state: StudioState, labels: StudioLabels['status']): string {
  switch (state.phase) {
    case 'planning':
      return labels.planning;
    case 'writing':
      return fill(labels.writing, { done: state.sectionIds.length, total: state.sectionsTotal ?? state.sectionIds.length });
    case 'saved':
      return state.saved ? fill(labels.saved, { version: state.saved.version }) : '';
    case 'cancelled':
      return labels.cancelled;
    case 'failed':
      return state.activity === 'generate' ? labels.failed : '';
    case 'idle':
      return '';
  }
}

/**
 * Milestones for screen readers. Per-section progress is left to the progress bar: announcing
 * every section would talk over the person. The text only changes at milestones, so each is
 * announced once.
 */
export function announcementText(state: StudioState, labels: StudioLabels['status']): string {
  if (state.phase === 'writing') return labels.firstSection;
  return statusText(state, labels);
}

export function GenerationStatus({ state, labels, resetsOn, onCancel }: {
  state: StudioState;
  labels: StudioLabels;
  resetsOn: string;
  onCancel: () => void;
}) {
  const text = statusText(state, labels.status);
  const isRunning = isGenerating(state);
  const hasProgress = state.activity === 'generate' && state.phase !== 'idle';
  if (!text && !state.error) return null;
  return (
    <div className="card space-y-3" data-testid="generation-status">
      <div className="flex items-center justify-between gap-3">
        <p className="min-w-0 font-medium" data-testid="studio-status">{text}</p>
        {isRunning ? (
          <button type="button" className="btn-secondary shrink-0" onClick={onCancel}>
            {labels.status.cancel}
          </button>
        ) : null}
      </div>
      {hasProgress ? (
        <div
          role="progressbar"
          aria-label={labels.status.progressLabel}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={state.percent}
          aria-valuetext={text ? `${text} (${state.percent}%)` : undefined}
          className="h-2 overflow-hidden rounded-full bg-gray-200"
        >
          <div className="h-full rounded-full bg-brand-600 transition-[width] duration-300" style={{ width: `${state.percent}%` }} />
        </div>
      ) : null}
      {state.phase === 'saved' && state.servedBy?.length ? (
        <p className="text-sm text-muted" data-testid="served-by">
          {labels.status.servedBy.replace(
            '{providers}',
            state.servedBy.map((p) => (p === 'offline' ? labels.status.offlineProvider : p === 'vllm' ? 'vLLM' : p === 'openai' ? 'OpenAI' : p)).join(' + '),
          )}
        </p>
      ) : null}
      {state.error ? <StudioErrorAlert error={state.error} labels={labels} resetsOn={resetsOn} /> : null}
    </div>
  );
}
