import { en } from './en';
import { es } from './es';
import { ptBR } from './pt-br';
import { ptPT } from './pt-pt';
import type { Gender, LangPack, TextLang } from '@/modules/brief/languages';
import type { Bi, KindDef, Place } from '@/modules/brief/kind-types';

const packs: Record<TextLang, LangPack> = { en, 'pt-BR': ptBR, 'pt-PT': ptPT, es };

export function langPack(lang: TextLang): LangPack {
  return packs[lang];
}

/**
 * A phrase of the bank in one language: the bank's own sides for en and pt-BR, the language
 * pack's translation (by the English source) for the others; undefined when the pack lacks it.
 */
export function phraseIn(phrase: Bi, lang: TextLang): string | undefined {
  if (lang === 'en') return phrase[0];
  if (lang === 'pt-BR') return phrase[1];
  const translated = packs[lang].phrases?.[phrase[0]];
  return translated === undefined ? undefined : translated;
}

type Noun = { noun: string; gender: Gender; nameWord: string };

const capitalize = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/** What the business is in one language ("padaria", f), and the word composed names use ("Padaria"). */
export function nounIn(kind: Pick<KindDef, 'noun' | 'nameWord'>, lang: TextLang): Noun {
  const own = Object.hasOwn(packs[lang].nouns ?? {}, kind.noun.en) ? packs[lang].nouns![kind.noun.en] : undefined;
  if (own) return { noun: own[0], gender: own[1], nameWord: own[2] ?? capitalize(own[0]) };
  if (lang === 'en') return { noun: kind.noun.en, gender: kind.noun.gender, nameWord: kind.nameWord.en };
  if (lang === 'es') return { noun: kind.noun.es, gender: kind.noun.gender, nameWord: kind.nameWord.es };
  return { noun: kind.noun.pt, gender: kind.noun.gender, nameWord: kind.nameWord.pt };
}

/** The place's name in one language ("Lisbon", "Lisboa", "Oporto"). */
export function placeIn(place: Place, lang: TextLang): string {
  for (const form of packs[lang].placeForms) {
    const name = form === 'ptPT' ? place.ptPT : form === 'es' ? place.es : form === 'pt' ? place.pt : place.en;
    if (name) return name;
  }
  return place.en;
}

/** The adjective of a label hint in one language, agreeing with the noun ("vegana"). */
export function adjectiveIn(hintId: string, lang: TextLang, gender: Gender): string | undefined {
  const forms = packs[lang].adjectives?.[hintId];
  return forms ? forms[gender === 'f' ? 1 : 0] : undefined;
}
