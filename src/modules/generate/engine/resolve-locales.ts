import { AppError } from '@/lib/errors';
import { normalizeLocale } from '@/modules/document/repair-i18n';

const MAX_LOCALES = 12;

/** Requested locales, normalized ('pt_br' → 'pt-BR') and deduplicated; the first is the default. */
export function resolveLocales(locales: readonly string[]): string[] {
  const resolved: string[] = [];
  for (const raw of locales) {
    const locale = normalizeLocale(raw);
    if (locale && !resolved.includes(locale)) resolved.push(locale);
  }
  if (resolved.length === 0) throw new AppError('VALIDATION', 'errors.generate.noLocales');
  if (resolved.length > MAX_LOCALES) throw new AppError('VALIDATION', 'errors.generate.tooManyLocales', { values: { max: MAX_LOCALES } });
  return resolved;
}
