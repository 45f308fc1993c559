import { labelAdjective } from '@/modules/brief/hints';
import { kindCopy } from './kind-copy';
import { adjectiveIn, langPack, nounIn, phraseIn, placeIn } from './lang-packs';
import { textLangs, type TextLang } from '@/modules/brief/languages';
import { capitalize, fill, type Vars } from '@/modules/brief/text';
import type { Brief } from './types';

// The kind ids that mean "no kind recognised" (offline composer's and the brief taxonomy's).
const GENERIC_KIND_IDS = new Set(['generic', 'local-business']);

export type LangVars = Readonly<Record<TextLang, Vars>>;

/**
 * Placeholder values for the phrase bank, per language.
 * All: {name} {place} {thePlace} ("o Rio de Janeiro") {inPlace} {ofPlace} {label} {Label} {noun} {Noun}.
 * Plus whatever agrees with the kind's gender in the language's pack: Portuguese {o} {O} {do}
 * {no} {ao} {um} {nosso} {Nosso} {este} ("A padaria…" / "O restaurante…"), Spanish {el} {El}
 * {del} {al} {un} {nuestro} {Nuestro} {este}.
 * `inPlace`/`ofPlace` carry their own leading space and are '' without a place.
 */
export function templateVars(brief: Brief): LangVars {
  const { kind, place } = brief;
  const adjective = labelAdjective(brief.hints);
  // A bank's own label ("Quality service" for the generic bank) stands in for a noun that reads
  // badly ("Business in Denver"); a kind with a real noun of its own ("Locksmith") keeps it even
  // when it borrows the generic bank's phrases.
  const copyId = kind.copyId ?? kind.id;
  const isBorrowedBank = copyId === 'generic' && !GENERIC_KIND_IDS.has(kind.id);
  // A kind the brief is not certain of is called what the person called it, not by a bank's label.
  const isOwnWords = brief.site?.kind.confidence !== undefined && brief.site.kind.confidence !== 'certain';
  const own = isBorrowedBank || isOwnWords ? undefined : kindCopy(copyId).label;
  const varsFor = (lang: TextLang): Vars => {
    const pack = langPack(lang);
    const { noun, gender } = nounIn(kind, lang);
    const word = adjective ? adjectiveIn(adjective, lang, gender) : undefined;
    const label = (own && phraseIn(own, lang)) ?? (word ? (pack.isAdjectiveFirst ? `${word} ${noun}` : `${noun} ${word}`) : noun);
    const article = place?.ptArticle ?? 'none';
    const placeName = place ? placeIn(place, lang) : '';
    const around = (template: string) => (place ? fill(template, { place: placeName }) : '');
    return {
      name: brief.name,
      place: placeName,
      thePlace: around(pack.thePlace[article]),
      inPlace: around(pack.inPlace[article]),
      ofPlace: around(pack.ofPlace[article]),
      label,
      Label: capitalize(label),
      noun,
      Noun: capitalize(noun),
      ...pack.agreement[gender],
    };
  };
  return Object.fromEntries(textLangs.map((lang) => [lang, varsFor(lang)])) as Record<TextLang, Vars>;
}
