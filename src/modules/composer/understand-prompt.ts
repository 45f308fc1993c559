import { sanitizeText } from '@/lib/ai/sanitize-text';
import { resolveKind } from '@/modules/brief/detect-kind';
import { cleanName, extractName } from '@/modules/brief/extract-name';
import { extractContact } from '@/modules/brief/extract-contact';
import { extractPlace } from '@/modules/brief/extract-place';
import { detectHints, labelAdjective } from '@/modules/brief/hints';
import { adjectiveIn, langPack, nounIn, placeIn } from './lang-packs';
import { textLangOf } from '@/modules/brief/languages';
import { kindCopy } from './kind-copy';
import type { Rng } from './random';
import { fold } from '@/modules/brief/text';
import type { Brief, PeopleLang } from './types';
import type { KindDef, Place } from '@/modules/brief/kind-types';

export type PromptInput = { prompt: string; locales: readonly string[]; businessKind?: string };

const EURO = new Set(['PT', 'ES', 'FR', 'DE', 'IT', 'NL', 'IE', 'BE', 'AT', 'FI', 'GR']);
const SPANISH = new Set(['ES', 'AR', 'MX', 'CO', 'PE', 'CL', 'UY', 'PY', 'BO', 'EC', 'VE']);

/** The currency the business charges in: its country's, else the one its main locale suggests. */
export function currencyFor(place: Place | undefined, defaultLocale: string): Brief['currency'] {
  const country = place?.country;
  if (country === 'BR') return 'BRL';
  if (country === 'GB') return 'GBP';
  if (country && EURO.has(country)) return 'EUR';
  if (country) return 'USD';
  if (defaultLocale === 'pt-BR' || defaultLocale === 'pt') return 'BRL';
  if (/^pt-|^es(-ES)?$|^(fr|de|it|nl)/.test(defaultLocale)) return 'EUR';
  if (defaultLocale === 'en-GB') return 'GBP';
  return 'USD';
}

/** Whose first names sound local in testimonials and team cards. */
export function peopleFor(place: Place | undefined, defaultLocale: string): PeopleLang {
  const country = place?.country;
  if (country === 'BR' || country === 'PT') return 'pt';
  if (country && SPANISH.has(country)) return 'es';
  if (country) return 'en';
  const lang = textLangOf(defaultLocale);
  return lang === 'es' ? 'es' : lang === 'pt-BR' || lang === 'pt-PT' ? 'pt' : 'en';
}

/**
 * A name when the prompt gives none: "Padaria Vegana Lisboa" / "Lisbon Vegan Bakery" for local
 * trades with a known place, else one of the kind's brand names, in the site's main language.
 */
export function composeName(
  kind: KindDef,
  place: Place | undefined,
  hints: readonly string[],
  defaultLocale: string,
  rng: Rng,
  isBrandless = false,
): string {
  const lang = textLangOf(defaultLocale) ?? 'en';
  const { noun, gender, nameWord } = nounIn(kind, lang);
  const cap = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);
  // Only adjectives that suit a name ("Padaria Vegana", not "Padaria 24 Horas").
  const hint = labelAdjective(hints.filter((id) => ['vegan', 'vegetarian', 'organic', 'artisan'].includes(id)));
  const adjective = hint ? adjectiveIn(hint, lang, gender) : undefined;
  if (kind.naming === 'place' && place) {
    const parts = langPack(lang).isAdjectiveFirst
      ? [placeIn(place, lang), adjective && cap(adjective), nameWord]
      : [nameWord, adjective && cap(adjective), placeIn(place, lang)];
    return parts.filter(Boolean).join(' ');
  }
  // Without a place, the kind itself ("Banho e tosa"): a description, never a made-up brand.
  if (isBrandless) return cap(noun);
  const brand = rng.pick(kindCopy(kind.copyId ?? kind.id).names);
  return lang.startsWith('pt') ? brand[1] : brand[0];
}

/** Everything the composer needs, read from a free-text prompt in any language. */
export function understandPrompt(input: PromptInput, rng: Rng): Brief {
  // Tags and scripts are removed before anything is read, so none of it can reach a string.
  const text = sanitizeText(input.prompt, { maxLength: 6000, multiline: true, ellipsis: false });
  const defaultLocale = input.locales[0] ?? 'en';
  const kind = resolveKind(text, input.businessKind);
  const placeMatch = extractPlace(text);
  const place = placeMatch?.place;
  const hints = detectHints(text, kind.id);
  const contact = extractContact(text, hints.includes('open24h'));
  const extracted = extractName(text, kind, placeMatch);
  const stated = cleanName(extracted?.name ?? '');
  return {
    name: stated ?? composeName(kind, place, hints, defaultLocale, rng.fork('name')),
    isNameStated: stated !== undefined,
    kind,
    ...(place ? { place } : {}),
    hints,
    contact,
    focus: fold(text),
    currency: currencyFor(place, defaultLocale),
    people: peopleFor(place, defaultLocale),
  };
}
