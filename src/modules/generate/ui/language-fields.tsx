'use client';

import { CREATE_LOCALES, localeName } from './studio-options';
import type { StudioLabels } from './studio-labels';

/** Checked locales in the fixed offer order, so "the first checked" is well defined. */
export function orderedLocales(checked: readonly string[]): string[] {
  return CREATE_LOCALES.filter((locale) => checked.includes(locale));
}

/** The default language: the chosen one while it is checked, else the first checked. */
export function effectiveDefault(checked: readonly string[], chosen: string | null): string | null {
  const ordered = orderedLocales(checked);
  return chosen !== null && ordered.includes(chosen) ? chosen : (ordered[0] ?? null);
}

/** Site languages (checkboxes, at least one) and, with two or more, which one is the default. */
export function LanguageFields({ checked, chosenDefault, onCheckedChange, onDefaultChange, error, disabled, labels }: {
  checked: string[];
  chosenDefault: string | null;
  onCheckedChange: (locales: string[]) => void;
  onDefaultChange: (locale: string) => void;
  error: string | undefined;
  disabled: boolean;
  labels: StudioLabels['form'];
}) {
  const ordered = orderedLocales(checked);
  const defaultLocale = effectiveDefault(checked, chosenDefault);
  return (
    <div className="space-y-3">
      <fieldset aria-describedby={error ? 'studio-languages-error' : undefined} disabled={disabled}>
        <legend className="label">{labels.languages}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {CREATE_LOCALES.map((locale) => (
            <label key={locale} className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-5 accent-brand-600"
                checked={checked.includes(locale)}
                aria-invalid={error ? true : undefined}
                onChange={(event) => onCheckedChange(event.target.checked ? [...checked, locale] : checked.filter((other) => other !== locale))}
              />
              <span lang={locale}>{localeName(locale)}</span>
            </label>
          ))}
        </div>
        {error ? <p id="studio-languages-error" className="field-error">{error}</p> : null}
      </fieldset>
      {ordered.length >= 2 ? (
        <fieldset aria-describedby="studio-default-language-hint" disabled={disabled}>
          <legend className="label">{labels.defaultLanguage}</legend>
          <p id="studio-default-language-hint" className="-mt-1 mb-1 text-xs text-muted">{labels.defaultLanguageHint}</p>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {ordered.map((locale) => (
              <label key={locale} className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="studio-default-language"
                  className="size-5 accent-brand-600"
                  checked={locale === defaultLocale}
                  onChange={() => onDefaultChange(locale)}
                />
                <span lang={locale}>{localeName(locale)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
