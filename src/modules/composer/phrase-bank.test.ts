import { describe, expect, it } from 'vitest';
import { buildTranslationIndex, collectPhrases } from './translation-index';
import { allCopies, copyIds, kindCopy } from './kind-copy';
import { derivedCopy, navLabels, sectionHeadings, uiCopy } from './headings';
import { hintDefs } from '@/modules/brief/hints';
import { starterPosts } from './blog-posts';
import { langPack, nounIn, phraseIn } from './lang-packs';
import { bankIds, siteKind } from './site-kind';
import { genericTaxonomyKind, taxonomy, taxonomyKindById } from '@/modules/brief/taxonomy';
import { textLangs } from '@/modules/brief/languages';
import { placeholdersIn } from '@/modules/brief/text';
import { briefFromDocument } from './brief-from-document';
import { composeOfflineSite } from './compose-offline-site';
import type { Bi } from '@/modules/brief/kind-types';

// Every placeholder a language's templates may use: the shared ones plus its pack's agreement words.
const SHARED = ['name', 'place', 'thePlace', 'inPlace', 'ofPlace', 'label', 'Label', 'noun', 'Noun', 'price'];
const allowedIn = (lang: (typeof textLangs)[number]) => new Set([...SHARED, ...Object.keys(langPack(lang).agreement.f)]);

const sources = [
  allCopies(),
  sectionHeadings,
  navLabels,
  uiCopy,
  derivedCopy,
  starterPosts,
  hintDefs.map((hint) => [hint.feature, hint.faq]),
];
const phrases = collectPhrases(sources, []);

// Placeholders grouped by what they mention; each language may pick its own form ("{inPlace}" / "{place}").
const group = (name: string) =>
  /^(place|thePlace|inPlace|ofPlace)$/.test(name) ? 'place' : /^(label|Label|noun|Noun)$/.test(name) ? 'kind' : name;
const mentions = (template: string) =>
  [
    ...new Set(
      placeholdersIn(template)
        .filter((name) => SHARED.includes(name))
        .map(group),
    ),
  ].sort();

describe('phrase bank', () => {
  it('has a bank with a site shape for every bank a kind names, and no bank no kind uses', () => {
    const named = new Set([...taxonomy, genericTaxonomyKind].flatMap((kind) => (kind.copy ? [kind.copy] : [])));
    expect([...named].filter((id) => !bankIds.includes(id))).toEqual([]);
    expect(bankIds.filter((id) => !named.has(id))).toEqual([]);
    expect([...copyIds].sort()).toEqual([...bankIds].sort());
  });

  it('has enough material in every bank for every section', () => {
    for (const id of bankIds) {
      const kind = siteKind(taxonomy.find((entry) => entry.copy === id) ?? genericTaxonomyKind);
      const copy = kindCopy(id);
      expect(copy.heroes.length, kind.id).toBeGreaterThanOrEqual(2);
      expect(copy.features.length, kind.id).toBeGreaterThanOrEqual(3);
      expect(copy.offers.length, kind.id).toBeGreaterThanOrEqual(3);
      expect(copy.quotes.length, kind.id).toBeGreaterThanOrEqual(3);
      expect(copy.faq.length, kind.id).toBeGreaterThanOrEqual(2);
      if (kind.sections.includes('pricing') && id !== 'generic') expect(copy.plans, kind.id).toBeDefined();
    }
    expect(bankIds.length).toBeGreaterThanOrEqual(30);
  });

  it('writes every phrase in every language, mentioning the same things with that language’s placeholders', () => {
    expect(phrases.length).toBeGreaterThan(1500);
    const problems: string[] = [];
    for (const phrase of phrases) {
      for (const lang of textLangs) {
        const text = phraseIn(phrase, lang);
        if (text === undefined || text.trim() === '') {
          problems.push(`${lang} lacks: ${phrase[0]}`);
          continue;
        }
        if (JSON.stringify(mentions(text)) !== JSON.stringify(mentions(phrase[0])))
          problems.push(`${lang} mentions other things: ${phrase[0]} / ${text}`);
        const unknown = placeholdersIn(text).filter((name) => !allowedIn(lang).has(name));
        if (unknown.length > 0) problems.push(`${lang} uses {${unknown.join('}, {')}}: ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no translation for a phrase the bank no longer has (an edited source must be translated again)', () => {
    const sources = new Set(phrases.map((phrase) => phrase[0]));
    for (const lang of textLangs) {
      const orphans = Object.keys(langPack(lang).phrases ?? {}).filter((english) => !sources.has(english));
      expect(orphans, lang).toEqual([]);
    }
  });

  it('names every kind in each language by a noun the pack knows (European Portuguese says "ginásio", not "academia")', () => {
    const englishNouns = new Set([...taxonomy, genericTaxonomyKind].map(siteKind).map((kind) => kind.noun.en));
    for (const lang of textLangs) {
      for (const [english, [noun, gender]] of Object.entries(langPack(lang).nouns ?? {})) {
        expect(englishNouns.has(english), `${lang}: ${english} is no kind's noun`).toBe(true);
        expect(noun.trim(), english).not.toBe('');
        expect(['m', 'f']).toContain(gender);
      }
    }
    const gym = siteKind(taxonomyKindById('gym')!);
    expect(nounIn(gym, 'pt-PT')).toMatchObject({ noun: 'ginásio', gender: 'm' });
    expect(nounIn(gym, 'pt-BR')).toMatchObject({ noun: 'academia', gender: 'f' });
    expect(nounIn(gym, 'es')).toMatchObject({ noun: 'gimnasio', gender: 'm' });
  });

  it('states no numbers of its own, in any language: counts, delays and policies are facts only the business can give', () => {
    // Testimonials, statistics, brand names and example plans are written as marked samples
    // (isSample), which the pre-publish check flags; everything else publishes as written.
    // derivedCopy only wraps facts the prompt gave (its "24 hours" follows a prompt's "24h").
    const SAMPLE_FIELDS = new Set(['quotes', 'stats', 'plans', 'names']);
    const withoutSamples = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(withoutSamples)
        : value !== null && typeof value === 'object' && !(value instanceof RegExp)
          ? Object.fromEntries(
              Object.entries(value).flatMap(([name, child]) => (SAMPLE_FIELDS.has(name) ? [] : [[name, withoutSamples(child)]])),
            )
          : value;
    const published = collectPhrases(
      withoutSamples([allCopies(), sectionHeadings, navLabels, uiCopy, starterPosts, hintDefs.map((hint) => [hint.feature, hint.faq])]),
      [],
    );
    expect(published.length).toBeGreaterThan(1000);
    const withDigits = published.flatMap((phrase: Bi) =>
      textLangs.map((lang) => phraseIn(phrase, lang) ?? '').filter((text) => /\d/.test(text)),
    );
    expect(withDigits).toEqual([]);
  });

  it('never gives one text two different translations, in any language (the reverse index depends on it)', () => {
    const document = composeOfflineSite({ prompt: 'bakery in Lisbon', locales: ['en', 'pt-BR'] });
    const brief = briefFromDocument(document);
    const index = buildTranslationIndex(brief, document, '');
    const clashes: string[] = [];
    for (const phrase of phrases) {
      const texts = textLangs.map((lang) => phraseIn(phrase, lang) ?? '');
      if (texts.some((text) => text.includes('{'))) continue;
      for (const [position, lang] of textLangs.entries()) {
        const found = index[lang].get(texts[position]);
        if (!found) continue;
        for (const [other, otherLang] of textLangs.entries())
          if (found.in(otherLang) !== texts[other])
            clashes.push(`${lang} "${texts[position]}" → ${otherLang} "${found.in(otherLang)}" / "${texts[other]}"`);
      }
    }
    expect([...new Set(clashes)].sort()).toEqual([]);
  });
});
