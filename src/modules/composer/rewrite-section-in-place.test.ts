import { describe, expect, it } from 'vitest';
import { checkTranslations } from '@/modules/build/check-translations';
import { collectStringKeys } from '@/modules/document/collect-string-keys';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { composeOfflineSection } from './compose-offline-section';
import { composeOfflineSite } from './compose-offline-site';
import { parseEditInstruction } from './parse-edit-instruction';
import { rewriteSectionInPlace } from './rewrite-section-in-place';

// The audit's examples, and one of each intent in en, pt and es. Every rewrite works on the draft
// as it is: a text the person changed before is still theirs afterwards.

// Each prompt says something about the business in a sentence of its own: that is the about text.
const groomer = composeOfflineSite({
  prompt:
    'Dog grooming salon in Austin called Fluffy Paws. Our groomers have looked after the dogs of this neighbourhood for years, with patience and care. With a FAQ and prices',
  locales: ['en'],
});
const banho = composeOfflineSite({
  prompt:
    'Banho e tosa Pet Feliz em Campinas. Cuidamos dos cães e gatos do bairro com paciência e carinho há muitos anos. Com perguntas frequentes',
  locales: ['pt-BR', 'en'],
});
const peluqueria = composeOfflineSite({
  prompt:
    'Peluquería canina Guau en Sevilla, calle Feria 12, abierto de lunes a sábado de 9 a 19h, WhatsApp +34 612 345 678. Cuidamos a los perros del barrio con paciencia y cariño desde hace muchos años. Con preguntas frecuentes',
  locales: ['es'],
});

function rewrite(document: SiteDocument, sectionId: string, instruction: string): SiteDocument {
  const plan = parseEditInstruction(instruction);
  if (!plan) throw new Error(`not understood: ${instruction}`);
  const next = rewriteSectionInPlace(document, sectionId, plan);
  expect(parseSiteDocument(next).ok).toBe(true);
  return next;
}

function section(document: SiteDocument, type: string) {
  const found = document.pages[0]!.sections.find((candidate) => candidate.type === type);
  if (!found) throw new Error(`no ${type}`);
  return found;
}

const texts = (document: SiteDocument, locale: string, prefix: string) =>
  Object.entries(document.i18n.strings[locale]!)
    .filter(([key]) => key.startsWith(`${prefix}.`))
    .map(([, text]) => text);

/** A person's own edit of a string, as the studio saves it. */
function edit(document: SiteDocument, locale: string, key: string, text: string): SiteDocument {
  const next = structuredClone(document);
  next.i18n.strings[locale]![key] = text;
  return next;
}

describe('offline rewrite of a section as it is', () => {
  it('"make it shorter and mention free parking": trims, and says it in a sentence — not the instruction pasted in', () => {
    const about = section(groomer, 'about');
    const before = texts(groomer, 'en', about.id).join(' ');
    const after = rewrite(groomer, about.id, 'make it shorter and mention free parking');
    const written = texts(after, 'en', about.id).join(' ');
    expect(written.length).toBeLessThan(before.length + 40);
    expect(written).toContain('Good to know: free parking.');
    expect(written).not.toMatch(/mention/i);
    // A clause is turned into the site's own sentence.
    const clause = rewrite(groomer, about.id, 'mention that we have free parking');
    expect(texts(clause, 'en', about.id).join(' ')).toContain('We have free parking.');
  });

  it('"change the headline to …" sets exactly that headline and nothing else', () => {
    const hero = section(groomer, 'hero');
    const after = rewrite(groomer, hero.id, 'change the headline to "Clean, calm, happy dogs"');
    expect(after.i18n.strings.en![(hero as { titleKey: string }).titleKey]).toBe('Clean, calm, happy dogs');
    const others = (document: SiteDocument) =>
      Object.entries(document.i18n.strings.en!).filter(([key]) => key !== (hero as { titleKey: string }).titleKey);
    expect(others(after)).toEqual(others(groomer));
    const pt = rewrite(banho, section(banho, 'hero').id, 'mude o título para "Banho, tosa e carinho"');
    expect(pt.i18n.strings['pt-BR']![(section(banho, 'hero') as { titleKey: string }).titleKey]).toBe('Banho, tosa e carinho');
  });

  it('"remove this section" removes it, its texts and the header link to it', () => {
    const faq = section(groomer, 'faq');
    const withLink = { ...groomer, navigation: [{ labelKey: 'site.name', href: `#${faq.id}` }] };
    const after = rewrite(withLink, faq.id, 'remove this section');
    expect(after.pages[0]!.sections.map((s) => s.id)).not.toContain(faq.id);
    expect(Object.keys(after.i18n.strings.en!).filter((key) => key.startsWith(`${faq.id}.`))).toEqual([]);
    expect(after.navigation ?? []).toEqual([]);
    // Only the removed section's texts went; nothing another part uses was lost.
    const used = new Set(collectStringKeys(after));
    expect(Object.keys(withLink.i18n.strings.en!).filter((key) => !(key in after.i18n.strings.en!) && used.has(key))).toEqual([]);
    expect(rewrite(banho, section(banho, 'faq').id, 'remova esta seção').pages[0]!.sections.some((s) => s.type === 'faq')).toBe(false);
  });

  it('"only questions about dog grooming" keeps the entries about it; none about it is refused, not invented', () => {
    const faq = section(groomer, 'faq') as { id: string; items: { questionKey: string; answerKey: string }[] };
    const strings = groomer.i18n.strings.en!;
    const onTopic = faq.items.filter((item) => /groom/i.test(`${strings[item.questionKey]} ${strings[item.answerKey]}`));
    const document =
      onTopic.length > 0 && onTopic.length < faq.items.length
        ? groomer
        : edit(groomer, 'en', faq.items[0]!.questionKey, 'How often should my dog have a grooming session?');
    const kept =
      (document.i18n.strings.en,
      faq.items.filter((item) =>
        /groom/i.test(`${document.i18n.strings.en![item.questionKey]} ${document.i18n.strings.en![item.answerKey]}`),
      ));
    const after = rewrite(document, faq.id, 'only questions about dog grooming');
    const items = (section(after, 'faq') as typeof faq).items;
    expect(items.length).toBe(kept.length);
    expect(items.length).toBeLessThan(faq.items.length);
    expect(() => rewrite(groomer, faq.id, 'only questions about tax returns')).toThrow(
      expect.objectContaining({ key: 'errors.generate.rewriteNeedsAi' }),
    );
  });

  it('keeps only the first entries when asked for a number', () => {
    const faq = section(peluqueria, 'faq') as { id: string; items: unknown[] };
    expect(faq.items.length).toBeGreaterThan(2);
    const after = rewrite(peluqueria, faq.id, 'deja solo las primeras 2 preguntas');
    expect((section(after, 'faq') as typeof faq).items).toHaveLength(2);
  });

  it('more formal / less formal change only safe markers, and refuse when the text has none', () => {
    const about = section(groomer, 'about') as { id: string; titleKey: string };
    const casual = edit(groomer, 'en', about.titleKey, "Let's get your dog looking great! We're open today.");
    const formal = rewrite(casual, about.id, 'more formal');
    expect(formal.i18n.strings.en![about.titleKey]).toBe('Let us get your dog looking great. We are open today.');
    const back = rewrite(formal, about.id, 'less formal');
    expect(back.i18n.strings.en![about.titleKey]).toBe("Let's get your dog looking great. We're open today.");
    const plain = edit(groomer, 'en', about.titleKey, 'Book a visit');
    for (const key of Object.keys(plain.i18n.strings.en!).filter((k) => k.startsWith(`${about.id}.`) && k !== about.titleKey))
      plain.i18n.strings.en![key] = 'Call us';
    expect(() => rewrite(plain, about.id, 'more formal')).toThrow(expect.objectContaining({ key: 'errors.generate.rewriteNeedsAi' }));
  });

  it('never drops an earlier edit: the person’s text and an earlier rewrite are both still there', () => {
    const about = section(groomer, 'about') as { id: string; titleKey: string; bodyKey: string };
    const edited = edit(groomer, 'en', about.bodyKey, 'We are a family of groomers. Our shop opened in 2019 on South Congress.');
    const first = rewrite(edited, section(edited, 'hero').id, 'change the headline to "Happy dogs"');
    const second = rewrite(first, about.id, 'make it shorter');
    expect(second.i18n.strings.en![about.bodyKey]).toBe('We are a family of groomers.');
    expect(second.i18n.strings.en![(section(second, 'hero') as { titleKey: string }).titleKey]).toBe('Happy dogs');
  });

  it('a mention on a two-language site is written in the instruction’s language and reported where it is not translated', () => {
    const about = section(banho, 'about') as { id: string; bodyKey: string };
    const after = rewrite(banho, about.id, 'mencione que temos estacionamento grátis para clientes');
    expect(after.i18n.strings['pt-BR']![about.bodyKey]).toContain('Temos estacionamento grátis para clientes.');
    // The English page got the Portuguese sentence: the pre-publish check blocks it until translated.
    expect(checkTranslations(after).find((check) => check.id === 'translations')?.level).toBe('error');
    // A site with no page in the instruction's language is refused rather than mixed.
    expect(() => rewrite(peluqueria, section(peluqueria, 'about').id, 'mention free parking')).toThrow(
      expect.objectContaining({ key: 'errors.generate.rewriteNeedsAi' }),
    );
  });
});

describe('instructions the offline composer does not understand', () => {
  it.each(['translate it to French', 'add a photo of a cat', 'make it rhyme', 'faça um poema', 'hazlo más divertido con emojis'])(
    '%j is refused as needing the AI, never half-done',
    (instruction) => {
      expect(parseEditInstruction(instruction)).toBeNull();
      expect(() => composeOfflineSection(groomer, { type: 'about', sectionId: section(groomer, 'about').id, instruction })).toThrow(
        expect.objectContaining({ code: 'VALIDATION', key: 'errors.generate.rewriteNeedsAi' }),
      );
    },
  );
});
