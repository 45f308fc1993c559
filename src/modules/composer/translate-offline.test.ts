import { describe, expect, it } from 'vitest';
import { checkI18nCompleteness } from '@/modules/document/check-i18n-completeness';
import { collectStringKeys } from '@/modules/document/collect-string-keys';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { composeOfflineSection } from './compose-offline-section';
import { composeOfflineSite } from './compose-offline-site';
import { genericTaxonomyKind, taxonomy } from '@/modules/brief/taxonomy';
import { bankIds } from './site-kind';
import { addLocaleOffline } from './translate-offline';
import { mergeGeneratedSection } from '@/modules/document/merge-generated-section';
import { checkTranslations } from '@/modules/build/check-translations';
import { hasBlockingErrors } from '@/modules/build/has-blocking-errors';

function withoutLocale(document: SiteDocument, locale: string): SiteDocument {
  const strings = { ...document.i18n.strings };
  delete strings[locale];
  return { ...document, i18n: { ...document.i18n, locales: document.i18n.locales.filter((other) => other !== locale), strings } };
}

/**
 * Every text we wrote comes back in the added language; the person's own words ("morning
 * classes", "escritório de advocacia trabalhista") and names, which the composer writes as they
 * were given in every language, are the only texts left as they were, and only they are reported.
 */
function expectRestored(original: SiteDocument, document: SiteDocument, kept: string, added: string, untranslatedKeys: readonly string[]) {
  const isTheirs = (key: string) => original.i18n.strings[added]![key] === original.i18n.strings[kept]![key];
  expect(untranslatedKeys.filter((key) => !isTheirs(key))).toEqual([]);
  const ours = (strings: Record<string, string>) => Object.fromEntries(Object.entries(strings).filter(([key]) => !isTheirs(key)));
  expect({ kept, added, strings: ours(document.i18n.strings[added]!) }).toEqual({
    kept,
    added,
    strings: ours(original.i18n.strings[added]!),
  });
}

const prompts = [
  'a landing page for a vegan bakery in Lisbon',
  'site para minha barbearia no centro de Curitiba, chamada Navalha de Ouro. Atendemos de terça a sábado das 9h às 20h.',
  'escritório de advocacia trabalhista em São Paulo',
  'Clínica odontológica Sorriso em Recife, atendimento 24h, Rua da Aurora, 120',
  'restaurante familiar no Rio com delivery',
  'yoga studio in Brooklyn with morning classes',
  'ONG que ajuda crianças em Belém',
];

describe('addLocaleOffline', () => {
  it.each(prompts)('restores the phrase-bank counterpart of every composed text: %s', (prompt) => {
    for (const [kept, added] of [
      ['en', 'pt-BR'],
      ['pt-BR', 'en'],
    ] as const) {
      const original = composeOfflineSite({ prompt, locales: [kept, added] });
      const { document, untranslatedKeys } = addLocaleOffline(withoutLocale(original, added), added);
      expectRestored(original, document, kept, added, untranslatedKeys);
      expect(document.i18n.locales).toEqual([kept, added]);
    }
  });

  it('translates a kind of every phrase bank, whatever the seed', () => {
    for (const kind of bankIds.map((id) => taxonomy.find((entry) => entry.copy === id) ?? genericTaxonomyKind)) {
      const original = composeOfflineSite({
        prompt: 'Something in Porto Alegre',
        locales: ['pt-BR', 'en'],
        businessKind: kind.id,
        seed: 7,
      });
      const { document, untranslatedKeys } = addLocaleOffline(withoutLocale(original, 'en'), 'en');
      expectRestored(original, document, 'pt-BR', `en (${kind.id})`.slice(0, 2), untranslatedKeys);
    }
    // Every kind composed and translated (~11 s alone): at CI's load it took 35–47 s, past the 30 s default.
  }, 120_000);

  it('translates regenerated sections too, but not what a person wrote', () => {
    const site = composeOfflineSite({
      prompt:
        'escritório de advocacia trabalhista em São Paulo. Atendemos trabalhadores e empresas com a mesma dedicação desde o primeiro contato.',
      locales: ['pt-BR'],
    });
    const merged = mergeGeneratedSection(site, composeOfflineSection(site, { type: 'cta', instruction: 'mais formal' }), {
      pageSlug: '',
      replaceSectionId: 'cta',
    });
    if (!merged.ok) throw new Error(merged.error);
    const edited = structuredClone(merged.document);
    edited.i18n.strings['pt-BR']['about.title'] = 'Nossa trajetória';
    const { document, untranslatedKeys } = addLocaleOffline(edited, 'en');
    // The person's edit is theirs; so are the words of their prompt (the about text, what the firm is).
    expect(untranslatedKeys).toContain('about.title');
    expect(untranslatedKeys).not.toContain('cta.title');
    expect(document.i18n.strings.en['about.title']).toBe('Nossa trajetória');
    expect(document.i18n.strings.en['cta.title']).toBe('Request a consultation');
  });

  it.each(prompts)('translates a composed site into Spanish and European Portuguese, and back: %s', (prompt) => {
    for (const [kept, added] of [
      ['en', 'es'],
      ['pt-BR', 'pt-PT'],
      ['es', 'en'],
      ['pt-PT', 'es'],
    ] as const) {
      const original = composeOfflineSite({ prompt, locales: [kept, added] });
      const { document, untranslatedKeys } = addLocaleOffline(withoutLocale(original, added), added);
      expectRestored(original, document, kept, added, untranslatedKeys);
    }
  });

  it('translates a landmark and the line asking for a phone, and a contact section written again keeps both', () => {
    const site = composeOfflineSite({ prompt: 'Florista em Évora, perto da Sé, encomendas por telefone', locales: ['pt-PT'] });
    const detailsOf = (document: SiteDocument) => {
      const contact = document.pages[0].sections.find((section) => section.type === 'contact');
      return contact?.type === 'contact' ? contact.details : undefined;
    };
    const details = detailsOf(site);
    expect(site.i18n.strings['pt-PT'][details?.addressKey ?? '']).toBe('Perto da Sé\nÉvora');
    for (const [locale, address, phone] of [
      ['en', 'Near Sé\nÉvora', 'Add your phone number'],
      ['es', 'Cerca de Sé\nÉvora', 'Indica tu número de teléfono'],
    ] as const) {
      const { document, untranslatedKeys } = addLocaleOffline(site, locale);
      expect(untranslatedKeys).toEqual([]);
      expect(document.i18n.strings[locale][details?.addressKey ?? '']).toBe(address);
      expect(document.i18n.strings[locale][details?.phoneToAdd?.textKey ?? '']).toBe(phone);
    }
    const merged = mergeGeneratedSection(site, composeOfflineSection(site, { type: 'contact', sectionId: 'contact' }), {
      pageSlug: '',
      replaceSectionId: 'contact',
    });
    if (!merged.ok) throw new Error(merged.error);
    const again = detailsOf(merged.document);
    expect(merged.document.i18n.strings['pt-PT'][again?.addressKey ?? '']).toBe('Perto da Sé\nÉvora');
    expect(again?.map?.href).toBe('https://www.google.com/maps/search/?api=1&query=S%C3%A9%2C+%C3%89vora');
    expect(again?.phoneToAdd?.isSample).toBe(true);
    expect(again?.phone).toBeUndefined();
  });

  it('copies and flags texts for languages without a phrase bank, or that it did not write', () => {
    const french = addLocaleOffline(veganBakery, 'fr');
    expect(french.document.i18n.locales).toEqual(['en', 'pt-BR', 'fr']);
    expect(french.untranslatedKeys).toEqual(collectStringKeys(veganBakery));
    expect(french.document.i18n.strings.fr['hero.title']).toBe(veganBakery.i18n.strings.en['hero.title']);
    expect(checkI18nCompleteness(french.document).isComplete).toBe(true);
    expect(parseSiteDocument(french.document).ok).toBe(true);
    // The fixture was written by hand, not by the composer: nothing of it is in the phrase bank.
    expect(addLocaleOffline(veganBakery, 'es').untranslatedKeys).toContain('hero.subtitle');
  });

  it('copies a locale of the same written language without flagging it, but not pt-BR into pt-PT', () => {
    const british = addLocaleOffline(veganBakery, 'en-GB');
    expect(british.untranslatedKeys).toEqual([]);
    expect(british.document.i18n.strings['en-GB']['hero.title']).toBe(veganBakery.i18n.strings.en['hero.title']);
    const european = addLocaleOffline(veganBakery, 'pt-PT');
    expect(european.untranslatedKeys).toContain('hero.subtitle');
  });

  it('flags texts it did not write (a model’s or a person’s)', () => {
    const { document, untranslatedKeys } = addLocaleOffline(withoutLocale(veganBakery, 'pt-BR'), 'pt-BR');
    expect(untranslatedKeys.length).toBeGreaterThan(0);
    expect(untranslatedKeys).toContain('hero.subtitle');
    expect(checkI18nCompleteness(document).isComplete).toBe(true);
  });

  it('a language added offline over a person’s own text blocks publishing, naming the texts, until they are translated', () => {
    const site = composeOfflineSite({
      prompt: 'Padaria Pão de Ló em Coimbra. Somos a padaria do bairro há três gerações, com pão quente todas as manhãs.',
      locales: ['pt-PT'],
    });
    const aboutBody = (site.pages[0]!.sections.find((section) => section.type === 'about') as { bodyKey: string }).bodyKey;
    const edited = structuredClone(site);
    edited.i18n.strings['pt-PT']![aboutBody] = 'Fazemos pão com fermento natural desde que a avó Lurdes abriu a porta.';
    const { document, untranslatedKeys } = addLocaleOffline(edited, 'en');
    expect(untranslatedKeys).toContain(aboutBody);
    const checks = checkTranslations(document);
    expect(hasBlockingErrors(checks)).toBe(true);
    expect(checks[0]!.details?.[0]).toContain(aboutBody);
    // Everything the composer wrote itself was translated; what is left are the person's texts.
    for (const key of untranslatedKeys) expect(document.i18n.strings.en![key]).toBe(edited.i18n.strings['pt-PT']![key]);
    for (const key of untranslatedKeys) document.i18n.strings.en![key] = `In English: ${key}`;
    expect(hasBlockingErrors(checkTranslations(document))).toBe(false);
  });

  it('leaves the input alone, returns documents that already have the locale as they are, and refuses non-locales', () => {
    const before = structuredClone(veganBakery);
    addLocaleOffline(veganBakery, 'fr');
    expect(veganBakery).toEqual(before);
    expect(addLocaleOffline(veganBakery, 'pt_br')).toEqual({ document: veganBakery, untranslatedKeys: [] });
    expect(() => addLocaleOffline(veganBakery, 'klingon!')).toThrow(RangeError);
  });
});
