import { createTranslator } from 'use-intl/core';
import { formats, TIME_ZONE } from '@/lib/i18n/formats';
import { MESSAGES } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/translate';
import type { LegalPageName } from './legal-pages';

// Whole keys, so the catalog test sees each one used (it cannot follow keys built at run time).
const SECTIONS = {
  terms: {
    intro: 'terms.intro',
    sections: [
      ['terms.accountTitle', 'terms.account'],
      ['terms.contentTitle', 'terms.content'],
      ['terms.plansTitle', 'terms.plans'],
      ['terms.serviceTitle', 'terms.service'],
      ['terms.endingTitle', 'terms.ending'],
      ['terms.contactTitle', 'terms.contact'],
    ],
  },
  privacy: {
    intro: 'privacy.intro',
    sections: [
      ['privacy.collectTitle', 'privacy.collect'],
      ['privacy.sitesTitle', 'privacy.sites'],
      ['privacy.sharingTitle', 'privacy.sharing'],
      ['privacy.rightsTitle', 'privacy.rights'],
      ['privacy.contactTitle', 'privacy.contact'],
    ],
  },
} as const;

/**
 * The built-in terms or privacy text in `locale` (legal.* in the message catalogs) as Markdown:
 * what a page shows until the agency saves its own, and where the admin editor starts from.
 */
export function builtInLegalText(page: LegalPageName, locale: Locale): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], formats, timeZone: TIME_ZONE, namespace: 'legal' });
  const { intro, sections } = SECTIONS[page];
  return [t(intro), ...sections.map(([heading, body]) => `## ${t(heading)}\n\n${t(body)}`)].join('\n\n') + '\n';
}
