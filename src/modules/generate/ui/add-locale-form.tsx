'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { NativeSelect } from '@/lib/ui/native-select';
import type { StudioError } from '../wire';
import { ADDABLE_LOCALES, localeName } from '../studio-options';
import { StudioErrorAlert } from './studio-error-alert';

/** "Add a language": the offered locales the site does not have yet. */
export function AddLocaleForm({
  siteLocales,
  isBusy,
  isDisabled,
  error,
  onAdd,
  resetsOn,
}: {
  siteLocales: readonly string[];
  isBusy: boolean;
  isDisabled: boolean;
  error: StudioError | null;
  onAdd: (locale: string) => Promise<boolean>;
  resetsOn: Date;
}) {
  const t = useTranslations('studio.edit');
  const tc = useTranslations('common');
  const available = ADDABLE_LOCALES.filter((locale) => !siteLocales.includes(locale));
  const [chosen, setChosen] = useState<string>('');
  const locale = chosen !== '' && available.some((option) => option === chosen) ? chosen : (available[0] ?? '');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (locale !== '' && (await onAdd(locale))) setChosen('');
  }

  return (
    <section className="space-y-3" aria-labelledby="studio-add-locale">
      <h3 id="studio-add-locale" className="font-semibold">
        {t('addLocale')}
      </h3>
      {available.length === 0 ? (
        <p className="text-sm text-muted">{t('allLocalesAdded')}</p>
      ) : (
        <form className="flex flex-col gap-3 sm:flex-row sm:items-end" onSubmit={submit}>
          <FormField id="studio-add-locale-select" label={t('locale')} className="flex-1">
            {(field) => (
              <NativeSelect {...field} value={locale} disabled={isBusy} onChange={(event) => setChosen(event.target.value)}>
                {available.map((option) => (
                  <option key={option} value={option} lang={option}>
                    {localeName(option)}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          <Button type="submit" variant="secondary" disabled={isDisabled} aria-busy={isBusy}>
            {isBusy ? tc('working') : t('addLocaleSubmit')}
          </Button>
        </form>
      )}
      {error ? <StudioErrorAlert error={error} resetsOn={resetsOn} /> : null}
    </section>
  );
}
