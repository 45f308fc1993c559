'use client';

import { useTranslations } from 'next-intl';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { Alert, AlertActions, AlertDescription } from '@/lib/ui/alert';
import { Button } from '@/lib/ui/button';
import type { StudioError } from '../wire';
import { StudioErrorAlert } from './studio-error-alert';

/** A generation that stopped part-way: continue it, or go back to the saved version. */
export function PartialNotice({
  partial,
  savedVersion,
  isBusy,
  isDisabled,
  error,
  onContinue,
  onShowSaved,
  resetsOn,
}: {
  partial: SiteDocument;
  savedVersion: number | null;
  isBusy: boolean;
  isDisabled: boolean;
  error: StudioError | null;
  onContinue: () => void;
  onShowSaved: () => void;
  resetsOn: Date;
}) {
  const t = useTranslations('studio.status');
  const tc = useTranslations('common');
  const home = partial.pages.find((page) => page.slug === '');
  const done = home?.sections.length ?? 0;
  return (
    <div className="space-y-3">
      <Alert variant="warning" role="note">
        <AlertDescription>{t('partialNotice', { done })}</AlertDescription>
        <AlertActions>
          <Button onClick={onContinue} disabled={isDisabled} aria-busy={isBusy}>
            {isBusy ? tc('working') : t('continue')}
          </Button>
          {savedVersion !== null ? (
            <Button variant="secondary" onClick={onShowSaved} disabled={isDisabled}>
              {t('showSaved', { version: savedVersion })}
            </Button>
          ) : null}
        </AlertActions>
      </Alert>
      {error ? <StudioErrorAlert error={error} resetsOn={resetsOn} /> : null}
    </div>
  );
}
