/**
 * Which catalog message tells a publish check's result in the person's language: by check id
 * and level. Checks without a count (results stored before checks counted) and unknown warnings
 * keep their own (English) sentence; an unknown error gets the generic "n problems" one.
 */
const CHECK_KEYS = {
  'broken-links.error': 'publish.check.brokenLinksError',
  'broken-links.warning': 'publish.check.brokenLinksWarning',
  'alt-text.error': 'publish.check.altTextError',
  'alt-text.warning': 'publish.check.altTextWarning',
  'heading-order.warning': 'publish.check.headingOrderWarning',
  'contrast.error': 'publish.check.contrastError',
  'contrast.warning': 'publish.check.contrastWarning',
  'page-weight.error': 'publish.check.pageWeightError',
  'page-weight.warning': 'publish.check.pageWeightWarning',
  'translations.warning': 'publish.check.translationsWarning',
  // Blocking: a language with texts copied from another (a language added offline, an edit
  // written in one language) and example content that would read as real claims.
  'translations.error': 'publish.check.translationsError',
  'samples.error': 'publish.check.samplesError',
} as const;

export type CheckMessageKey = (typeof CHECK_KEYS)[keyof typeof CHECK_KEYS] | 'publish.check.otherError';

export type CheckResult = { id: string; level: 'error' | 'warning' | 'ok'; message: string; count?: number };

export function checkMessageKey(check: CheckResult): CheckMessageKey | null {
  if (check.count === undefined) return null;
  const key = `${check.id}.${check.level}`;
  if (Object.hasOwn(CHECK_KEYS, key)) return CHECK_KEYS[key as keyof typeof CHECK_KEYS];
  return check.level === 'error' ? 'publish.check.otherError' : null;
}
