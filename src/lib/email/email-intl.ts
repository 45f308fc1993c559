import { formats, TIME_ZONE } from '@/lib/i18n/formats';
import { MESSAGES } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/translate';

/**
 * What next-intl's framework-free `createTranslator` needs for a mail in `locale`: mails are
 * sent from actions, jobs and scripts alike, outside any request.
 */
export function emailIntl(locale: Locale) {
  return { locale, messages: MESSAGES[locale], formats, timeZone: TIME_ZONE };
}
