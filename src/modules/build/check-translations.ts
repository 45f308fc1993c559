import { checkI18nCompleteness } from '@/modules/document/check-i18n-completeness';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { plural } from './plural';
import { summarizeCheck } from './summarize-check';
import type { CheckResult } from './types';

const SAMPLE = 5;

/**
 * Texts missing in a locale. Not blocking: the renderer falls back to the default locale, so
 * visitors see the text in the other language rather than a gap.
 */
export function checkTranslations(document: SiteDocument): CheckResult[] {
  const { missing } = checkI18nCompleteness(document);
  const warnings = Object.entries(missing).map(([locale, keys]) => {
    const sample = keys.slice(0, SAMPLE).join(', ') + (keys.length > SAMPLE ? ', …' : '');
    return `${locale}: ${plural(keys.length, 'text')} missing (${sample})`;
  });
  return summarizeCheck(
    'translations',
    { errors: [], warnings },
    {
      warning: (count) => `${count === 1 ? 'One language is' : `${count} languages are`} missing some texts; visitors see the default language there.`,
      ok: 'Every text is written in every language.',
    },
  );
}
