import type { SiteBrief } from '@/modules/brief/site-brief-schema';
import { siteKind } from './site-kind';
import { taxonomyKindById, genericTaxonomyKind } from '@/modules/brief/taxonomy';
import { extractPlace } from '@/modules/brief/extract-place';
import { landmarkOf } from './landmark-of';
import { findGazetteerEntry, placeFromEntry } from '@/modules/brief/places';
import { detectHints } from '@/modules/brief/hints';
import { setAsideSaidToBuilder } from '@/modules/brief/said-to-builder';
import { expandAbbreviations } from '@/modules/brief/expand-abbreviations';
import { wordLanguageOf } from '@/modules/brief/word-classes';
import type { Rng } from './random';
import { fold } from '@/modules/brief/text';
import { readingCues } from '@/modules/brief/reading-cues';
import type { Brief } from './types';
import type { KindDef, Place } from '@/modules/brief/kind-types';
import { currencyFor, peopleFor } from './locale-defaults';
import { textLangOf } from '@/modules/brief/languages';
import { wordsText, sameVars } from './words-copy';

function placeOf(site: SiteBrief): Place | undefined {
  // The brief decided where the business is (a town taken back, refused or only sold in is not):
  // read again from the brief's own words, the prompt only when they name no place we know.
  // (Its town is the first of its words — "Abaetetuba, no Pará" is Abaetetuba, never the state.)
  const town = site.location?.text.split(/,\s*/u)[0]?.trim();
  const found = town ? (extractPlace(`em ${town}`)?.place ?? extractPlace(town, town)?.place) : undefined;
  const match = found && withAreas(found, site.location?.text);
  // The brief decided the country with all its evidence (the phone's prefix or plan, the prices'
  // currency, the other towns named): the place read again here must not undo it (a Cambridge with a
  // New Zealand number dialled +44).
  if (match) return site.location?.country ? { ...match, country: site.location.country } : match;
  if (!site.location) return undefined;
  const entry = findGazetteerEntry(site.location.text);
  if (entry) return placeFromEntry(entry);
  return { en: site.location.text, pt: site.location.text, ...(site.location.country ? { country: site.location.country } : {}) };
}

/**
 * The place with the towns the brief joined to it ("Coimbra, Aveiro e Leiria", "Aparecida de
 * Goiânia e Goiânia", "Dayton, Ohio"): where the business works is said whole wherever the site
 * names its place.
 */
function withAreas(place: Place, locationText: string | undefined): Place {
  if (!locationText) return place;
  const forms = [place.en, place.pt, place.es, place.ptPT].filter((form): form is string => Boolean(form));
  const own = forms.find((form) => fold(locationText).startsWith(fold(form)) && locationText.length > form.length);
  if (!own || !new RegExp(`^(?:,\\s|\\s(?:${readingCues.listJoiner})\\s)`).test(locationText.slice(own.length))) return place;
  const areas = locationText.slice(own.length);
  return {
    ...place,
    en: `${place.en}${areas}`,
    pt: `${place.pt}${areas}`,
    ...(place.es ? { es: `${place.es}${areas}` } : {}),
    ...(place.ptPT ? { ptPT: `${place.ptPT}${areas}` } : {}),
  };
}

/** The composer's kind for a brief: its section plan, copy and style (also the engine's guess at a plan). */
export function composerKindOf(site: SiteBrief): KindDef {
  const known = taxonomyKindById(site.kind.id);
  if (known) return siteKind(known);
  // A model's own kind: the family's words, the kind's own label.
  const generic = siteKind({ ...genericTaxonomyKind, family: site.kind.family, schemaKind: site.kind.schemaKind });
  return { ...generic, id: site.kind.id, noun: { ...site.kind.label, gender: 'm' } };
}

/**
 * The name the site shows: the business's own; a one-person business's owner when they gave
 * their name; otherwise a marked placeholder ("Your business name") — never one we made up.
 */
export function displayName(site: SiteBrief, defaultLocale: string): { name: string; isStated: boolean } {
  if (site.name) return { name: site.name, isStated: true };
  if (site.isSolo && site.facts.people[0]) return { name: site.facts.people[0], isStated: true };
  return { name: wordsText('namePlaceholder', sameVars({})).in(textLangOf(defaultLocale) ?? 'en'), isStated: false };
}

/**
 * The prompt without what was said to us (blanked by the brief's own reader), what the brief set
 * aside about the site or its looks, and what the business refuses.
 */
function withoutSetAside(prompt: string, site: SiteBrief): string {
  const setAside = [
    ...(site.unused ?? [])
      .filter((entry) => entry.why === 'aside' || entry.why === 'site' || entry.why === 'style')
      .map((entry) => entry.words),
    ...(site.items ?? []).filter((item) => item.role === 'exclusion').map((item) => item.text),
  ];
  // The brief writes what it set aside with accents and shortenings written out ("e não fala que o
  // fogão é ecológico" of "e nao fala q o fogao e ecologico"): both are compared folded and written out.
  const language = wordLanguageOf(site.promptLanguage);
  const plain = (text: string) => fold(expandAbbreviations(text, language)).replace(/\s+/gu, ' ');
  return setAside
    .map(plain)
    .reduce((rest, words) => (words.length >= 8 ? rest.split(words).join(' ') : rest), plain(setAsideSaidToBuilder(prompt).text));
}

/** The composer's working brief from a SiteBrief: facts verbatim, a display name when none was given. */
export function briefToComposer(site: SiteBrief, prompt: string, defaultLocale: string, rng: Rng): Brief {
  void rng;
  const known = composerKindOf(site);
  // Not certain of the kind: it is called what the person called it ("kayak repair workshop").
  const what = site.what?.trim();
  const kind =
    site.kind.confidence && site.kind.confidence !== 'certain' && what
      ? { ...known, noun: { en: what, pt: what, es: what, gender: known.noun.gender }, nameWord: { en: what, pt: what, es: what } }
      : known;
  const place = placeOf(site);
  // Hints (vegan, delivery…) shape a known kind's copy; a kind named in the person's words already says them.
  // (Read in what the person said about the business — never in what they said to us, about the
  // site or its looks, or refused: "nada de 'negocio familiar'" makes no family business.)
  const hints = kind === known ? detectHints(withoutSetAside(prompt, site), kind.copyId ?? kind.id) : [];
  const { facts } = site;
  return {
    // No name given: a plain description ("Padaria Vegana Lisboa"), never an invented brand.
    ...(() => {
      const shown = displayName(site, defaultLocale);
      return { name: shown.name, isNameStated: shown.isStated };
    })(),
    kind,
    ...(place ? { place } : {}),
    hints,
    contact: {
      // Reached only on WhatsApp: the number is the chat's, never a phone-call link.
      ...(facts.phones[0] && facts.reachOnly !== 'whatsapp' ? { phone: facts.phones[0] } : {}),
      ...(facts.emails[0] ? { email: facts.emails[0] } : {}),
      ...(facts.address ? { street: facts.address } : {}),
      ...(facts.landmark ? { landmark: landmarkOf(facts.landmark, site.promptLanguage) } : {}),
      ...(facts.openingHours ? { openingHours: facts.openingHours } : {}),
      ...(facts.instagram ? { instagram: facts.instagram } : {}),
    },
    focus: fold(prompt),
    currency: currencyFor(place, defaultLocale),
    people: peopleFor(place, defaultLocale),
    site,
  };
}
