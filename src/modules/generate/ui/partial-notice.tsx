'use client';

import type { SiteDocument } from '@/modules/document/site-document-schema';
import { fill, type StudioLabels } from './studio-labels';
import type { StudioError } from './studio-events';
import { StudioErrorAlert } from './studio-error-alert';

/** A generation that stopped part-way: continue it, or go back to the saved version. */
export function PartialNotice({ partial, savedVersion, isBusy, isDisabled, error, onContinue, onShowSaved, labels, resetsOn }: {
  partial: SiteDocument;
  savedVersion: number | null;
  isBusy: boolean;
  isDisabled: boolean;
  error: StudioError | null;
  onContinue: () => void;
  onShowSaved: () => void;
  labels: StudioLabels;
  resetsOn: string;
}) {
  const home = partial.pages.find((page) => page.slug === '');
  const done = home?.sections.length ?? 0;
  return (
    <div className="card space-y-3 border-amber-200 bg-amber-50">
      <p className="text-sm text-amber-900">{fill(labels.status.partialNotice, { done })}</p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <button type="button" className="btn-primary" onClick={onContinue} disabled={isDisabled} aria-busy={isBusy}>
          {isBusy ? labels.working : labels.status.continue}
        </button>
        {savedVersion !== null ? (
          <button type="button" className="btn-secondary" onClick={onShowSaved} disabled={isDisabled}>
            {fill(labels.status.showSaved, { version: savedVersion })}
          </button>
        ) : null}
      </div>
      {error ? <StudioErrorAlert error={error} labels={labels} resetsOn={resetsOn} /> : null}
    </div>
  );
}
