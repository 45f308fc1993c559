import { sanitizeText } from '@/lib/ai/sanitize-text';
import { countryAfter, extractPlace } from './extract-place';
import { blankSpans, escapeRegExp, fold } from './text';
import { correctPrices } from './correct-prices';
import { emailsWritten } from './extract-contact';
import type { Place } from './kind-types';
import { audienceFor, mentionedCountry, regulationFor, toneFor } from './brief-details';
import { detectFeatures, formPurposeOf } from './detect-features';
import {
  asksForBilingual,
  countryLanguage,
  detectPromptLanguage,
  portugueseVariant,
  requestedLanguages,
  unwrittenLanguage,
  type PromptLanguage,
} from './detect-languages';
import { dialledCountry, extractFacts, nationalNumberCountry, numbersWrittenLocally } from './extract-facts';
import { pricedCountry } from './extract-prices';
import { extractTimetable } from './extract-timetable';
import { extractFaq } from './extract-faq';
import { extractFormFields } from './extract-form-fields';
import { extractTestimonials } from './extract-testimonials';
import { extractLandmark } from './extract-landmark';
import { extractOfferings } from './extract-offerings';
import { missingFacts, type MissingFact } from './missing-facts';
import { MAX_BRIEF_ITEMS, type BriefFeature, type BriefItem, type BriefPrice, type SiteBrief } from './site-brief-schema';
import { screenItems } from './screen-items';
import type { ItemContext } from './item-features';
import { genericTaxonomyKind, rankTaxonomy, resolveTaxonomyKind } from './taxonomy';
import { findWorldCities, townKey } from './places';
import { extractBusinessName, statedName } from './extract-business-name';
import { fillElidedHeads } from './fill-elided-heads';
import { extractPeople, isFirstName, isSelfIntroduced, selfNamedProfessional } from './extract-people';
import { isClosedWordOfAny, isInfinitive, mayBeVerb, wordLanguageOf } from './word-classes';
import { nearestKind } from './nearest-kind';
import { readPayments } from './read-payments';
import { isShouted, softenCapitals } from './soften-capitals';
import { titleCase } from './clean-name';
import { readPrompt } from './read-prompt';
import { sortDetails, withoutPermissionTail } from './sort-details';
import { joinToldClauses } from './join-told-clauses';
import { continueNarration } from './continue-narration';
import { tellWholeSentences } from './tell-whole-sentences';
import { readNameTalk } from './read-name-talk';
import { continueSaidToUs } from './continue-said-to-us';
import { keepPeoplePrivate } from './keep-people-private';
import { capitalisePlaces } from './capitalise-places';
import { withoutPriceAsides } from './without-price-asides';
import { screenCards } from './screen-cards';
import { keepListedCatalogue } from './keep-listed-catalogue';
import { setAsideRemarks } from './set-aside-remarks';
import { keepToldArticles } from './keep-told-articles';
import { takeRefusedLists } from './take-refused-lists';
import { screenTold } from './sort-told';
import { isNotWhat, whatAfterCopula, withoutNegatedWords } from './what-guard';
import { letterOpening, otherPlaceRefused, setAsideSaidToBuilder } from './said-to-builder';
import { withoutQuestionnaire } from './without-questionnaire';
import { withoutTranscriptMarks } from './without-transcript-marks';
import { isDayWord, isNegationWord, readingCues } from './reading-cues';
import { refusingClauses } from './refusing-clauses';
import { expandAbbreviations, withoutTitleStops } from './expand-abbreviations';
import { nameActions } from './name-actions';
import { restoreAccents } from './restore-accents';
import { writeNumberWords } from './write-number-words';
import type { TaxonomyKind } from './taxonomy-types';

export type ExtractBriefInput = {
  prompt: string;
  /** The person's hint: one of our kind ids or plain words ("dog grooming"). */
  businessKind?: string;
  /**
   * Languages the person picked in the studio. Used only when the prompt names none and says
   * nothing about where the business is: the prompt, not the UI, decides the site's language.
   */
  fallbackLocales?: readonly string[];
};

// Solo professions: a named person is the business ("Dra. Juliana Prado", "Sarah Lee").
const PERSON_KINDS = new Set([
  'psychologist',
  'therapist',
  'nutritionist',
  'personal-trainer',
  'photographer',
  'author',
  'musician',
  'portfolio',
  'tutoring',
  'music-school',
]);

/**
 * The place as the prompt writes it — unless written all in lowercase ("contagem mg", "sao jose dos
 * campos"), where the town's own spelling is what the page should show ("Contagem", "São José dos Campos").
 */
function placeText(written: string, place: Place): string {
  if (written !== written.toLowerCase()) return written;
  const own = [place.pt, place.en, place.es, place.ptPT].find((form) => form && townKey(form) === townKey(written));
  return own ?? written;
}

/**
 * The country of the place the prompt names — unless a phone number written with its
 * international prefix, or the currency of every price, is from another country and the place is
 * no large town there: "Ñuñoa" with a +56 number is the Santiago commune, not the village of that
 * name in Peru.
 */
function placeCountry(text: string, placeMatch: { place: Place; start: number; end: number } | undefined): string | undefined {
  const found = placeMatch?.place.country;
  // Where the number dials, else where the prices are paid ("R$ 240"): evidence of the country.
  // …else where a number written the local way can only be from, among the countries that speak the
  // prompt's language ("Whats 442 318 5567" in Spanish is a Mexican mobile: no other Spanish-speaking
  // plan has it). Without it a town we do not know ("Querétaro", "Dolores" read as Venezuela's) left a
  // WhatsApp button that dials nowhere.
  const surely = dialledCountry(text) ?? pricedCountry(text);
  const languageCountries = LANGUAGE_COUNTRIES[detectPromptLanguage(text)] ?? [];
  const dialled = surely ?? nationalNumberCountry(text, languageCountries);
  // A place we do not know the country of ("Bariloche") is where the number dials: "$" with +54 is pesos.
  if (!found) return dialled;
  if (!dialled && placeMatch) {
    // Numbers written the local way fit one country's plan: of the towns of this name, that one's.
    const name = text.slice(placeMatch.start, placeMatch.end);
    const countries = [...new Set(findWorldCities(name).map((town) => town.country))];
    const fits = countries.length > 1 ? nationalNumberCountry(text, countries) : undefined;
    if (fits && fits !== found) return fits;
  }
  if (!placeMatch || !dialled || dialled === found) return found;
  const name = text
    .slice(placeMatch.start, placeMatch.end)
    .split(/,|\s+(?:e|y|and)\s+/)[0]!
    .trim();
  const { place } = placeMatch;
  // "Los Angeles" with a +56 number is the Chilean city: a town of that name where the number dials wins.
  if (findWorldCities(name).some((town) => town.country === dialled)) return dialled;
  // People write their own number the local way and one from abroad with its prefix: where every
  // number written the local way is valid in the town's country and none is valid where the prefix
  // dials, the prefixed number is someone's abroad, not where the business is (a Brazilian border
  // town's "(55) 99876-1234" beside a Uruguayan supplier's "+598 …"; prices in the neighbour's
  // currency say as little).
  if (isValidOnlyIn(text, found, dialled)) return found;
  // A number valid in one country of the prompt's language says less than a town we know when it
  // could be a number of the town's country too, in a range its plan keeps for fiction or has not
  // given out yet: "(868) 555-0143" in Sangre Grande is Trinidad's, not New Zealand's.
  // (Only for a country the numbers were not weighed against: of the countries of the prompt's
  // language, the one where they are valid is surer than a town's where they only have the length —
  // "55 1234 5678" is Mexico's whatever Chía says.)
  if (!surely && !languageCountries.includes(found) && isPossibleIn(text, found)) return found;
  const isLargeThere = [name, place.en, place.pt, place.es]
    .filter((form): form is string => Boolean(form))
    .some((form) => findWorldCities(form).some((town) => town.country === found && town.population >= 100_000));
  return isLargeThere ? found : dialled;
}

/** The country a town is written with: its region or country, inside what was read as the place or right after it. */
function countrySaidWith(text: string, placeMatch: { start: number; end: number }): string | undefined {
  const place = text.slice(placeMatch.start, placeMatch.end);
  const mark = place.search(/[,(]/u);
  return (mark > 0 ? countryAfter(place.slice(mark)) : undefined) ?? countryAfter(text.slice(placeMatch.end));
}

/**
 * The first word of a business's name of two words or more when the prompt also writes it in lower
 * case, as a common noun, outside the name ("Comparsa Moura … a comparsa vai às estâncias"): the
 * writer's own word for the trade. Never a word of grammar or a person's name.
 */
function nameHeadNoun(name: string, text: string, people: readonly string[]): string | undefined {
  const words = name.split(/\s+/);
  const head = words[0]!;
  if (words.length < 2 || !/^\p{Lu}\p{Ll}{3,}$/u.test(head)) return undefined;
  const folded = fold(head);
  if (isClosedWordOfAny(folded) || isFirstName(folded)) return undefined;
  if (people.some((person) => fold(person).split(/\s+/).includes(folded)) || isSelfIntroduced(head, text)) return undefined;
  const lower = head.toLocaleLowerCase();
  // A word of its own, not part of an address or a handle ("fiona@…", "@selaria.arruda").
  const asNoun = new RegExp(`(?<![\\p{L}\\d@._/-])${escapeRegExp(lower)}(?![\\p{L}\\d@_/-]|\\.\\p{L})`, 'u');
  return asNoun.test(text) ? lower : undefined;
}

/** A reading of what the business is that describes nothing: empty, one capitalised word, capitals only, or a verb. */
function isBareWhat(what: string, locale: string): boolean {
  const words = what.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  if (what === what.toLocaleUpperCase()) return true;
  if (words.length === 1 && /^\p{Lu}/u.test(words[0]!)) return true;
  const first = fold(words[0]!);
  const language = wordLanguageOf(locale);
  // (Many nouns have a verb's shape, "serraria", "transporte", "centro": a verb only alone, or an infinitive.)
  return isClosedWordOfAny(first) || isInfinitive(first, language) || (words.length === 1 && mayBeVerb(first, language));
}

/** Whether every number the prompt writes the local way is valid in `country` and none is in `other`. */
function isValidOnlyIn(text: string, country: string, other: string): boolean {
  const local = numbersWrittenLocally(text, country);
  return (
    local.length > 0 &&
    local.every((match) => match.number.isValid() && match.number.country === country) &&
    !numbersWrittenLocally(text, other).some((match) => match.number.isValid())
  );
}

/** Whether every phone number the prompt writes the local way could be a number of `country`. */
function isPossibleIn(text: string, country: string): boolean {
  const found = numbersWrittenLocally(text, country, { extended: true });
  return found.length > 0 && found.every((match) => match.number.isPossible() && match.number.country === country);
}

// The countries where each language the reader knows is spoken by our clients' customers.
const LANGUAGE_COUNTRIES: Partial<Record<string, readonly string[]>> = {
  pt: ['BR', 'PT', 'AO', 'MZ', 'CV'],
  en: ['US', 'GB', 'IE', 'CA', 'AU', 'NZ'],
  es: ['ES', 'MX', 'AR', 'CO', 'PE', 'CL', 'UY', 'PY', 'BO', 'EC', 'VE', 'CR', 'PA', 'GT', 'HN', 'SV', 'NI', 'DO', 'CU', 'PR'],
};

function localeFor(lang: PromptLanguage | 'fr' | 'de' | 'it', prompt: string, country: string | undefined): string {
  return lang === 'pt' ? portugueseVariant(prompt, country) : lang;
}

// The language people speak where the business is, for the countries our places know best.
const COUNTRY_LANGUAGE: Record<string, string> = {
  BR: 'pt',
  PT: 'pt',
  AO: 'pt',
  MZ: 'pt',
  US: 'en',
  GB: 'en',
  IE: 'en',
  CA: 'en',
  AU: 'en',
  NZ: 'en',
};
const SPANISH_COUNTRIES = new Set(LANGUAGE_COUNTRIES.es);

function localLanguage(country: string | undefined): string | undefined {
  if (!country) return undefined;
  return COUNTRY_LANGUAGE[country] ?? (SPANISH_COUNTRIES.has(country) ? 'es' : undefined);
}

function siteLanguages(prompt: string, promptLocale: string, country: string | undefined, notes: string[], mayAsk = true): string[] {
  const asked = mayAsk ? requestedLanguages(prompt).map((lang) => localeFor(lang, prompt, country)) : [];
  if (asked.length > 0) {
    // The prompt's own language leads when it is one of them: the person wrote in it. English is
    // the exception when the person named the place's language first ("bakery in Lisbon, site in
    // Portuguese and English"): people write prompts in English wherever they are, so it says less
    // about the customers than a prompt in Portuguese for a cleaner in Boston does.
    const local = localLanguage(country);
    const namesLocalFirst = promptLocale === 'en' && local !== undefined && local !== 'en' && asked[0]!.split('-')[0] === local;
    const ordered = asked.includes(promptLocale) && !namesLocalFirst ? [promptLocale, ...asked.filter((l) => l !== promptLocale)] : asked;
    notes.push(`The prompt asks for ${ordered.join(' + ')}.`);
    return ordered;
  }
  if (asksForBilingual(prompt)) {
    const second = promptLocale === 'en' ? (country === 'BR' || country === 'PT' ? portugueseVariant(prompt, country) : 'es') : 'en';
    notes.push(`"Bilingual" with one language named: ${promptLocale} + ${second}.`);
    return [promptLocale, second];
  }
  return [promptLocale];
}

const SELF_CORRECTION = new RegExp(
  `\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:d[aeo]s?\\s+)?\\p{Lu}[\\p{L}'’-]*){0,2},?\\s+(?:${readingCues.selfCorrections.map((said) => escapeRegExp(said).replace(/^\p{L}/u, (first) => `[${first}${first.toUpperCase()}]`)).join('|')})\\s*,?\\s+(?=\\p{Lu})`,
  'gu',
);
// A postcode and the town after it: Portuguese "2700-296 Amadora", Brazilian "CEP 74000-000, Goiânia",
// Spanish or Italian "28013 Madrid".
const POSTCODE_TOWN =
  /(?<![\d-])(?:\d{4}-\d{3}|(?:CEP:?\s*)?\d{5}-\d{3}|\d{5})[,\s]+(?:-\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:d[aeo]s?\s+)?\p{Lu}[\p{L}'’-]*){0,3})/gu;

function postcodeTown(text: string): ReturnType<typeof extractPlace> {
  for (const match of text.matchAll(POSTCODE_TOWN)) {
    const town = match[1]!;
    // (Read as a place is said — "em Maia" — since a town's name alone may be a person's too.)
    const said = `em ${town}`;
    const found = extractPlace(said, said);
    if (!found || found.start !== 3) continue;
    const start = match.index + match[0].length - town.length;
    return { ...found, start, end: start + (found.end - found.start) };
  }
  return undefined;
}

/**
 * The town outside the given spans: a landmark's town is what the business is near, and a town in
 * talk about the name ("já há uma empresa com esse nome na Covilhã") is someone else's.
 */
function placeOutside(
  text: string,
  spans: readonly ({ start: number; end: number } | undefined)[],
  typed: string,
  /** Among `spans`, the clauses that refuse their towns. */
  refused: readonly { start: number; end: number }[] = [],
): ReturnType<typeof extractPlace> {
  const found = extractPlace(text, typed);
  const inside = spans.filter(
    (span): span is { start: number; end: number } =>
      span !== undefined && found !== undefined && found.start >= span.start && found.end <= span.end,
  );
  if (!found || inside.length === 0) return found;
  const blanked = blankSpans(
    text,
    spans.filter((span): span is { start: number; end: number } => span !== undefined),
  );
  // With nothing else named, the town near the landmark is still the town; a town the person
  // refuses ("Ílhavo e Aveiro não vou") never is — no place is better than that one.
  return extractPlace(blanked, typed) ?? (refused.some((span) => found.start >= span.start && found.end <= span.end) ? undefined : found);
}

function businessName(
  text: string,
  kind: TaxonomyKind,
  place: ReturnType<typeof extractPlace>,
  people: string[],
  landmark: ReturnType<typeof extractLandmark>,
  /** The people who may be the business itself: everyone named but whom to ask for. */
  ownPeople: string[],
  typed: string,
  /** `text` without what was said only to us: what the rules other than talk about the name read. */
  told: string = text,
): string | null {
  const name = extractBusinessName(text, kind, place, people, landmark, typed, told);
  const isStated = name !== undefined && name === statedName(text);
  // "Sou o Gilmar" in a water-tank cleaner's prompt: who writes, not the site's title.
  const isWriter = name !== undefined && !isStated && !PERSON_KINDS.has(kind.id) && isSelfIntroduced(name, text);
  if (
    name &&
    !isWriter &&
    isRealName(name, kind, isStated) &&
    !isSomeoneElsesBrand(name, text) &&
    (isStated || !isAfterPlacePreposition(name, text))
  )
    return name;
  if (PERSON_KINDS.has(kind.id) && ownPeople[0]) return ownPeople[0];
  return selfNamedProfessional(text) ?? null;
}

/**
 * "NÃO somos o Inmetro nem o IPEM", "we're not the council": a name said only in a clause that
 * denies being it is someone else's — never the business's.
 */
function isOnlyNegated(name: string, text: string, lang: string): boolean {
  const at = [...text.matchAll(new RegExp(escapeRegExp(name), 'g'))].map((match) => match.index);
  return (
    at.length > 0 &&
    at.every((index) => {
      const clause =
        text
          .slice(0, index)
          .split(/[.;:!?\n,()]/)
          .at(-1) ?? '';
      return fold(clause)
        .split(/[^\p{L}]+/u)
        .some((word) => word !== '' && isNegationWord(word, lang, false) && word !== 'sem' && word !== 'without' && word !== 'sin');
    })
  );
}

/** Whether the name is a word or words of the place's own text ("Poblado" of "Medellín, El Poblado"). */
function isInsidePlace(name: string, place: string | undefined): boolean {
  if (!place) return false;
  return new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(fold(name))}(?![\\p{L}])`, 'u').test(fold(place));
}

/** Never the kind itself or a word about the site ("Padaria", "Site"). */
function isRealName(name: string, kind: TaxonomyKind, isStated: boolean): boolean {
  const folded = fold(name);
  // "Padaria chamada Pão Quente": a name said as the name stands, though it is also a kind's word.
  if (!isStated && kind.keywords && new RegExp(`^(?:${kind.keywords})$`).test(folded)) return false;
  return !/^(site|website|landing|pagina|web|home|online|bilingual|bilingue)$/.test(folded);
}

// A part of the prompt about the site's languages ("site em português e inglês", "also in English").
const LANGUAGE_NAME =
  /\b(portugues|ingles|english|portuguese|espanhol|spanish|espanol|castellano|frances|french|alemao|german|aleman|italiano|italian)\b/;
const LANGUAGE_FRAME =
  /\b(bilingu\w*|trilingu\w*|idiomas?|linguas?|languages?|versao|version|versiones|traduc\w*|translat\w*|em|in|en)\s+(\w+\s+)?(portugues|ingles|english|portuguese|espanhol|spanish|espanol|castellano|frances|french|alemao|german|aleman|italiano|italian)\b|\bbilingu|\btrilingu/;

function isLanguageClause(folded: string): boolean {
  return LANGUAGE_NAME.test(folded) ? LANGUAGE_FRAME.test(folded) : /\bbilingu|\btrilingu/.test(folded);
}

/** A brand of someone else's ("Play" of Google Play, "Store" of App Store) or a code is never the business's name. */
function isSomeoneElsesBrand(name: string, text: string): boolean {
  const folded = fold(name);
  const prompt = fold(text);
  if (readingCues.platformBrands.some((brand) => brand === folded || (brand.split(' ').includes(folded) && prompt.includes(brand))))
    return true;
  // "Mondays and Wednesdays", "Julho": when, not who.
  const words = folded.split(/\s+/).filter((word) => !/^(and|e|y|&|de|a|to)$/.test(word));
  if (
    words.every((word) =>
      /^(mon|tues|wednes|thurs|fri|satur|sun)days?$|^(segunda|terca|quarta|quinta|sexta)s?(-feira)?s?$|^(sabado|domingo|lunes|martes|miercoles|jueves|viernes)s?$|^(january|february|march|april|june|july|august|september|october|november|december|janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|mayo|junio|julio|septiembre|octubre|noviembre|diciembre)$/.test(
        word,
      ),
    )
  )
    return true;
  // "we service Trane, Carrier and Lennox": a brand the business works with, in the same sentence.
  if (BRAND_LIST.some((lead) => new RegExp(`${lead}\\s[^.!?\\n]*(?<![\\p{L}])${escapeRegExp(folded)}(?![\\p{L}])`, 'u').test(prompt)))
    return true;
  // "B2B", "BR-116", "CRO-PE": codes, not names.
  return /^[\p{Lu}\d-]+$/u.test(name) && /\d/.test(name);
}

const BRAND_LIST = readingCues.brandLeads.map((lead) => `(?<![\\p{L}])${escapeRegExp(lead)}`);

/** "na Serra Gaúcha", "en Miraflores": capitalised words after "in" are where, not who. */
function isAfterPlacePreposition(name: string, text: string): boolean {
  const at = text.indexOf(name);
  return at > 0 && /(?:^|\s)(em|in|en|na|no|nas|nos|near|perto d[eoa])\s+$/i.test(text.slice(Math.max(0, at - 12), at));
}

/**
 * Prompt → brief, without a model: deterministic and fast enough to run before every generation
 * (the AI path sends it to the plan call; the offline composer builds from it).
 */
/** For training the item screen: what it is given, and whether it runs (it does unless told). */
export type ExtractBriefOptions = {
  screen?: boolean;
  onScreen?: (items: readonly BriefItem[], context: ItemContext) => void;
};

export function extractBrief(input: ExtractBriefInput, options: ExtractBriefOptions = {}): SiteBrief {
  // A name typed in capitals ("somos a MARMORARIA ROCHA FORTE") is read as a name is written.
  // …and a title's period ("Sr.", "V. Exas.") ends no sentence.
  // …and a transcription's marks ("[Audio 1 – 1:48]") or a mail's envelope are no part of what was said.
  // …and a builder's questions are headings of their answers (without-questionnaire.ts).
  const typed = withoutTitleStops(
    softenCapitals(
      withoutQuestionnaire(withoutTranscriptMarks(sanitizeText(input.prompt, { maxLength: 6000, multiline: true, ellipsis: false }))),
    ),
  );
  // Read — and shown on the site — with the accents a phone keyboard left out ("orcamento" → "orçamento").
  const typedLocale = localeFor(detectPromptLanguage(typed), typed, undefined);
  // …and the words a phone's writer shortens ("pra", "vc", "tb") written out.
  const spoken =
    typedLocale === 'pt-BR' || typedLocale === 'pt-PT' || typedLocale === 'es'
      ? // …and a service said as "instalo bomba" read as the service, "instalação de bomba".
        nameActions(
          restoreAccents(expandAbbreviations(typed, typedLocale === 'es' ? 'es' : 'pt'), typedLocale),
          typedLocale === 'es' ? 'es' : 'pt',
        )
      : typedLocale === 'en'
        ? expandAbbreviations(typed, 'en')
        : typed;
  // …and amounts and hours written in words ("oito mil e quinhentos", "das seis da manhã") in digits.
  // …and what a correction takes back left out ("em Abaeté, quer dizer, Abaetetuba" is "em Abaetetuba").
  const written = writeNumberWords(spoken, typedLocale.startsWith('pt') ? 'pt' : typedLocale === 'es' ? 'es' : 'en').replace(
    SELF_CORRECTION,
    '',
  );
  // What was written to whoever makes the site ("obs p vc q ta fazendo: …", "isto não é para pôr
  // no site") is read by no one after this: blanked, and listed among what was not used.
  // (Facts, features and the place are still read in all of it: "obs p vc: não quero formulário"
  // is an instruction to obey.)
  const saidToUs = setAsideSaidToBuilder(written);
  const saidToBuilder = setAsideNameTalk(saidToUs);
  const text = written;
  const notes: string[] = [];
  // A person's name is no evidence of the trade: "Tom Baker" tunes pianos, "Ana Padeiro" may be a lawyer.
  const people = extractPeople(text);
  const withoutPeople = (written: string) => people.reduce((rest, person) => rest.split(person).join(' '.repeat(person.length)), written);
  // …nor is what they say they are not ("Soy notaria, no soy abogada").
  const kindText = withoutNegatedWords(withoutPeople(text), typedLocale);
  const kind = resolveTaxonomyKind(kindText, input.businessKind);
  // A place inside the landmark ("em Lisboa perto do metro de Arroios") is what the business is
  // near, not its town: the town is looked for outside it first.
  // …and "Andorra el país, no Andorra de Teruel": the other place named to refuse it is none of the business's.
  const refusedTowns = [...refusingClauses(text, detectPromptLanguage(text)), ...otherPlaceRefused(text, undefined, false, true)];
  // "…, 2700-296 Amadora": the town after the address's postcode is where the business is, whatever
  // other town its story names ("fui pintora numa fábrica de Lisboa").
  const posted = postcodeTown(text);
  const foundPlace =
    posted ??
    placeOutside(
      text,
      [extractLandmark(text, localeFor(detectPromptLanguage(text), text, undefined)), ...readNameTalk(text).nameClauses, ...refusedTowns],
      typed,
      refusedTowns,
    );
  // "baixe na App Store": a store of someone else's, not where the business is.
  const placeMatch = foundPlace && !isSomeoneElsesBrand(text.slice(foundPlace.start, foundPlace.end), text) ? foundPlace : undefined;
  // A country's name inside a place that knows its own country is that town's name ("Mexico, MO",
  // "Peru, Indiana"), not the country the business is in.
  // …nor is the country of a place refused ("not the Lagos in Portugal").
  const unrefused = blankSpans(text, otherPlaceRefused(text, undefined, false));
  const named = placeMatch?.place.country
    ? mentionedCountry(blankSpans(unrefused, [placeMatch]), { asWhere: true })
    : mentionedCountry(unrefused);
  // "o meu filho está na Venezuela" in a prompt whose every number is Portuguese: a country the
  // story names is not where the business is — unless it is said right after the town (", Uruguay").
  const numbered = dialledCountry(text) ?? nationalNumberCountry(text, LANGUAGE_COUNTRIES[detectPromptLanguage(text)] ?? []);
  // (That country's name itself after the town, not any word after a comma: "em Quaraí, aqui na
  // fronteira … No Uruguai não instalo mais" is a Brazilian town and a country no longer served.)
  const saidAfterTown = placeMatch !== undefined && named !== undefined && countrySaidWith(text, placeMatch) === named.code;
  // A town that knows its country keeps it against a country named elsewhere, unless a town of its
  // name is in that country ("Kingston … we're in Jamaica"): "no Funchal … o meu filho na Venezuela".
  const townName = placeMatch ? text.slice(placeMatch.start, placeMatch.end) : '';
  const isOtherTown =
    named !== undefined &&
    placeMatch?.place.country !== undefined &&
    named.code !== placeMatch.place.country &&
    !saidAfterTown &&
    // "feito em Portugal" after a Santa Maria read as Brazil's may say which Santa Maria it is; a
    // country of another language ("na Venezuela" in a Portuguese prompt) is a story's.
    countryLanguage(named.code) !== detectPromptLanguage(text) &&
    ![townName, placeMatch.place.en, placeMatch.place.pt].some((form) => findWorldCities(form).some((town) => town.country === named.code));
  const country = (named && numbered && numbered !== named.code && !saidAfterTown) || isOtherTown ? undefined : named;
  // "Berlín, Usulután (El Salvador, no Alemania)", "Guajará-Mirim, Rondônia": the country a town is
  // written with is where it is, whatever else the prompt names or a number could be (a number
  // abroad written with its prefix, "o zap da Bolívia, +591…", is the one not from there).
  const countryAfterTown = placeMatch ? countrySaidWith(text, placeMatch) : undefined;
  const countryCode =
    countryAfterTown && countryAfterTown === placeMatch?.place.country
      ? countryAfterTown
      : (country?.code ?? placeCountry(text, placeMatch));
  const location = placeMatch
    ? { text: placeText(text.slice(placeMatch.start, placeMatch.end), placeMatch.place), ...(countryCode ? { country: countryCode } : {}) }
    : country
      ? { text: country.text, country: country.code }
      : null;

  // A place's own spelling is not the prompt's language: "Yoga retreat in Montañita" is English.
  const promptLang = detectPromptLanguage(placeMatch ? `${text.slice(0, placeMatch.start)} ${text.slice(placeMatch.end)}` : text, {
    country: countryCode,
  });
  const promptLocale = localeFor(promptLang, text, countryCode);
  if (promptLocale === 'pt-PT')
    notes.push(countryCode === 'PT' ? 'In Portugal: European Portuguese (pt-PT).' : 'Written in European Portuguese: pt-PT.');
  if (unwrittenLanguage(text) === 'fr')
    notes.push('Written in French, which the site builder does not write yet: the site is in English — change its words in the editor.');
  let languages = siteLanguages(text, promptLocale, countryCode, notes);
  if (text.trim().split(/\s+/).length <= 2 && input.fallbackLocales?.length && !placeMatch && !country) {
    // "cafeteria": too short to tell the language; the studio's choice decides.
    languages = [...input.fallbackLocales];
  }

  // With no place named, a Brazilian or European Portuguese prompt still tells where its phone
  // numbers are ("chama no zap 75 99123-4567" is a Brazilian mobile), so WhatsApp links work.
  const facts = extractFacts(
    text,
    countryCode ?? (promptLocale === 'pt-BR' ? 'BR' : promptLocale === 'pt-PT' ? 'PT' : undefined),
    promptLocale,
  );
  // "Para que lo sepáis vosotros: cobro 38 euros la hora": a price said only to us is private.
  facts.prices = facts.prices
    .filter((price) => !isOnlySaidToUs(text, saidToBuilder.text, price.text))
    // "…, não a do Paraná: R$ 8 o litro": words said only to us are no price's label (the brief's
    // what names the thing sold instead).
    .map((price) => (price.label && labelSaidToUsOnly(text, saidToBuilder.text, price) ? { ...price, label: undefined } : price));
  // "Espera, o caminho de mesa não é mais 350, é 380. Bota 380.": a price taken back is the later one,
  // and the sentences that say so are told to us (blanked below, with the facts).
  const corrected = correctPrices(text, facts.prices);
  facts.prices = corrected.prices;
  // "Mum's landline is 03 685 0924, but don't put it up": a number said only to us, beside one said
  // to visitors, is private — alone, it is still how the business is reached ("obs: meu zap é …").
  // (Found by its digits: "(11) 97654-3210" in the prompt is "11 97654-3210" among the facts.)
  const saidToUsOnly = (phone: string) => {
    const found = new RegExp(phone.replace(/\D/g, '').split('').join('\\D{0,3}')).exec(text);
    return found !== null && saidToBuilder.text.slice(found.index, found.index + found[0].length).replace(/[()\s]/g, '') === '';
  };
  if (facts.phones.some((phone) => !saidToUsOnly(phone))) facts.phones = facts.phones.filter((phone) => !saidToUsOnly(phone));
  facts.offerings = extractOfferings(text, kind);
  const landmark = extractLandmark(text, promptLocale);
  if (landmark) facts.landmark = landmark.text.slice(0, 120);
  // "Aceitamos Pix e cartão em até 6x": one line of the contact details, never offerings.
  const paymentReading = readPayments(text);
  if (paymentReading.payments.length > 0) facts.payments = paymentReading.payments.map((said) => said.slice(0, 120));
  const formFields = extractFormFields(text, promptLocale.startsWith('pt') ? 'pt' : promptLocale === 'es' ? 'es' : 'en');
  const faq = extractFaq(text);
  const quoted = extractTestimonials(text);
  // What the form asks, the FAQ's questions and a customer's words are theirs to carry, not
  // requests: "tudo no horário" in a quote asks for no opening hours, a "WhatsApp" field for no button.
  const requestText = [...(formFields ? [formFields.listText] : []), ...(faq ? [faq.blockText] : []), ...(quoted?.spans ?? [])].reduce(
    (rest, span) => rest.replace(span, ' '.repeat(span.length)),
    text,
  );
  const features = detectFeatures(
    requestText,
    {
      hasPhone: facts.phones.length > 0,
      hasWhatsapp: facts.whatsapp !== undefined,
      hasEmail: facts.emails.length > 0,
      hasHours: facts.openingHours !== undefined,
      hasAddress: facts.address !== undefined,
      hasLandmark: facts.landmark !== undefined,
      hasPrices: facts.prices.length > 0,
      hasPix: facts.pixKey !== undefined,
      hasDonationUrl: facts.donationUrl !== undefined,
      hasInstagram: facts.instagram !== undefined,
    },
    kind.family,
    promptLocale,
  );
  // Quoting a customer is asking for their words on the site.
  if (quoted && !features.includes('testimonials')) features.push('testimonials');
  // "Horários: seg/qua 7h, 12h e 19h; sáb 9h": the times asked for are the timetable given, never a
  // sample of opening hours waiting to be filled.
  const timetable = extractTimetable(text);
  if (timetable.length > 0 && !facts.openingHours && features.includes('hours')) features.splice(features.indexOf('hours'), 1);
  // Reached only on WhatsApp: its number is the chat's, never asked for as a phone to call.
  // (Texts only: the number is still given, for texts.)
  if (facts.reachOnly === 'whatsapp' && features.includes('phone')) features.splice(features.indexOf('phone'), 1);
  // "Quote form please: …": the form asked for by name is that form; "a deposit to book the rig"
  // elsewhere asks for no booking form beside it.
  const formPurpose = formFields ? formPurposeOf(formFields.request) : undefined;
  if (formPurpose) {
    const other = formPurpose === 'quote' ? 'booking' : 'quote';
    if (!features.includes(formPurpose)) features.push(formPurpose);
    if (features.includes(other)) features.splice(features.indexOf(other), 1);
  } else if (
    formFields &&
    formFields.fields.length > 0 &&
    !formFields.fields.some((field) => field.field === 'date' || field.field === 'time') &&
    features.includes('booking')
  )
    // "formulário de encomenda com: nome, animal, tamanho…" beside "visitas só com marcação": the
    // form asked for, with no day or time to ask, books nothing — it is not made a booking form.
    features.splice(features.indexOf('booking'), 1);
  notes.push(...missingFactNotes(features, facts, location));
  // "formulário com: nome e idade do gato": the form's questions name nothing (the cue "nome" there
  // introduces no business name), and a customer's quoted words or name are not the business's either.
  // …nor is what a refusal points back at ('me chamou de "o último relojoeiro…". Não quero essa frase no site').
  // …nor a letter's dateline or salutation ("Exmos Senhores,").
  // …nor a price ("com nome ou marca: R$ 180").
  const nameText = [
    ...(formFields ? [formFields.listText] : []),
    ...(quoted?.spans ?? []),
    ...saidToBuilder.refused,
    ...facts.prices.map((price) => price.text),
  ].reduce((rest, span) => rest.replace(span, ' '.repeat(span.length)), blankSpans(text, letterOpening(text)));
  // Whom to ask for ("Marcações com a Sandra") is never the professional the site is about.
  const contactWords = facts.contactPerson?.split(/\s+/) ?? [];
  const ownPeople = facts.people.filter((person) => !contactWords.some((word) => person.split(/\s+/).includes(word)));
  // (A paragraph said only to us is blanked for every rule but talk about the name.)
  const toldNameText = blankSpans(nameText, saidToUs.privateParagraphs, { keepLines: true });
  const foundName = businessName(nameText, kind, placeMatch, facts.people, landmark, ownPeople, typed, toldNameText);
  // "en Medellín, El Poblado": a part of where the business is is never its name ("Poblado") —
  // unless the person says it is ("se llama Poblado").
  const placeSaid = placeMatch
    ? `${location?.text ?? ''} ${/^,\s*((?:(?:El|La|Los|Las|O|A|Os|As|The)\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u.exec(text.slice(placeMatch.end))?.[1] ?? ''}`
    : location?.text;
  const name =
    foundName &&
    ((isInsidePlace(foundName, placeSaid) && foundName !== statedName(nameText)) ||
      isOnlyNegated(foundName, text, detectPromptLanguage(text)))
      ? null
      : foundName;
  // The person's own words, read for what they say: what the business is and every thing named.
  const factTexts = [
    ...facts.phones,
    ...facts.emails,
    ...corrected.said,
    // (…and a price as first written, before its correction: "R$ 350" is no words either.)
    ...corrected.written,
    // (An address kept off the site is no words either: "ruben.amaral@…" is no "ruben" and "amaral".)
    ...emailsWritten(text),
    ...(facts.address ? [facts.address] : []),
    ...facts.prices.map((price) => price.text),
    // "la primera hora", "per head": what a price is per belongs to the price (the price list shows it).
    ...facts.prices.flatMap((price) => (price.unit ? [price.unit] : [])),
    ...(facts.pixKey ? [facts.pixKey] : []),
    ...(facts.instagram ? [facts.instagram] : []),
    ...paymentReading.spans,
    // "formulário com nome, data da festa e número de convidados": the form's questions, not offerings.
    ...(formFields ? [formFields.listText] : []),
    // "perguntas frequentes: pica? não, no máximo gruda no cabelo.": their FAQ, not offerings.
    ...(faq ? [faq.blockText] : []),
    // A customer's words they quote, with who said them: a testimonial, not offerings.
    ...(quoted?.spans ?? []),
    // The timetable's lines, read whole above.
    ...timetable.map((line) => line.text),
  ];
  const reading = readPrompt({
    text: saidToBuilder.text,
    priceLabels: facts.prices.flatMap((price) => (price.label ? [price.label] : [])),
    factTexts,
    // Every spelling of the place ("Lisbon", "Lisboa"): none of them is an offering.
    placeTexts: [
      location?.text,
      // …and as typed ("nao-me-toque" is written "Não Me Toque").
      placeMatch ? text.slice(placeMatch.start, placeMatch.end) : undefined,
      facts.landmark,
      ...(placeMatch ? [placeMatch.place.en, placeMatch.place.pt, placeMatch.place.es, placeMatch.place.ptPT] : []),
    ].filter((place): place is string => Boolean(place)),
    names: [name, ...facts.people].filter((entry): entry is string => Boolean(entry)),
    isLanguageClause,
    businessName: name,
    lang: promptLocale,
    isBusinessNoun: (word) => rankTaxonomy(word).length > 0,
  });
  // What each clause tells a visitor: what was said to us leaves the page, what the business does not do is a list of its own.
  const sorted = sortDetails(reading.items, promptLocale, countryCode);
  // …and what is told is told as it was said, not cut at its commas.
  reading.items = joinToldClauses(sorted.items, saidToBuilder.text);
  // …and the steps a person tells of their own work go on with them ("eu corto, limpo, lixo e boto o bocal").
  reading.items = continueNarration(reading.items, saidToBuilder.text, promptLocale);
  reading.unused.push(...sorted.unused, ...saidToBuilder.asides.map((words) => ({ words, why: 'aside' as const })));
  // …whole, when its sentence says nothing else the page shows.
  reading.items = tellWholeSentences({
    items: reading.items,
    text: saidToBuilder.text,
    shownFacts: [...factTexts, ...(facts.payments ?? []), ...(reading.what ? [reading.what] : [])],
    hasHours: Boolean(facts.openingHours?.length),
    unused: reading.unused,
  });
  // …and the leave they gave us at a told sentence's end ("…hace las asas y él sí puede aparecer") is theirs to us.
  reading.items = reading.items.map((item) => {
    const told = withoutPermissionTail(item.text);
    if (told === item.text) return item;
    reading.unused.push({ words: item.text.slice(told.length).replace(/^[\s,;]+/u, ''), why: 'aside' });
    return { ...item, text: told };
  });
  // …and a relative the person asked us to keep off the site is kept off it.
  ({ items: reading.items, unused: reading.unused } = keepPeoplePrivate({
    items: reading.items,
    unused: reading.unused,
    text: written,
    lang: promptLocale,
  }));
  // …and a refusal with no verb that goes on from a wish about the site is one more wish.
  ({ items: reading.items, unused: reading.unused } = continueSaidToUs({
    items: reading.items,
    unused: reading.unused,
    text: written,
    lang: promptLocale,
  }));
  // …and what became a card is looked at once more, by where its words sit: a heading, a way to pay, thanks.
  const screened = screenCards({
    items: reading.items,
    text: written,
    priceTexts: facts.prices.map((price) => price.text),
    country: countryCode,
    lang: promptLocale,
    place: location?.text,
  });
  reading.items = screened.items;
  reading.unused.push(...screened.unused);
  // …and what is said between a price's label and its amount is that label's, never a card.
  const asides = withoutPriceAsides(reading.items, written, facts.prices);
  reading.items = asides.items;
  reading.unused.push(...asides.unused);
  // …and what is left of a told sentence once its facts were cut out ("Pode dizer", "Estamos") is told to no one.
  const toldScreened = screenTold({ items: reading.items, lang: promptLocale, country: countryCode });
  reading.items = toldScreened.items;
  // "sábado até meio-dia" once the hours read it: a line of when the hours table already says —
  // never a "Programação" section of its own.
  if (facts.openingHours?.length) {
    // (Only a closing time, "até"/"until" or noon: "quintas à noite" after "Ensaios às terças" is the
    // rehearsals', not the opening hours'.)
    const isWhenOnly = (item: (typeof reading.items)[number]) =>
      item.role === 'schedule' &&
      (fold(item.text).match(/\p{L}+/gu) ?? []).some((word) => /^(ate|until|till|hasta)$/.test(word) || readingCues.noonWords.has(word)) &&
      (fold(item.text).match(/\p{L}+/gu) ?? []).every(
        (word) =>
          isDayWord(word) ||
          readingCues.whenWords.has(word) ||
          readingCues.connectors.has(word) ||
          readingCues.dayAndUnitWords.has(word) ||
          readingCues.noonWords.has(word),
      );
    reading.unused.push(...reading.items.filter(isWhenOnly).map((item) => ({ words: item.text, why: 'filler' as const })));
    reading.items = reading.items.filter((item) => !isWhenOnly(item));
  }
  reading.unused.push(...toldScreened.unused);
  // …and a list under a heading that refuses ("Não aceitamos: tinta, solvente e pneu") is refused whole.
  reading.items = takeRefusedLists(reading.items, saidToBuilder.text, promptLocale);
  reading.items.push(...timetable.map((line) => ({ text: line.text, role: 'schedule' as const })));
  // Their questions, each with the answer they gave in parentheses (how the composer reads an answer).
  if (faq)
    reading.items.push(
      ...faq.pairs.map((pair) => ({ text: pair.answer ? `${pair.question} (${pair.answer})` : pair.question, role: 'question' as const })),
    );
  // "Escrevo em nome do meu avô", "having a go" (in "thanks for having a go at this"): a told clause
  // or thanks to us is not what the business is — what the person says it is with "é"/"is"/"es" is.
  // (The kind is still read from where the person put what it is, as before: with nothing there, it
  // would be guessed from every word of the prompt — "bread knives" made a sharpener a bakery.)
  const whatForKind = reading.what;
  if (reading.what && isNotWhat(reading.what, written, people, promptLocale))
    reading.what = whatAfterCopula(written, promptLocale, rankTaxonomy) ?? '';
  if (!reading.what && name && name.split(/\s+/).length >= 2 && rankTaxonomy(name.split(/\s+/)[0]!).length > 0)
    reading.what = name.split(/\s+/)[0]!.toLocaleLowerCase();
  // Language names that no part of the prompt says are the site's ("Escola de idiomas: inglês,
  // espanhol e francês") are what the business offers, not the site's languages.
  if (
    !reading.unused.some((entry) => entry.why === 'language') &&
    requestedLanguages(text).length > 0 &&
    text.trim().split(/\s+/).length > 2
  ) {
    languages = siteLanguages(text, promptLocale, countryCode, [], false);
  }
  const hint = input.businessKind?.trim();
  const nearest = nearestKind({
    what: reading.what || whatForKind,
    prompt: kindText,
    introduction: withoutNegatedWords(withoutPeople(reading.introduction), promptLocale),
    lang: promptLocale,
    hint,
  });
  // A correction the taxonomy cannot place is still what the business is.
  // With no kind the taxonomy knows, the word the business names itself with is what it is, when the
  // prompt also writes that word as a common noun: "Selaria Arruda … a selaria fica…" is a saddlery,
  // whatever else a sentence of the prompt was read as saying it is.
  // (Only over a reading that is no description: nothing, a lone capitalised word — a person, a
  // heading — or a verb; "serraria móvel" or "centro de kinesiologia" say more than a name's head.)
  // (Portuguese and Spanish names put the trade first, "Selaria Arruda"; English ones last, "Boring
  // Brush Goats".)
  const selfNamed =
    nearest.confidence === 'none' && !hint && name && !promptLocale.startsWith('en') && isBareWhat(reading.what, promptLocale)
      ? nameHeadNoun(name, written, people)
      : undefined;
  const what = hint && !nearest.kind.keywords.includes(fold(hint)) && nearest.confidence === 'none' ? hint : (selfNamed ?? reading.what);
  const chosen = nearest.confidence === 'none' && !hint ? genericTaxonomyKind : nearest.kind;
  const isCertain = nearest.confidence === 'certain';
  // A neighbouring kind's advertising rules still bind ("escritório de advocacia trabalhista" is a law firm).
  const regulated = nearest.confidence !== 'none' ? regulationFor(chosen, countryCode) : null;
  if (regulated) notes.push(regulated.why);
  if (nearest.confidence !== 'certain')
    notes.push(
      hint
        ? `We don't have a template for "${hint.slice(0, 60)}": the site is built from your words.`
        : 'No template for this kind of business: the site is built from your words.',
    );
  // "sábado", "domingo cerrado", "semana" left over beside hours the reader already took: part of
  // the opening hours, not a schedule of its own ("evenings and weekends" said alone still is one).
  if (facts.openingHours?.length) {
    // ("domingo e segunda não": the days it is shut, said with a bare "não", are the hours' too.)
    const isHoursWord = (word: string) =>
      readingCues.whenWords.has(word) ||
      readingCues.closedWords.has(word) ||
      readingCues.connectors.has(word) ||
      isNegationWord(word, promptLocale);
    reading.items = reading.items.filter(
      (item) =>
        item.role !== 'schedule' ||
        !fold(item.text)
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean)
          .every(isHoursWord),
    );
  }
  // "sofá 2 lugares R$ 120, 3 lugares R$ 150": each entry of a price list said whole ("sofá 3 lugares").
  ({ prices: facts.prices, items: reading.items } = fillElidedHeads(facts.prices, reading.items, promptLocale));
  // A list of one thing per line is the catalogue: each line whole, and the prose around it told, not cut into cards.
  const catalogue = keepListedCatalogue({
    items: reading.items,
    prices: facts.prices,
    text: saidToBuilder.text,
    people: [...people, ...facts.people],
    setAside: reading.unused,
  });
  ({ prices: facts.prices, items: reading.items } = catalogue);
  reading.unused.push(...catalogue.unused);
  // …and a few words making a sentence of their own amid prose ("Un robo.", "Bueno.") are said, never sold.
  const remarks = setAsideRemarks({ items: reading.items, prices: facts.prices, text: saidToBuilder.text, lang: promptLocale });
  reading.items = remarks.items;
  reading.unused.push(...remarks.unused);
  // …and a told part keeps the article the reader cut it from ("a pessoa traz", never "Pessoa traz").
  reading.items = keepToldArticles(reading.items, saidToBuilder.text);
  // …and a told line with a regional interjection in it ("E não é o bicho, tchê, …"), or an item
  // that is only one ("Tchê" cut out between commas), is chat with us.
  const chat = reading.items.filter((item) => {
    const words =
      fold(item.text)
        .replace(/’/gu, "'")
        .match(/[\p{L}']+/gu) ?? [];
    const isChat = (word: string) => readingCues.chatInterjections.has(word);
    return (item.role === 'detail' && words.some(isChat)) || (words.length > 0 && words.every(isChat));
  });
  reading.items = reading.items.filter((item) => !chat.includes(item));
  reading.unused.push(...chat.map((item) => ({ words: item.text, why: 'aside' as const })));
  // …and, last, what people who read such prompts would not publish, by the weights learned from them.
  const screenContext = {
    text,
    folded: fold(text),
    lang: promptLocale,
    pricedLabels: new Set(facts.prices.flatMap((price) => (price.label ? [fold(price.label)] : []))),
  };
  options.onScreen?.(reading.items, screenContext);
  if (options.screen !== false) {
    const screened = screenItems(reading.items, screenContext);
    reading.items = screened.items;
    reading.unused.push(...screened.unused);
  }
  facts.offerings = reading.items
    .filter((item) => item.role === 'offering')
    .map((item) => item.text.slice(0, 80))
    .slice(0, 12);

  // "Miraflores, Arequipa, no el de Lima": the region beside the town stops where a part refused begins.
  const region = reading.region
    ?.split(/,\s*/u)
    .reduce<{ kept: string[]; stopped: boolean }>(
      (said, part) =>
        said.stopped || isNegationWord(fold(part.split(/\s+/u)[0] ?? ''), promptLocale, false)
          ? { kept: said.kept, stopped: true }
          : { kept: [...said.kept, part], stopped: false },
      { kept: [], stopped: false },
    )
    .kept // Only what is said in the place's own sentence: "…situada em Peso da Régua, no Alto Douro." — the
    // towns listed in another sentence are where the business goes, not where it is.
    .filter(
      (part) =>
        !placeMatch ||
        fold(sentenceAround(text, placeMatch.start, placeMatch.end)).includes(fold(part).replace(/^(?:e|and|y|ou|or|o)\s+/u, '')),
    )
    .join(', ');
  return {
    version: 1,
    // A name in a prompt typed all in capitals was read in lower case; it is written as names are.
    name: name && isShouted(input.prompt) && name === name.toLocaleLowerCase() ? titleCase(name) : name,
    kind: {
      id: chosen.id,
      family: chosen.family,
      schemaKind: chosen.schemaKind,
      label:
        isCertain || !what
          ? { en: chosen.noun.en, pt: chosen.noun.pt, es: chosen.noun.es }
          : { en: what.slice(0, 60), pt: what.slice(0, 60), es: what.slice(0, 60) },
      isFallback: !isCertain,
      confidence: nearest.confidence,
    },
    what: what.slice(0, 120),
    isSolo: reading.isSolo || (PERSON_KINDS.has(chosen.id) && !reading.isGroup),
    ...(reading.speaksAlone ? { speaksAlone: true } : {}),
    // "faço sobrancelha", "faço fisioterapia": in a family of services, "faço" is doing, not making.
    ...(reading.isWhatProduct && !(readingCues.serviceFamilies.has(chosen.family) && nearest.confidence !== 'none')
      ? { isWhatMade: true }
      : {}),
    // "atendo araras e leme": a town typed in lower case is written with its capital.
    items: capitalisePlaces(reading.items, countryCode)
      .slice(0, MAX_BRIEF_ITEMS)
      .map((item) => ({ ...item, text: item.text.slice(0, 160) })),
    unused: reading.unused.slice(0, MAX_BRIEF_ITEMS).map((entry) => ({ ...entry, words: entry.words.slice(0, 160) })),
    // (…the towns joined to the place where the person placed it — not the towns served, listed
    // after it later: "I live just outside Sturminster Newton… I cover Sturminster Newton, Marnhull".)
    location:
      location && region && !` ${location.text} `.includes(` ${region} `) && regionBesidePlace(text, placeMatch, region)
        ? {
            ...location,
            text: `${location.text}${new RegExp(`^(?:${readingCues.listJoiner}) `).test(region) ? ' ' : ', '}${region}`.slice(0, 80),
          }
        : location,
    languages,
    promptLanguage: promptLocale,
    audience: audienceFor(text),
    tone: toneFor(text, kind),
    features,
    facts,
    ...(formFields ? { formFields: formFields.fields } : {}),
    ...(formPurpose ? { formPurpose } : {}),
    ...(quoted ? { testimonials: quoted.testimonials } : {}),
    regulated,
    notes,
  };
}

const MISSING_FACT_NOTES: Record<MissingFact, string> = {
  hours: 'Opening hours asked for but not given: the hours section shows a marked sample, and publishing waits until you add them.',
  phone: 'A phone or WhatsApp number is asked for but not given: add it so visitors can call or message you.',
  donation: 'Donations asked for without a link or PIX key: the donate button opens the contact form until you add one.',
  address: 'A map is asked for without an address: add it so the map link points at your door.',
};

const PHONE_PLACEHOLDER_NOTE =
  'A phone number is asked for but not given: the contact section shows a marked "add your phone number", and publishing waits until you add it.';

const DAYS_WITHOUT_TIMES_NOTE =
  'Opening days given without the times: the hours section shows the days with a marked sample time, and publishing waits until you add them.';

/** Features asked for without the fact that makes them work: nothing is invented to fill the gap. */
/** Whether every mention of `said` in the prompt lies in what was said to us (blanked in `blanked`). */
function isOnlySaidToUs(text: string, blanked: string, said: string): boolean {
  let at = text.indexOf(said);
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf(said, at + 1)) if (blanked.slice(at, at + said.length).trim() !== '') return false;
  return true;
}

/**
 * Whether the label the price was read with, right before its first amount, reaches into what was
 * said only to us ("Vendo mel de Santa Maria, não a do Rio Grande do Sul: R$ 30 o pote").
 */
function labelSaidToUsOnly(text: string, blanked: string, price: BriefPrice): boolean {
  const at = text.indexOf(price.text);
  const label = at < 0 ? -1 : text.lastIndexOf(price.label!, at);
  if (label < 0) return false;
  const kept = blanked.slice(label, label + price.label!.length);
  const said = text.slice(label, label + price.label!.length);
  return [...said].some((char, index) => /[\p{L}\p{N}]/u.test(char) && kept[index] !== char);
}

/** The sentence holding text[start, end): from the stop before it to the stop after it. */
// A stop ends a sentence before a space or the end ("M.G.", "3.500" end none).
function sentenceAround(text: string, start: number, end: number): string {
  const stops = [...text.slice(0, start).matchAll(/[.!?](?=\s)|\n/gu)];
  const from = stops.length > 0 ? stops.at(-1)!.index + 1 : 0;
  const to = text.slice(end).search(/[.!?](?=\s|$)|\n/u);
  return text.slice(from, to < 0 ? undefined : end + to);
}

/** Whether the region's first town is written right beside the place the brief took. */
function regionBesidePlace(text: string, place: { start: number; end: number } | undefined, region: string): boolean {
  if (!place) return true;
  const first = /\p{L}[\p{L}'’. -]*?(?=,|$| (?:e|and|y|ou|or|o) )/u.exec(region.replace(/^(?:e|and|y|ou|or|o|,)\s+/u, ''))?.[0]?.trim();
  if (!first) return true;
  const near = `${text.slice(Math.max(0, place.start - 60), place.start)} ${text.slice(place.end, place.end + 60)}`;
  return fold(near).includes(fold(first));
}

function missingFactNotes(features: readonly BriefFeature[], facts: SiteBrief['facts'], location: SiteBrief['location']): string[] {
  return [
    ...new Set(
      missingFacts({ features: [...features], facts, location }).map((entry) =>
        // "De segunda a sábado": the days are there, the times are what is missing.
        entry.fact === 'hours' && facts.openingHours
          ? DAYS_WITHOUT_TIMES_NOTE
          : entry.feature === 'phone'
            ? PHONE_PLACEHOLDER_NOTE
            : MISSING_FACT_NOTES[entry.fact],
      ),
    ),
  ];
}

/**
 * "o nome foi minha filha que escolheu: Alinhavo", "don't use that, just put …": what the person
 * says about the name is said to us — blanked like the other asides, so no part of it becomes a card
 * or a line of the About (the name itself is read from the whole prompt).
 */
function setAsideNameTalk(said: ReturnType<typeof setAsideSaidToBuilder>): ReturnType<typeof setAsideSaidToBuilder> {
  const { spans } = readNameTalk(said.text);
  if (spans.length === 0) return said;
  let text = said.text;
  const asides = [...said.asides];
  for (const span of spans) {
    const words = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    if (words) asides.push(words.slice(0, 160));
    text = blankSpans(text, [span], { keepLines: true });
  }
  return { ...said, text, asides };
}
