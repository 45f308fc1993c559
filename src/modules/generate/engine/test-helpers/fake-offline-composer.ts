import { allSectionsDocument } from '@/modules/document/fixtures/all-sections';
import { sectionExamples, sectionExampleStrings } from '@/modules/document/fixtures/section-examples';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { OfflineLocaleComposer } from '../add-locale';
import type { OfflineComposer, OfflineSectionRequest, OfflineSiteInput } from '../generation-types';
import { inlineSection } from '@/modules/document/inline-section';

export type FakeOfflineComposer = OfflineComposer &
  OfflineLocaleComposer & { siteCalls: OfflineSiteInput[]; sectionCalls: OfflineSectionRequest[] };

/**
 * A stand-in for the real offline composer (a separate module): the vegan bakery fixture for
 * whole sites, the registry's example sections (texts prefixed "Offline") for single sections,
 * and copies of the default texts for a new locale.
 */
export function fakeOfflineComposer(): FakeOfflineComposer {
  const siteCalls: OfflineSiteInput[] = [];
  const sectionCalls: OfflineSectionRequest[] = [];
  return {
    siteCalls,
    sectionCalls,
    composeSite(input) {
      siteCalls.push(input);
      const document = structuredClone(veganBakery);
      const strings: SiteDocument['i18n']['strings'] = {};
      for (const locale of input.locales) strings[locale] = { ...(veganBakery.i18n.strings[locale] ?? veganBakery.i18n.strings.en) };
      document.i18n = { defaultLocale: input.locales[0], locales: [...input.locales], strings };
      return document;
    },
    composeSection(document, request) {
      sectionCalls.push(request);
      const table = Object.fromEntries(Object.entries(sectionExampleStrings).map(([key, text]) => [key, `Offline ${text}`]));
      const strings = Object.fromEntries(document.i18n.locales.map((locale) => [locale, table]));
      const source = { ...allSectionsDocument, i18n: { ...allSectionsDocument.i18n, locales: document.i18n.locales, strings } };
      return inlineSection(sectionExamples[request.type], source, document.i18n.locales);
    },
    addLocale(document, locale) {
      const copy = structuredClone(document);
      copy.i18n.locales.push(locale);
      copy.i18n.strings[locale] = { ...document.i18n.strings[document.i18n.defaultLocale] };
      return { document: copy, untranslatedKeys: Object.keys(copy.i18n.strings[locale]) };
    },
  };
}
