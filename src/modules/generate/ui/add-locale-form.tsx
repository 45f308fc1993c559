'use client';

import { useState, type FormEvent } from 'react';
import { ADDABLE_LOCALES, localeName } from './studio-options';
import type { StudioLabels } from './studio-labels';
import type { StudioError } from './studio-events';
import { StudioErrorAlert } from './studio-error-alert';

/** "Add a language": the offered locales the site does not have yet. */
export function AddLocaleForm({ siteLocales, isBusy, isDisabled, error, onAdd, labels, resetsOn }: {
  siteLocales: readonly string[];
  isBusy: boolean;
  isDisabled: boolean;
  error: StudioError | null;
  onAdd: (locale: string) => Promise<boolean>;
  labels: StudioLabels;
  resetsOn: string;
}) {
  const e = labels.edit;
  const available = ADDABLE_LOCALES.filter((locale) => !siteLocales.includes(locale));
  const [chosen, setChosen] = useState<string>('');
  const locale = chosen !== '' && available.some((option) => option === chosen) ? chosen : (available[0] ?? '');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (locale !== '' && (await onAdd(locale))) setChosen('');
  }

  return (
    <section className="space-y-3" aria-labelledby="studio-add-locale">
      <h3 id="studio-add-locale" className="font-semibold">{e.addLocale}</h3>
      {available.length === 0 ? (
        <p className="text-sm text-muted">{e.allLocalesAdded}</p>
      ) : (
        <form className="flex flex-col gap-3 sm:flex-row sm:items-end" onSubmit={submit}>
          <div className="min-w-0 flex-1">
            <label className="label" htmlFor="studio-add-locale-select">{e.locale}</label>
            <select id="studio-add-locale-select" className="input" value={locale} disabled={isBusy} onChange={(event) => setChosen(event.target.value)}>
              {available.map((option) => (
                <option key={option} value={option} lang={option}>{localeName(option)}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-secondary" disabled={isDisabled} aria-busy={isBusy}>
            {isBusy ? labels.working : e.addLocaleSubmit}
          </button>
        </form>
      )}
      {error ? <StudioErrorAlert error={error} labels={labels} resetsOn={resetsOn} /> : null}
    </section>
  );
}
