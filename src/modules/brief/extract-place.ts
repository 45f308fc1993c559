import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import content from './content/extract-place.json';
import { countryCodeOf, isCountryName, mentionedCountry } from './brief-details';
import { countryLanguage, votedLanguage, writesLikePortugal } from './detect-languages';
import { findBrazilianTownByUf, findGazetteerEntry, findWorldCities, gazetteer, placeFromEntry } from './places';
import { nationalNumberCountry } from './extract-facts';
import { readingCues } from './reading-cues';
import { alternationOf, escapeRegExp, fold, sentenceStartAt } from './text';
import type { Place } from './kind-types';

type WorldCity = ReturnType<typeof findWorldCities>[number];

// Prepositions that introduce a place in en/pt/es ("in", "em/no/na", "en"), folded.
const PREPOSITION = '(?:in|at|near|em|no|na|nos|nas|en|de|do|da|from|perto de|cerca de|centro de|downtown)';
const CAPITALISED = "\\p{Lu}[\\p{L}'’.-]*";
const CONNECTOR = '(?:de|da|do|dos|das|del|la|las|los|of|the)';
// Words that follow "in"/"em" but are not places ("in English", "no Instagram", "em maio"): content/extract-place.json.
const placeWords = parseContent(
  'src/modules/brief/content/extract-place.json',
  z.strictObject({
    notPlaces: z.array(z.string().min(1)),
    brazilianStates: z.array(z.string().regex(/^[A-Z]{2}$/)).length(27),
    /** "oficina", "taller", "shop": where the person works, whose place ("a oficina fica na Murtosa") is the business's. */
    workplaceNouns: z.array(z.string().min(2)),
    /** "fica", "está", "is": what may stand between the workplace and its place. */
    workplaceVerbs: z.array(z.string().min(1)),
    /** "ese dia", "that day", "nesse dia": a day pointed at (never "bom dia"), which makes "I'm in X" where the person goes then. */
    dayNouns: z.array(z.string().min(2)),
    /** A country's first-level regions (provinces, states, counties) as written after a town: "Kingston, Ontario". */
    regions: z.record(z.string().regex(/^[A-Z]{2}$/), z.array(z.string().min(2))),
    /** The US states by name, with the code the world gazetteer keeps a town's state under: "Peru, Indiana". */
    usStates: z.record(z.string().min(4), z.string().regex(/^[A-Z]{2}$/)),
    /** Words written after a town's name that are part of how it is called ("Iloilo City", "Naga City"). */
    townSuffixes: z.array(z.string().min(2)),
    /** Words with which a person says where they are ("aqui em", "somos de", "based in"), folded. */
    selfLocationLeads: z.array(z.string().min(2)),
    /**
     * ", de" after who is writing ("Somos Sodería Bianchi, de Pergamino", "a Associação…, de
     * Itaporanga d'Ajuda, Sergipe"): where they are from, near the prompt's start, when the words
     * after it are a town we know or a town with its region.
     */
    appositionLeads: z.array(z.string().min(2)),
  }),
  content,
);
const NOT_PLACES = new Set(placeWords.notPlaces);
// "Ontario" → CA, "Co Meath" → IE ("Co."/"County" before a county's name is how it is written).
const REGION_COUNTRY = new Map(
  Object.entries(placeWords.regions).flatMap(([country, names]) => names.map((name) => [fold(name), country] as const)),
);
/** The country of a region, a state or a province we know ("Minas Gerais" → BR). */
export function regionCountry(text: string): string | undefined {
  return REGION_COUNTRY.get(
    fold(text)
      .replace(/^(?:co\.?|county)\s+/, '')
      .trim(),
  );
}
/** A region, a state or a province we know ("Ontario", "Massachusetts", "Co Meath"), by its name as written. */
export function isRegionName(text: string): boolean {
  return regionCountry(text) !== undefined || US_STATE_CODE.has(fold(text).trim());
}
const US_STATE_CODE = new Map(Object.entries(placeWords.usStates).map(([name, code]) => [fold(name), code] as const));
const US_STATE_NAMES = Object.keys(placeWords.usStates).map(escapeRegExp).join('|');
/** The 27 UF codes, as an alternation: "Contagem MG", "Feira de Santana - BA". */
export const BRAZILIAN_STATES = placeWords.brazilianStates.join('|');

export type PlaceMatch = { place: Place; start: number; end: number; byRegionName?: true };

const gazetteerForms = gazetteer.flatMap((entry) =>
  [entry.en, entry.pt, entry.es, entry.ptPT, ...(entry.aliases ?? [])]
    .filter((form): form is string => form !== undefined)
    .map((form) => ({ entry, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fold(form))}(?![\\p{L}\\p{N}])`, 'gu') })),
);

function precededByPreposition(folded: string, start: number): { article?: Place['ptArticle']; word: string } | undefined {
  const before = folded.slice(Math.max(0, start - 14), start);
  const match = new RegExp(`(?:^|\\s)${PREPOSITION}\\s+$`).exec(before);
  if (!match) return undefined;
  const word = match[0].trim();
  const article =
    word === 'no' || word === 'do' ? 'o' : word === 'na' || word === 'da' ? 'a' : word === 'nos' ? 'os' : word === 'nas' ? 'as' : undefined;
  return article ? { article, word } : { word };
}

function fromGazetteer(text: string, folded: string): PlaceMatch | undefined {
  let best: PlaceMatch | undefined;
  for (const { entry, pattern } of gazetteerForms) {
    for (const match of folded.matchAll(pattern)) {
      const start = match.index;
      const isCapitalised = /\p{Lu}/u.test(text.charAt(start));
      const preposition = precededByPreposition(folded, start);
      const isShortAlias = match[0].length <= 4;
      // Lowercase or ambiguous names ("natal", "sp") only count right after a preposition — and a
      // lowercase one after a preposition of place, not "de" ("cópia de chaves" is keys, not Chaves).
      if ((entry.isAmbiguous || isShortAlias || !isCapitalised) && !preposition) continue;
      // Nor after an article-preposition: "socorro no rio" is on the river, not in Rio de Janeiro.
      if (!isCapitalised && preposition && /^(de|do|da|dos|das|del|of|no|na|nos|nas)$/.test(preposition.word)) continue;
      const candidate = { place: placeFromEntry(entry), start, end: start + match[0].length };
      // Of two readings of the same words the longer wins ("Rio de Janeiro" over "Rio"); of two
      // places, the first named ("em Braga, Guimarães e Barcelos" is in Braga).
      const overlaps = best && candidate.start < best.end && best.start < candidate.end;
      if (
        !best ||
        (overlaps && candidate.end - candidate.start > best.end - best.start) ||
        ((!overlaps || candidate.end - candidate.start === best.end - best.start) && start < best.start)
      ) {
        best = candidate;
      }
    }
  }
  return best;
}

function fromPreposition(text: string): PlaceMatch | undefined {
  // "no centro de Juiz de Fora", "in downtown Boise": the area word is not part of the name.
  const pattern = new RegExp(
    `(?<![\\p{L}])(in|em|no|na|nos|nas|en)\\s+(?:(?:${readingCues.townPartWords.join('|')})\\s+(?:de|do|da|of\\s+)?\\s*)?(${CAPITALISED}(?:\\s+${CONNECTOR}?\\s*${CAPITALISED}){0,3})`,
    'gu',
  );
  for (const match of text.matchAll(pattern)) {
    // A sentence ends the place: "em Juiz de Fora. Barra de calça…".
    const found = match[2].replace(/\.\s[\s\S]*$/, '');
    const words = found.split(/\s+/).filter((word) => !/^(de|da|do|dos|das|del|la|las|los|of|the)$/i.test(word));
    if (words.some((word) => NOT_PLACES.has(word.toLowerCase())) || words.join('').length < 3) continue;
    // ("na Rua do Bom Jesus, no centro de Olinda": a street is no town.)
    if (readingCues.streetNouns.has(fold(words[0]!))) continue;
    if (/^\p{Lu}{2,}$/u.test(words[0]) && words[0].length <= 3) continue;
    // A road or a code ("na BR-116", "on the A1", "no km 5"), not a town.
    if (/^\d/.test(text.slice(match.index + match[0].length)) || /\d/.test(found)) continue;
    const name = found.replace(/[.,]+$/, '');
    const preposition = match[1].toLowerCase();
    const article =
      preposition === 'no' ? 'o' : preposition === 'na' ? 'a' : preposition === 'nos' ? 'os' : preposition === 'nas' ? 'as' : undefined;
    const start = match.index + match[0].length - match[2].length;
    return { place: { en: name, pt: name, ...(article ? { ptArticle: article } : {}) }, start, end: start + name.length };
  }
  return undefined;
}

// Where a town of the world gazetteer may start: right after a preposition of place. A town's
// name alone is too often an ordinary word ("Natal", "Victoria", "Lima") to count anywhere else.
const WORLD_PREPOSITION =
  /(?<![\p{L}\p{N}])(?:in|em|no|na|nos|nas|en|near|around|perto de|cerca de|junto a|based in|out of|outside|close to|arredores de|afueras de|(?:(?:la|a)\s+)?(?:ciudad|cidade|villa|vila|pueblo)\s+de|(?:the\s+)?(?:city|town|village)\s+of)\s+/gu;
const WORLD_WORD = /^[\p{L}'’-]+$/u;
const WORLD_CONNECTOR = /^(de|da|do|dos|das|del|la|las|los|of|the|e|y|sur|upon)$/;
// A lowercase town ("em caruaru") counts only in a prompt whose writer does not capitalise names
// (no capital letter but at a sentence's start): where names are capitalised, "na beira da
// estrada" or "na loja" are words, not Beira or Loja.
export const LOWERCASE_TOWN_MIN = 20_000;
// A writer who starts the prompt in lowercase ("faço salgados pra festa em americana…") types on a
// phone and capitalises only some names ("a Dani"): a large town typed in lowercase still counts.
const LOWERCASE_START_TOWN_MIN = 100_000;
// Capitals a lowercase writer types anyway are no sign: a currency ("R$ 80"), an acronym ("CEP",
// "PIX"), the English "I", an abbreviation the reader spelt out ("av." → "Av.").
export const writesLowercase = (text: string) =>
  !/(?<![.!?]\s*|^\s*)(?<=[\p{L}\p{N},;:)]\s+)(?!R\$|US\$|\p{Lu}{2,}(?![\p{Ll}])|I(?![\p{L}])|\p{Lu}\p{Ll}{0,2}\.)\p{Lu}/u.test(text);

/**
 * The country the other towns a prompt names agree on, among `countries`: "based in Cambridge … from
 * Hamilton to Te Awamutu" is New Zealand's Cambridge — Hamilton is in four countries, Te Awamutu in
 * one. Capitalised names inside a sentence only (a lowercase word is too often a word, and so is
 * a sentence's first); undefined on a tie.
 */
function countryOfNeighbours(rest: string, countries: Set<string>): string | undefined {
  const votes = new Map<string, number>();
  const seen = new Set<string>();
  for (const match of rest.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}/gu)) {
    // A sentence's first word is capitalised whatever it is ("Mobile bike repairs…" names no Alabama town).
    if (/(?:^|[.!?:;\n])\s*$/u.test(rest.slice(0, match.index))) continue;
    const words = match[0].split(/\s+/);
    // The longest run of capitalised words that is a town: "Te Awamutu", "Lake Karapiro" → none, "Hamilton".
    for (let count = words.length; count > 0; count--) {
      const name = words.slice(0, count).join(' ');
      const found = new Set(findWorldCities(name).map((town) => town.country));
      if (found.size === 0) continue;
      if (seen.has(name)) break;
      seen.add(name);
      for (const country of found) if (countries.has(country)) votes.set(country, (votes.get(country) ?? 0) + 1);
      break;
    }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] !== ranked[1]?.[1] ? ranked[0][0] : undefined;
}

// Up to four capitalised words (with their connectors) after a town: after a comma or a bracket,
// or loosely after a space too. Strictly, the words end the place's phrase ("Córdoba, Mercedes y
// yo horneamos" names a person).
const CAPITALISED_RUN = `(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:de|del|da|do|y|and|e)?\\s*\\p{Lu}[\\p{L}'’-]*){0,3})`;
const WORDS_AFTER = new RegExp(`^\\s*[,(]\\s*${CAPITALISED_RUN}(?=\\s*(?:[,.;:()\\n]|$))`, 'u');
const WORDS_AFTER_LOOSE = new RegExp(`^(?:\\s*[,(]\\s*|\\s+)${CAPITALISED_RUN}`, 'u');

/**
 * The country the words right after a town say it is in: its region, its country or a larger town
 * there, after a comma or in brackets ("Miraflores, Lima", "Berlín, Usulután (El Salvador, no
 * Alemania)", "Kingston, Jamaica") — the words whole, never a street or a shop named after a
 * country ("Rua do Brasil", "Calle México", "Sabores do Brasil"). `loose`: as a town's namesakes
 * are chosen among, also without a comma ("Burlington VT") and a country named inside the words.
 */
export function countryAfter(after: string, { loose = false }: { loose?: boolean } = {}): string | undefined {
  const next = (loose ? WORDS_AFTER_LOOSE : WORDS_AFTER).exec(after)?.[1];
  if (!next) return undefined;
  return (
    regionCountry(next) ?? (loose ? mentionedCountry(next)?.code : undefined) ?? countryCodeOf(next) ?? findWorldCities(next)[0]?.country
  );
}

/**
 * Of the towns of one name, the one the words after it point to ("Burlington VT", "Miraflores,
 * Lima", "…, Portugal"), else the country the prompt's other towns agree on, else the most populous where the prompt's language is spoken ("surf
 * shop in Santa Cruz", written in English, is California's, not the larger one in the
 * Philippines — whose country code would also put +63 on the shop's phone link), else the most
 * populous.
 */
function chooseTown(towns: readonly WorldCity[], after: string, language?: string, rest = ''): WorldCity {
  const state = /^,?\s+([A-Z]{2})\b/.exec(after)?.[1];
  const byState = state ? towns.find((town) => town.state === state) : undefined;
  if (byState) return byState;
  const country = countryAfter(after, { loose: true });
  const inCountry = country ? towns.find((town) => town.country === country) : undefined;
  if (inCountry) return inCountry;
  const countries = new Set(towns.map((town) => town.country));
  const neighbours = countries.size > 1 ? countryOfNeighbours(rest, countries) : undefined;
  const inNeighbours = neighbours ? towns.find((town) => town.country === neighbours) : undefined;
  if (inNeighbours) return inNeighbours;
  // "Engomadoria em Amarante, … com recolha": Portugal's words choose Portugal's town over the
  // larger one in Brazil (or anywhere else Portuguese is written).
  const portuguese = language === 'pt' && writesLikePortugal(rest) ? towns.find((town) => town.country === 'PT') : undefined;
  if (portuguese) return portuguese;
  const spoken = language ? towns.find((town) => countryLanguage(town.country) === language) : undefined;
  return spoken ?? towns[0];
}

/**
 * "em Santa Maria da Feira": a known town ("Santa Maria") whose name goes on with a connector and
 * capitalised words is a longer name the gazetteer lacks — never a town and a leftover "da Feira".
 * The gazetteer often keeps such a town under its last words (GeoNames' "Feira"), so a town of
 * that name, when there is one, says which; else the longer name stands without a country.
 */
function longerName(text: string, start: number, end: number): PlaceMatch | undefined {
  const more = /^\s+(?:de|da|do|dos|das|del|de la|of)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u.exec(text.slice(end));
  if (!more) return undefined;
  const fullEnd = end + more[0].length;
  const name = text.slice(start, fullEnd);
  const tail = findWorldCities(more[1]!);
  const town = tail.length > 0 ? chooseTown(tail, text.slice(fullEnd, fullEnd + 40), votedLanguage(text), text) : undefined;
  return { place: { en: name, pt: name, es: name, ...(town ? { country: town.country } : {}) }, start, end: fullEnd };
}

/** After a town's words: a comma or other stop, a joiner to another name, or the line's end. */
function standsAlone(folded: string, end: number): boolean {
  return /^(?:\s*(?:[,.;:!?)\n]|$)|\s+(?:e|y|and|ou|o|or)\s)/u.test(folded.slice(end));
}

function isTimeWord(folded: string): boolean {
  return readingCues.monthWords.has(folded) || readingCues.whenWords.has(folded) || readingCues.dayWords.has(folded);
}

function fromWorldCities(text: string, folded: string, isLowercaseWriter: boolean): PlaceMatch | undefined {
  return (
    worldCityIn(text, folded, false, isLowercaseWriter) ??
    (/^\s*\p{Ll}/u.test(text) ? worldCityIn(text, folded, true, isLowercaseWriter) : undefined)
  );
}

/**
 * `phoneWriter`: a second look, when no town was found, for a writer who starts the prompt in
 * lowercase — a large town typed in lowercase right after "em"/"in"/"en" ("no", "na" are too often
 * "na beira da estrada").
 */
function worldCityIn(text: string, folded: string, phoneWriter: boolean, isLowercaseWriter: boolean): PlaceMatch | undefined {
  for (const match of folded.matchAll(WORLD_PREPOSITION)) {
    const startsLowercase = phoneWriter && /^(?:em|in|en)\s/.test(match[0]);
    // "around the Pittsburgh area": an article after the preposition is not part of the town.
    const article = /^(?:the|o|a|os|as|el|la|los|las)\s+/.exec(folded.slice(match.index + match[0].length))?.[0].length ?? 0;
    const start = match.index + match[0].length + article;
    // The words after the preposition up to the first punctuation: "jerez de la frontera".
    const run = folded.slice(start, start + 60).split(/[^\p{L}\s'’-]/u)[0];
    const words = run.split(/\s+/).filter(Boolean).slice(0, 6);
    for (let count = words.length; count > 0; count--) {
      const phrase = words.slice(0, count);
      if (!phrase.every((word) => WORLD_WORD.test(word)) || WORLD_CONNECTOR.test(phrase[count - 1])) continue;
      if (phrase.some((word) => NOT_PLACES.has(word))) continue;
      const name = phrase.join(' ');
      const towns = findWorldCities(name);
      // A country is a country ("tostado en Colombia"), not the town of that name in Cuba — but
      // Portuguese names a country with its article ("na França") and a town without one: "em
      // franca" is the large Brazilian town, typed without the cedilla the country has.
      const isTownNotCountry =
        /^em\s+$/.test(match[0]) &&
        text.slice(start, start + name.length).toLowerCase() === name &&
        towns.some((town) => town.population >= LOWERCASE_START_TOWN_MIN);
      if (isCountryName(name) && !isTownNotCountry) continue;
      if (towns.length === 0) continue;
      const isCapitalised = /\p{Lu}/u.test(text.charAt(start));
      // "I groom in the van outside your house": a word in lowercase after an article is a thing
      // (Van is a city in Turkey, and the site got +90 on an Irish number).
      if (!isCapitalised && article > 0) continue;
      // "trabalho em vagos, calvao…" with "tlm 917 384 206": a town of any size typed in lowercase
      // right after "em"/"in"/"en", standing alone (a comma, a joiner or the line's end after it),
      // counts when every phone number the prompt writes is a number of that town's country — the
      // number says whose towns the writer means. Months and days are never towns ("em marco").
      const dialledTowns =
        !isCapitalised && /^(?:em|in|en)\s/.test(match[0]) && standsAlone(folded, start + name.length) && !isTimeWord(name)
          ? towns.filter((town) => nationalNumberCountry(text, [town.country]) === town.country)
          : [];
      if (
        !isCapitalised &&
        dialledTowns.length === 0 &&
        !(isLowercaseWriter && towns[0].population >= LOWERCASE_TOWN_MIN) &&
        !(startsLowercase && towns[0].population >= LOWERCASE_START_TOWN_MIN) &&
        // "sou ferrador aqui em vacaria faz 27 anos … whats 54 9…": a phone typist's town of some
        // size, in the country of every number they give, is their town even mid-sentence.
        !(
          startsLowercase &&
          towns[0].population >= LOWERCASE_TOWN_MIN &&
          nationalNumberCountry(text, [towns[0].country]) === towns[0].country
        )
      )
        continue;
      const longer = longerName(text, start, start + name.length);
      if (longer) return longer;
      const end = start + name.length;
      const rest = `${text.slice(0, start)} ${text.slice(end)}`;
      const town = chooseTown(dialledTowns.length > 0 ? dialledTowns : towns, text.slice(end, end + 40), votedLanguage(rest), rest);
      return placeOfTown(town, start, end);
    }
  }
  return undefined;
}

/**
 * A town followed by its state, wherever it stands: "…, Dayton, OH 45402", "Burlington VT" (the
 * world gazetteer knows US states), and a Brazilian town with its UF — "Feira de Santana BA",
 * "Contagem-MG", "contagem mg", "Goiânia/GO", "Belém (PA)" — the way Brazilians write a town everywhere. The
 * gazetteer holds every Brazilian municipality with its UF, so the town must be a Brazilian one and
 * the code one of the 27 (the town of that UF when several share the name); that pair is
 * distinctive enough to count in lowercase too.
 */
function fromTownAndState(text: string): PlaceMatch | undefined {
  for (const match of text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?:,?\s+|\s*\()([A-Z]{2})\b/gu)) {
    // (A Brazilian town is read below, with the connectors of its name: "Feira de Santana BA", not "Santana BA".)
    const town = findWorldCities(match[1]!).find((candidate) => candidate.state === match[2] && candidate.country !== 'BR');
    if (!town) continue;
    // "Mexico, MO", "Lebanon PA": a town named like a country is written with its state, or the page
    // would say "Mexico" of a town in Missouri.
    const end = isCountryName(match[1]!) ? match.index + match[0].length : match.index + match[1]!.length;
    const written = text.slice(match.index, end).replace(/\s*\($/, '');
    return { place: { en: written, pt: written, es: written, country: town.country }, start: match.index, end };
  }
  // "Peru, Indiana", "Lebanon, Pennsylvania", "Mexico, Missouri": the state's name says which town,
  // and the place is written with it — alone, the town's name would read as a country.
  const withStateName = new RegExp(
    `(?<![\\p{L}])(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}),\\s*(${US_STATE_NAMES})(?![\\p{L}])`,
    'gu',
  );
  for (const match of text.matchAll(withStateName)) {
    const code = US_STATE_CODE.get(fold(match[2]!));
    // The longest run of words before the state that is a town there ("Fort Wayne", not "Wayne").
    const words = match[1]!.split(/\s+/);
    for (let from = 0; from < words.length; from++) {
      const name = words.slice(from).join(' ');
      if (!findWorldCities(name).some((candidate) => candidate.state === code)) continue;
      const start = match.index + match[1]!.length - name.length;
      const written = text.slice(start, match.index + match[0].length);
      return { place: { en: written, pt: written, es: written, country: 'US' }, start, end: match.index + match[0].length };
    }
  }
  const brazilian = new RegExp(
    `(?<![\\p{L}])(\\p{L}[\\p{L}'’.-]*(?:\\s+(?:de|da|do|dos|das)?\\s*\\p{L}[\\p{L}'’.-]*){0,3})\\s*(?:,|-|–|/|\\(|\\s)\\s*(${BRAZILIAN_STATES})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  // A code typed in lowercase ("cascavel pr") is Brazilian only in a prompt written in Portuguese:
  // in Spanish "montenegro, pa salento" is "para", and Montenegro is a town of Quindío.
  const voted = votedLanguage(text);
  for (const match of text.matchAll(brazilian)) {
    if (match[2] !== match[2]!.toUpperCase() && voted !== undefined && voted !== 'pt') continue;
    // The longest run of words before the code that is a Brazilian town ("Feira de Santana", not "Feira").
    const words = match[1]!.split(/\s+/);
    for (let from = 0; from < words.length; from++) {
      const name = words.slice(from).join(' ');
      // The town of that UF where two states have one of the name ("Bom Jesus RS"), or one only IBGE
      // lists ("resende costa mg"); a code typed in lower case must be the town's own ("na quadra se
      // chover" is no town of Sergipe).
      const uf = match[2]!.toUpperCase();
      const towns = findWorldCities(name).filter((candidate) => candidate.country === 'BR');
      const town =
        towns.find((candidate) => candidate.state === uf) ?? findBrazilianTownByUf(name, uf) ?? (match[2] === uf ? towns[0] : undefined);
      if (!town) continue;
      const start = match.index + match[1]!.length - name.length;
      return { place: { en: town.name, pt: town.name, es: town.name, country: 'BR' }, start, end: start + name.length };
    }
  }
  return fromTownAndRegion(text);
}

// A region's name written in full (four letters or more: "on", "sa", "wa" are words), folded,
// longest first so "rio grande do sul" wins over "rio grande". It ends its clause: "santarem, para
// quem quiser" is a preposition, not Pará.
const REGION_NAME = [...REGION_COUNTRY.keys()]
  .filter((name) => name.length >= 4)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const TOWN_THEN_REGION_NAME = new RegExp(
  `(?<![\\p{L}])((?:[\\p{L}'’.-]+\\s+){0,3}[\\p{L}'’.-]+),\\s*(?:(?:no|na|em|in|en|the)\\s+)?(${REGION_NAME})(?=\\s*(?:[.,;:!?)\\n]|$))`,
  'gu',
);

/**
 * A town with its region's name after a comma, in any case and after any word: "na orla de
 * parintins, amazonas", "the yard outside Tralee, Kerry", "Cafayate, Salta". The pair says which
 * town and which country where the town alone would be a word ("orla de Parintins" has no
 * preposition of place) or a namesake; the region is written as the gazetteer spells it.
 */
function fromTownAndRegion(text: string): PlaceMatch | undefined {
  const folded = fold(text);
  if (folded.length !== text.length) return undefined;
  for (const match of folded.matchAll(TOWN_THEN_REGION_NAME)) {
    const country = REGION_COUNTRY.get(match[2]!);
    const words = match[1]!.split(/\s+/);
    for (let from = 0; from < words.length; from++) {
      const name = words.slice(from).join(' ');
      if (REGION_COUNTRY.has(name) || isCountryName(name) || NOT_PLACES.has(name)) continue;
      const town = findWorldCities(name).find((candidate) => candidate.country === country);
      if (!town) continue;
      const start = match.index + match[1]!.length - name.length;
      const end = match.index + match[0].length;
      const region = placeWords.regions[country!]!.find((written) => fold(written) === match[2]) ?? match[2]!;
      const written = `${town.name}, ${region}`;
      return { place: { en: written, pt: written, es: written, country: town.country }, start, end, byRegionName: true };
    }
  }
  return undefined;
}

/**
 * A town of two or more words from the world gazetteer, wherever it stands and in any case ("el
 * paso county jail", "sao jose dos campos"): unlike one-word names ("Natal", "Lima"), a large town's
 * several-word name is rarely anything else.
 */
const MULTIWORD_TOWN_MIN = 100_000;
function fromMultiwordTown(text: string, folded: string): PlaceMatch | undefined {
  const words = [...folded.matchAll(/[\p{L}'’-]+/gu)];
  for (let i = 0; i < words.length; i++) {
    for (let count = Math.min(4, words.length - i); count >= 2; count--) {
      const last = words[i + count - 1]!;
      // Only words joined by spaces: "São Paulo" yes, "paso, county" no.
      const span = folded.slice(words[i]!.index, last.index + last[0].length);
      if (!/^[\p{L}'’-]+(?: [\p{L}'’-]+)+$/u.test(span)) continue;
      const towns = findWorldCities(span);
      const large = towns.find((candidate) => candidate.population >= MULTIWORD_TOWN_MIN);
      if (!large) continue;
      const start = words[i]!.index;
      // A large town's name says it is a town; which one, the prompt's language says where it can.
      const voted = votedLanguage(`${text.slice(0, start)} ${text.slice(start + span.length)}`);
      // Written in lowercase, the words must read as a place in the prompt's own language: "el
      // paso county jail" (nothing else votes) is El Paso, "el paso a paso de la receta" (Spanish)
      // is not a town in Texas.
      if (!/\p{Lu}/u.test(text.charAt(start)) && voted && voted !== countryLanguage(large.country)) continue;
      const town = (voted ? towns.find((candidate) => countryLanguage(candidate.country) === voted) : undefined) ?? large;
      return placeOfTown(town, start, start + span.length);
    }
  }
  return undefined;
}

/**
 * The city or neighbourhood the prompt names: a city of the hand-kept gazetteer (it knows each
 * language's spelling), a town of the world gazetteer after a preposition (the longer wins
 * where both match the same words: "Jerez de la Frontera" over "Jerez"), else "in/em/no X".
 */
/**
 * `typed`: the prompt as the person typed it, when `text` has had accents given back — "amatitan"
 * restored as "Amatitán" is no capital of theirs, and must not make their lowercase towns words.
 */
export function extractPlace(text: string, typed: string = text): PlaceMatch | undefined {
  const folded = fold(text);
  const known = elsewhereSaid(text, longerTown(text, fromGazetteer(text, folded)));
  const world = fromWorldCities(text, folded, writesLowercase(typed)) ?? fromMultiwordTown(text, folded);
  const withState = fromTownAndState(text);
  // Where two readings cover the same words, the longer wins: "Feira de Santana BA" over the
  // gazetteer's "Feira", "Jerez de la Frontera" over "Jerez".
  // Of two places apart, the first named: "based in Cambridge, we deliver to Boston" is in Cambridge.
  const longer = (a: PlaceMatch | undefined, b: PlaceMatch | undefined) => {
    if (!a || !b) return a ?? b;
    const overlaps = b.start < a.end && a.start < b.end;
    return (overlaps && b.end - b.start > a.end - a.start) || (!overlaps && b.start < a.start) ? b : a;
  };
  // A town with its state is the surest reading there is: it wins over a gazetteer name found
  // elsewhere in the prompt ("Feira de Santana BA … só em Feira" is in Bahia, not in Portugal).
  const first = longer(known, world);
  const stateWins =
    withState &&
    !(first && first.start < withState.end && withState.start < first.end && first.end - first.start > withState.end - withState.start) &&
    // A town with its region's name, read after any word, loses to a capitalised town named before
    // it: "faço redes em Parintins e entrego até Manaus, Amazonas" is in Parintins.
    !(withState.byRegionName && first && first.end <= withState.start && /\p{Lu}/u.test(text.charAt(first.start)));
  // Where the person says they are wins over a town named elsewhere ("aqui em São Félix … os
  // ensaios em Cachoeira") — unless a reading of the same words says more ("aqui em Contagem-MG").
  const self = fromSelfLocation(text, folded);
  if (self && !(stateWins && withState.start <= self.start))
    return withRegion(text, withSuffix(text, sameReading(self, [withState, known, world]) ?? self));
  const found = first ?? fromStandaloneTown(text) ?? fromPreposition(text);
  // So does the town the prompt's opening puts the business in ("Tenho uma serraria móvel em União
  // da Vitória … Atendo Porto União (SC)"): a town named after its sentence (the towns served), or
  // before it in a person's name ("Severino Bezerra de Lima … em Campina Grande"), or a region
  // ("… Infiesto, en el concejo de Piloña, en Asturias") is not where it is. A town said right
  // after it in its sentence says more ("near Pleasure Point, Santa Cruz").
  const opening = self ? undefined : fromOpening(text);
  const other = stateWins ? withState : found;
  if (
    opening &&
    (!other ||
      (other.end <= opening.start && (isInPersonsName(text, other) || isRefusedAt(text, other.start))) ||
      (opening.start <= other.start && other.end <= opening.end) ||
      other.start >= sentenceEnd(text, opening.end) ||
      isRegionOnly(text.slice(other.start, other.end)) ||
      isItsRegion(text, opening, other))
  )
    return withRegion(text, withSuffix(text, sameReading(opening, [withState, known, world]) ?? opening));
  if (stateWins) return withState;
  return found && withRegion(text, withSuffix(text, found));
}

/**
 * A well-known town's reading ("Berlín" is Berlin) gives way to a town of the same name in the
 * country the words right after it say ("Berlín, Usulután" is in El Salvador).
 */
function elsewhereSaid(text: string, found: PlaceMatch | undefined): PlaceMatch | undefined {
  if (!found) return found;
  const country = countryAfter(text.slice(found.end));
  if (!country || country === found.place.country) return found;
  const town = findWorldCities(text.slice(found.start, found.end)).find((candidate) => candidate.country === country);
  return town ? placeOfTown(town, found.start, found.end) : found;
}

/** A reading that covers all of `place`'s words and says more ("aqui em Contagem-MG"); never one of only part of it ("Vitória" in "União da Vitória"). */
function sameReading(place: PlaceMatch, readings: readonly (PlaceMatch | undefined)[]): PlaceMatch | undefined {
  return readings.find((other) => other && other.start <= place.start && place.end <= other.end);
}

/**
 * "in Lakefield, Ontario": the name right after the opening's town is its region (though a town of
 * that name is elsewhere) when the region is in a country of the prompt's language — not
 * "near Pleasure Point, Santa Cruz" in English (Bolivia's Santa Cruz is a region, California's a town).
 */
function isItsRegion(text: string, opening: PlaceMatch, other: PlaceMatch): boolean {
  if (!/^,\s+$/u.test(text.slice(opening.end, other.start))) return false;
  const country = regionCountry(text.slice(other.start, other.end));
  return country !== undefined && countryLanguage(country) === votedLanguage(text);
}

/** "Severino Bezerra de Lima": a town's name that ends a person's name (a given name, a surname, "de"). */
function isInPersonsName(text: string, place: PlaceMatch): boolean {
  return /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:de|da|do|dos|das|del)\s+$/u.test(text.slice(Math.max(0, place.start - 60), place.start));
}

/** "Não trabalho em Lages": a town its own clause refuses. */
function isRefusedAt(text: string, at: number): boolean {
  const sentenceStart = sentenceStartAt(text, at);
  return NEGATED_BEFORE.test(fold(text.slice(sentenceStart, at)).replace(/\s*(?:in|em|no|na|en|a|to)\s*$/u, ' '));
}

/** A region's name that is no town's too ("Asturias"; not "Santa Cruz"). */
function isRegionOnly(name: string): boolean {
  return regionCountry(name) !== undefined && findWorldCities(name).length === 0;
}

/** Where the sentence holding `at` ends. */
function sentenceEnd(text: string, at: number): number {
  const stop = /[.!?](?:\s|$)|\n/gu;
  stop.lastIndex = at;
  return stop.exec(text)?.index ?? text.length;
}

/**
 * "São Francisco do Sul", "San Nicolás de los Arroyos": a town the hand-kept gazetteer knows by the
 * first words of a longer town's name is that longer town when the world gazetteer has it — never
 * "São Francisco" (read as San Francisco, US) with "do Sul" left over as words of the prompt.
 */
const LONGER_NAME = new RegExp(`^(?:\\s+${CONNECTOR})?\\s+${CAPITALISED}(?:\\s+${CONNECTOR}?\\s*${CAPITALISED}){0,2}`, 'u');
function longerTown(text: string, found: PlaceMatch | undefined): PlaceMatch | undefined {
  if (!found) return found;
  const more = LONGER_NAME.exec(text.slice(found.end))?.[0];
  if (!more) return found;
  const words = more.trim().split(/\s+/);
  // The longest run of the words after it that makes a known town.
  for (let count = words.length; count > 0; count--) {
    const name = `${text.slice(found.start, found.end)} ${words.slice(0, count).join(' ')}`.replace(/[.,]+$/, '');
    const towns = findWorldCities(name);
    if (towns.length === 0) continue;
    const end = found.start + name.length;
    const rest = `${text.slice(0, found.start)} ${text.slice(end)}`;
    const town = chooseTown(towns, text.slice(end, end + 40), votedLanguage(rest), rest);
    return placeOfTown(town, found.start, end);
  }
  return found;
}

// "Tenho a oficina na Murtosa", "el taller está en Marfil", "my shop is in Ludlow": the person's
// place of work, with a verb of being or none, then a preposition of place.
const WORKPLACE_IN = `(?:${alternationOf(placeWords.workplaceNouns)})\\s+(?:(?:${alternationOf(placeWords.workplaceVerbs)})\\s+)?(?:em|na|no|en|in|at)`;
const SELF_LOCATION = new RegExp(
  `(?<![\\p{L}])(?:${placeWords.selfLocationLeads.map(escapeRegExp).join('|')}|${WORKPLACE_IN})\\s+(?=\\p{L})`,
  'gu',
);
const SELF_PLACE = new RegExp(`^${CAPITALISED}(?:\\s+${CONNECTOR}?\\s*${CAPITALISED}){0,3}`, 'u');

/** The run of capitalised words at `start`, ended where its sentence ends ("sou de Araquari. Fica do lado…" is Araquari). */
function placeRunAt(text: string, start: number): string | undefined {
  return SELF_PLACE.exec(text.slice(start))?.[0]
    .split(/\.\s/u)[0]!
    .replace(/[.,]+$/, '');
}

/** A gazetteer town as the place written at start–end, in every language by its own name. */
function placeOfTown(town: WorldCity, start: number, end: number): PlaceMatch {
  return { place: { en: town.name, pt: town.name, es: town.name, country: town.country }, start, end };
}

/** Of the towns of the name written at start–end, the one the words around it point to. */
function townAt(text: string, towns: readonly WorldCity[], start: number, end: number): PlaceMatch {
  const rest = `${text.slice(0, start)} ${text.slice(end)}`;
  const town = chooseTown(towns, text.slice(end, end + 40), votedLanguage(rest), rest);
  return placeOfTown(town, start, end);
}

/**
 * "aqui em São Félix, no Recôncavo", "Somos de Florida, Uruguay", "my home studio in Mold,
 * Flintshire": where the person says they are is where the business is — over a town the gazetteer
 * knows that is named later (a neighbouring city, where they once worked), and even when the
 * gazetteer knows no town of that name (a small one), when the name stands alone (a comma, a full
 * stop or the end after it).
 */
function fromSelfLocation(text: string, folded: string): PlaceMatch | undefined {
  for (const lead of folded.matchAll(SELF_LOCATION)) {
    const start = lead.index + lead[0].length;
    const said = placeRunAt(text, start);
    if (!said) continue;
    // "los sábados … ese día yo estoy en San Miguel", "on Fridays I'm in Leeds": where the person is
    // on a day is where they go, not where the business is.
    if (isSaidOfADay(folded, lead.index)) continue;
    // "o ateliê fica na Rua do Amparo, no Sítio Histórico de Olinda": a street is no town.
    if (readingCues.streetNouns.has(fold(said.split(/\s+/)[0]!))) continue;
    const words = said.split(/\s+/);
    // The whole run of capitalised words is the town: "I'm from Maple Grove Seed Library" names an
    // organisation that holds a town's name, not the town.
    const towns = isCountryName(said) ? [] : findWorldCities(said);
    if (towns.length > 0) {
      const end = start + said.length;
      return townAt(text, towns, start, end);
    }
    const standsAloneHere = /^\s*(?:[,.;!?\n(]|$)/.test(text.slice(start + said.length));
    const isWord = words.some((word) => NOT_PLACES.has(fold(word))) || isCountryName(said) || isTimeWord(fold(said));
    if (!standsAloneHere || isWord || words.join('').length < 3) continue;
    return { place: { en: said, pt: said, es: said }, start, end: start + said.length };
  }
  return fromApposition(text);
}

/** Whether the sentence holding `at` names a day of the week or a day pointed at before `at` ("ese día", "on Saturdays"). */
function isSaidOfADay(folded: string, at: number): boolean {
  const words = folded.slice(sentenceStartAt(folded, at), at).match(/\p{L}+/gu) ?? [];
  const said = ` ${words.join(' ')} `;
  return words.some((word) => readingCues.dayWords.has(word)) || placeWords.dayNouns.some((day) => said.includes(` ${day} `));
}

// How far into the prompt its opening goes: where the person says what they do and where.
const OPENING_REACH = 360;
const OPENING_PREPOSITION =
  /(?<![\p{L}\p{N}])(?:in|em|no|na|en|desde|out of|just outside|outside|near|perto de|cerca de|junto a)\s+(?=\p{Lu})/gu;
const NEGATED_BEFORE = /(?:^|\s)(?:nao|no|not|don't|dont|never|nunca|nem|ni)\s+(?:[\p{L}']+\s+){0,2}$/u;
const BRANDS = new Set(readingCues.platformBrands);
const REGION_NOUN = new RegExp(
  `^,\\s+(?:(?:no|na|en|in|em|del?)\\s+)?(?:(?:o|el|la|a|the)\\s+)?(?:${[...readingCues.regionNouns].map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * "Tenho uma serraria móvel em União da Vitória, no Paraná", "Os escribo desde Infiesto, en el
 * concejo de Piloña", "I restore canoes out of my shop in Lakefield, Ontario": the first town the
 * prompt's opening puts the business in — one the world gazetteer knows, or a name it does not
 * that the person places themselves (its region or its municipality after a comma). Never in a
 * refusal ("não trabalho em Lages"), never a brand ("vendo no Instagram").
 */
const TOWN_THEN_REGION = /^,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*(?:[,.;(\n]|$)/u;
function fromOpening(text: string): PlaceMatch | undefined {
  const opening = text.slice(0, OPENING_REACH);
  for (const lead of opening.matchAll(OPENING_PREPOSITION)) {
    const sentenceStart = sentenceStartAt(text, lead.index);
    if (NEGATED_BEFORE.test(fold(text.slice(sentenceStart, lead.index)))) continue;
    const start = lead.index + lead[0].length;
    const said = placeRunAt(text, start);
    if (!said) continue;
    const words = said.split(/\s+/);
    if (BRANDS.has(fold(said)) || words.some((word) => NOT_PLACES.has(fold(word)) || BRANDS.has(fold(word)))) continue;
    if (isCountryName(said) || regionCountry(said) || isTimeWord(fold(said)) || words.join('').length < 3) continue;
    // ("fica na Rua das Flores, no centro de Olinda": a street is no town.)
    if (readingCues.streetNouns.has(fold(words[0]!))) continue;
    const end = start + said.length;
    const towns = findWorldCities(said);
    if (towns.length > 0) {
      return townAt(text, towns, start, end);
    }
    const after = text.slice(end);
    // "near Pleasure Point, Santa Cruz", "en Santa Teresita, Cartago": a part of town (or a place
    // the gazetteer does not know), then a town it knows — both are where, the town says the country.
    const then = TOWN_THEN_REGION.exec(after)?.[0]
      .replace(/^,\s+/u, '')
      .replace(/\s*[,.;(\n]$/u, '');
    const thenTowns = then && !regionCountry(then) ? findWorldCities(then) : [];
    if (then && thenTowns.length > 0) {
      const thenEnd = end + after.indexOf(then) + then.length;
      const rest = `${text.slice(0, start)} ${text.slice(thenEnd)}`;
      const town = chooseTown(thenTowns, text.slice(thenEnd, thenEnd + 40), votedLanguage(rest), rest);
      const both = text.slice(start, thenEnd);
      return { place: { en: both, pt: both, es: both, country: town.country }, start, end: thenEnd };
    }
    // (…", Guanacaste, y queremos": a town, then its region, as people place a small town.)
    const placed =
      REGION_NOUN.test(fold(after)) ||
      withRegion(text, { place: { en: said, pt: said }, start, end }).end > end ||
      TOWN_THEN_REGION.test(after);
    if (placed) return { place: { en: said, pt: said, es: said }, start, end };
  }
  return undefined;
}

// How far into the prompt "…, de Town" still says who is writing: the first sentences.
const APPOSITION_REACH = 300;
const APPOSITION = new RegExp(`(?:${placeWords.appositionLeads.map(escapeRegExp).join('|')})\\s+(?=\\p{Lu})`, 'gu');
// "Itaporanga d'Ajuda", "San Nicolás de los Arroyos": capitalised words, their connectors and elisions.
const APPOSED_TOWN = new RegExp(`^${CAPITALISED}(?:(?:\\s+${CONNECTOR}\\s+|\\s+|\\s*d['’])${CAPITALISED}){0,3}`, 'u');

function fromApposition(text: string): PlaceMatch | undefined {
  for (const lead of text.slice(0, APPOSITION_REACH).matchAll(APPOSITION)) {
    const start = lead.index + lead[0].length;
    const said = APPOSED_TOWN.exec(text.slice(start))?.[0]
      .split(/\.\s/u)[0]!
      .replace(/[.,]+$/, '');
    if (!said || isCountryName(said)) continue;
    const end = start + said.length;
    const after = text.slice(end, end + 40);
    // Said alone, between commas or before a full stop.
    if (!/^\s*(?:[,.;!?\n]|$)/u.test(after)) continue;
    const towns = findWorldCities(said);
    if (towns.length > 0) {
      const rest = `${text.slice(0, start)} ${text.slice(end)}`;
      const town = chooseTown(towns, after, votedLanguage(rest), rest);
      return placeOfTown(town, start, end);
    }
    // A town we do not know, with its region after it: "de Itaporanga d'Ajuda, Sergipe".
    const withItsRegion = withRegion(text, { place: { en: said, pt: said, es: said }, start, end });
    if (withItsRegion.end > end) return withItsRegion;
  }
  return undefined;
}

const TOWN_SUFFIX = new RegExp(`^\\s+(?:${placeWords.townSuffixes.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
/**
 * "Iloilo City", "Naga City": the gazetteer keeps the town as "Iloilo", but the word after it is
 * how the town is called — left behind, it was read as an offering ("City").
 */
function withSuffix(text: string, found: PlaceMatch): PlaceMatch {
  const suffix = TOWN_SUFFIX.exec(text.slice(found.end));
  if (!suffix) return found;
  const end = found.end + suffix[0].length;
  const written = text.slice(found.start, end);
  return { ...found, end, place: { ...found.place, en: written, pt: written, ...(found.place.es ? { es: written } : {}) } };
}

/**
 * "Cycle Hub, Kingston. We sell…": a known town said alone between commas or full stops, after the
 * prompt's first words (which are most often the name), is where the business is. Large towns
 * only: a small one's name is too often a word or a surname ("Nelson").
 */
const STANDALONE_TOWN_MIN = 50_000;
function fromStandaloneTown(text: string): PlaceMatch | undefined {
  for (const match of text.matchAll(/(?<=[,.;!?\n]\s*)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?=\s*(?:[,.;!?\n]|$))/gu)) {
    const towns = findWorldCities(match[1]!).filter((town) => town.population >= STANDALONE_TOWN_MIN);
    // "Natal", "Victoria": a name that is also a word never counts alone.
    if (towns.length === 0 || isCountryName(match[1]!) || findGazetteerEntry(match[1]!)?.isAmbiguous) continue;
    const start = match.index;
    const end = start + match[1]!.length;
    const rest = `${text.slice(0, start)} ${text.slice(end)}`;
    const town = chooseTown(towns, text.slice(end, end + 40), votedLanguage(rest), rest);
    return placeOfTown(town, start, end);
  }
  return undefined;
}

/**
 * "Trim, Co Meath", "Hamilton, Waikato": the region written after the town is part of where (never
 * the business's name), and says the country — over the one a town of the same name elsewhere has.
 */
function withRegion(text: string, found: PlaceMatch): PlaceMatch {
  const after = /^,?\s+((?:Co\.?\s+|County\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u.exec(text.slice(found.end));
  if (!after) return found;
  // The longest run of capitalised words that is a region: "Western Cape Town" → "Western Cape".
  const words = after[1]!.split(/\s+/);
  for (let count = words.length; count > 0; count--) {
    const region = words.slice(0, count).join(' ');
    const country = regionCountry(region);
    if (!country) continue;
    const end = found.end + after[0].length - after[1]!.length + region.length;
    if (!found.place.country || found.place.country === country) return { ...found, end, place: { ...found.place, country } };
    // "León, Guanajuato": the region the person wrote says which of the towns of that name it is —
    // not the better-known one (León in Spain), whose other-language names are not this town's.
    const name = text.slice(found.start, found.end);
    return { ...found, end, place: { en: name, pt: name, es: name, country } };
  }
  return found;
}
