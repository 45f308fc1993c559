'use client';

import { useTranslations } from 'next-intl';
import { Checkbox } from '@/lib/ui/checkbox';
import { FieldError } from '@/lib/ui/form-field';
import { RadioGroup, RadioGroupItem } from '@/lib/ui/radio-group';
import { CREATE_LOCALES, localeName } from '../studio-options';

/** Checked locales in the fixed offer order, so "the first checked" is well defined. */
export function orderedLocales(checked: readonly string[]): string[] {
  return CREATE_LOCALES.filter((locale) => checked.includes(locale));
}

/** The default language: the chosen one while it is checked, else the first checked. */
export function effectiveDefault(checked: readonly string[], chosen: string | null): string | null {
  const ordered = orderedLocales(checked);
  return chosen !== null && ordered.includes(chosen) ? chosen : (ordered[0] ?? null);
}

const legendClass = 'mb-1 block text-sm font-medium text-ink';

/** Site languages (checkboxes, at least one) and, with two or more, which one is the default. */
export function LanguageFields({
  checked,
  chosenDefault,
  onCheckedChange,
  onDefaultChange,
  error,
  disabled,
}: {
  checked: string[];
  chosenDefault: string | null;
  onCheckedChange: (locales: string[]) => void;
  onDefaultChange: (locale: string) => void;
  error: string | undefined;
  disabled: boolean;
}) {
  const t = useTranslations('studio.form');
  const ordered = orderedLocales(checked);
  const defaultLocale = effectiveDefault(checked, chosenDefault);
  return (
    <div className="space-y-3">
      <fieldset aria-describedby={error ? 'studio-languages-error' : undefined} disabled={disabled}>
        <legend className={legendClass}>{t('languages')}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {CREATE_LOCALES.map((locale) => (
            <label key={locale} htmlFor={`studio-language-${locale}`} className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
              <Checkbox
                id={`studio-language-${locale}`}
                checked={checked.includes(locale)}
                aria-invalid={error ? true : undefined}
                onCheckedChange={(isChecked) =>
                  onCheckedChange(isChecked === true ? [...checked, locale] : checked.filter((other) => other !== locale))
                }
              />
              <span lang={locale}>{localeName(locale)}</span>
            </label>
          ))}
        </div>
        <FieldError id="studio-languages-error">{error}</FieldError>
      </fieldset>
      {ordered.length >= 2 ? (
        <fieldset aria-describedby="studio-default-language-hint" disabled={disabled}>
          <legend className={legendClass}>{t('defaultLanguage')}</legend>
          <p id="studio-default-language-hint" className="-mt-1 mb-1 text-xs text-muted">
            {t('defaultLanguageHint')}
          </p>
          <RadioGroup value={defaultLocale ?? undefined} onValueChange={onDefaultChange} disabled={disabled}>
            {ordered.map((locale) => (
              <label key={locale} htmlFor={`studio-default-${locale}`} className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
                <RadioGroupItem id={`studio-default-${locale}`} value={locale} />
                <span lang={locale}>{localeName(locale)}</span>
              </label>
            ))}
          </RadioGroup>
        </fieldset>
      ) : null}
    </div>
  );
}
