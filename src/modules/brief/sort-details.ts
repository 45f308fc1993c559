import { isClosedWordOfAny, isFormOfVerb, isIrregularFirstPerson, wordLanguageOf } from './word-classes';
import { paletteOfColour, toneOfColour } from './colour-words';
import { instructionNegationReach, isFirstPersonPluralVerb, isNegationWord, readingCues as cues } from './reading-cues';
import { namesFeature } from './detect-features';
import { isTownOf } from './places';
import type { BriefFeature, BriefItem, UnusedReason } from './site-brief-schema';
import { fold } from './text';

/**
 * What each thing the person said tells a visitor, once the reader has split the prompt: the page
 * carries only what is for visitors, and says it where it belongs.
 *
 * A prompt is written to us as much as about the business. Before this step every clause the reader
 * could not place became a sentence of the About section, so a chatty prompt was published as it
 * was typed: "my granddaughter said I could make a site here", "I like moss green with cream", "no
 * badges or logos", "it can just be my name". Now a clause is sorted by what it is about, from words
 * (content lists), never from a trade or a prompt:
 *  - **said to us** — it names the site itself, asks for its looks with a wish or a refusal (a colour,
 *    a picture, a logo, a font), gives us an instruction, talks about the site's name, or tells of the
 *    writer's family or what people in general think: left off the page, listed in the studio as
 *    "said to us" so the person can put it back;
 *  - **what the business does not do** ("não faço roupa sob medida", "we don't move pianos", "no
 *    vendemos hielo"): its own list on the page, not sentences of the About text, and never a card;
 *  - **a leftover word** ("Pagamento", "mínimo": the fact itself was read elsewhere): left off;
 *  - everything else stays what the reader made it.
 * Offerings are screened for the first two only: "nada de rosa" or "love a proper website" is
 * never a card.
 */
export function sortDetails(
  items: readonly BriefItem[],
  lang: string,
  country?: string,
): { items: BriefItem[]; unused: { words: string; why: UnusedReason }[] } {
  const kept: BriefItem[] = [];
  const unused: { words: string; why: UnusedReason }[] = [];
  for (const item of items) {
    // "atendo bebedouro, monte azul paulista, terra roxa e pirangi": a town of the business's
    // country that the list split off is more of the area said before it, never a card.
    const area = item.role === 'offering' && country ? areaBefore(kept, item.text, country) : undefined;
    if (area) {
      kept[area.at] = { ...kept[area.at]!, text: `${kept[area.at]!.text}, ${area.town}`.slice(0, 160) };
      continue;
    }
    if (item.feature || (item.role !== 'detail' && item.role !== 'offering')) {
      kept.push(item);
      continue;
    }
    // "há 8 anos em Belo Horizonte e quero um site simples": a wish joined to a fact is a clause of its own.
    const [head, wish] = atJoinedWish(item.text);
    if (wish) {
      const sortedWish = sortDetails([{ ...item, text: wish }], lang);
      const sortedHead = sortDetails([{ ...item, text: head }], lang);
      kept.push(...sortedHead.items, ...sortedWish.items);
      unused.push(...sortedHead.unused, ...sortedWish.unused);
      continue;
    }
    const text = withoutTrailingJoiner(item.text);
    const words = wordsOf(text);
    if (words.length === 0) continue;
    // "não cobro visita", "we don't charge a call-out fee": what the business does not charge is told
    // to visitors — never work refused, never a word to us.
    if (isNoCharge(words, lang)) {
      kept.push({ ...item, text, role: 'detail' });
      continue;
    }
    if (isSaidToUs(words, item.role, lang)) {
      unused.push({ words: text, why: 'aside' });
      continue;
    }
    if (isExclusion(words, lang)) {
      // "não vendo produto e não mexo com motor": each refusal a line of the list.
      kept.push(...exclusionsIn(text, lang).map((part) => ({ text: part, role: 'exclusion' as const })));
      continue;
    }
    // "nada de galos", "no tourists": a refusal is never a card; said as they said it.
    if (item.role === 'offering' && opensWithRefusal(words, lang)) {
      kept.push({ text, role: 'detail' });
      continue;
    }
    if (item.role === 'detail' && isLeftoverWord(words)) {
      unused.push({ words: text, why: 'filler' });
      continue;
    }
    kept.push(text === item.text ? item : { ...item, text });
  }
  return { items: kept, unused };
}

/** The text before and after a joiner that opens a wish ("… e quero…", "… and I'd love…", "… y quisiera…"), else [text]. */
function atJoinedWish(text: string): [string, string?] {
  for (const match of text.matchAll(/\s+(\S+)(?=((?:\s+\S+){1,2}))/gu)) {
    if (!cues.negatedListJoiners.has(fold(match[1]!))) continue;
    const after = wordsOf(match[2]!);
    const wishAt = after.findIndex((word) => cues.wishVerbs.has(word));
    if (wishAt === 0 || (wishAt === 1 && cues.subjectPronouns.has(after[0]!))) {
      const head = text.slice(0, match.index).trim();
      if (head) return [head, text.slice(match.index + match[0].length).trim()];
    }
  }
  return [text];
}

/** An exclusion split where a joiner opens another negation ("… e não trabalho com MDF", "… and don't buy…"). */
function exclusionsIn(text: string, lang: string): string[] {
  const parts: string[] = [];
  let from = 0;
  // Each word with the one or two after it, consuming only the word itself so none is skipped.
  for (const match of text.matchAll(/\s+(\S+)(?=\s+(\S+)(?:\s+(\S+))?)/gu)) {
    const [joiner, next, after] = [fold(match[1]!), fold(match[2]!), fold(match[3] ?? '')];
    // "… e não mexo…", "… and I don't do…": the negation right after the joiner, or after its subject.
    const negation = cues.subjectPronouns.has(next) ? after : next;
    if (!cues.negatedListJoiners.has(joiner) || !isNegation(negation, lang) || cues.refusalWords.has(negation)) continue;
    parts.push(text.slice(from, match.index).trim());
    from = match.index + match[0].length;
    // (the negation opens the next part: the whitespace before it is trimmed)
  }
  parts.push(text.slice(from).trim());
  return parts.filter(Boolean);
}

/** "nada de galos", "no tourists" — not "sem glúten" or "sin palo", which make a product. */
function opensWithRefusal(words: readonly string[], lang: string): boolean {
  const first = words.find((word) => !cues.connectors.has(word) || isNegation(word, lang));
  return first !== undefined && isNegation(first, lang) && !cues.withoutWords.has(first);
}

/** The town an offering is ("e pirangi" → pirangi), when it is one of the country's, and the kept detail that names the area before it. */
function areaBefore(kept: readonly BriefItem[], text: string, country: string): { at: number; town: string } | undefined {
  const town = text
    .trim()
    .replace(LEADING_JOINER, '')
    .replace(/[.,;:]+$/, '');
  if (/\d/.test(town) || town.split(/\s+/).length > 4 || !isTownOf(town, country)) return undefined;
  for (let at = kept.length - 1; at >= 0; at--) {
    const item = kept[at]!;
    if (item.role !== 'detail') continue;
    const names = item.text.split(LIST_SEPARATOR).map((part) => part.trim());
    // The area: a detail that names a town of the country in one of its listed parts (its last words).
    if (names.some((part) => lastWordsAreTown(part, country))) return { at, town };
    return undefined;
  }
  return undefined;
}

// The reader's list joiners (content), built once: "e pirangi" → "pirangi"; "Jundiaí, Itupeva e Louveira" → its towns.
const LEADING_JOINER = new RegExp(`^(?:${cues.listJoiner})\\s+`, 'iu');
const LIST_SEPARATOR = new RegExp(`,|\\s+(?:${cues.listJoiner})\\s+`, 'iu');

function lastWordsAreTown(part: string, country: string): boolean {
  const words = part.split(/\s+/);
  for (let from = 0; from < words.length; from++) if (isTownOf(words.slice(from).join(' '), country)) return true;
  return false;
}

const PERMITTED = new Set([...cues.notForTheSiteSaid.permittedVerbs, ...cues.notForTheSiteSaid.appearVerbs]);

/**
 * "Mi esposo, Fausto, hace las asas y él sí puede aparecer": the clause after the last "and" that
 * only gives us leave to show someone (a permission word, a verb of appearing, and words of grammar)
 * is said to us; what comes before it is told.
 */
export function withoutPermissionTail(text: string): string {
  const typed = [...text.matchAll(/[\p{L}'’-]+/gu)];
  const words = typed.map((match) => fold(match[0]));
  const at = words.findLastIndex((word, index) => index > 1 && cues.permissionTail.joiners.includes(word));
  if (at < 0) return text;
  const tail = words.slice(at + 1);
  const isGrammar = isClosedWordOfAny;
  // (Someone else is given leave — "y él sí puede aparecer" — never the visitor: "y ustedes pueden salir con nosotros".)
  const isLeave =
    tail.some((word) => cues.permissionTail.subjects.includes(word)) &&
    tail.some((word) => cues.permissionWords.has(word)) &&
    tail.some((word) => PERMITTED.has(word)) &&
    tail.every(
      (word) => cues.permissionWords.has(word) || PERMITTED.has(word) || isGrammar(word) || cues.permissionTail.affirmations.includes(word),
    );
  return isLeave ? text.slice(0, typed[at]!.index).replace(/[\s,;]+$/u, '') : text;
}

/** The words of a clause, folded (lower case, no accents), in order. */
function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}'’]+/u)
    .map((word) => word.replace(/[’]/g, "'"))
    .filter(Boolean);
}

/** "A loja é pequena e", "bathurst and": a clause the reader cut after its joiner ends with the joiner — not said so. */
function withoutTrailingJoiner(text: string): string {
  const trimmed = text.trim().replace(/[\s,;:]+$/, '');
  const last = /\s(\S+)$/.exec(trimmed);
  return last && cues.negatedListJoiners.has(fold(last[1]!)) ? trimmed.slice(0, last.index).trim() : trimmed;
}

/** Parts of a site that hold what it says of itself, not what the business does (its deliveries, its hours). */
const SITE_CONTENT: readonly BriefFeature[] = ['testimonials', 'gallery', 'blog', 'newsletter', 'faq', 'team'];

const isColour = (word: string) => paletteOfColour(word) !== undefined || toneOfColour(word) !== undefined;

/**
 * A word naming how the site looks: a colour, a picture, a logo or badge, a font or layout ("stock"
 * names pictures only beside a picture word, which names them itself: "shops who'd like to stock us").
 */
const isLooksWord = (word: string) =>
  isColour(word) || (cues.imageryWords.has(word) && !cues.picturesOnlyBeside.has(word)) || cues.lookNouns.has(word);

/** The site itself, by a word that never names a business's own work ("site", "website", "página"). */
const isSiteWord = (word: string, previous: string | undefined, lang: string) =>
  cues.siteSelfNouns.has(word) &&
  // "repairs on site", "a building site": in English a site is also a place.
  !(lang === 'en' && word.startsWith('site') && cues.placeSiteLeads.has(previous ?? ''));

const isNegation = (word: string, lang: string) => isNegationWord(word, lang);

const isWish = (word: string) => cues.wishVerbs.has(word) || cues.styleRequestWords.has(word);

function isSaidToUs(words: readonly string[], role: BriefItem['role'], lang: string): boolean {
  const has = (test: (word: string, at: number) => boolean) => words.some(test);
  const hasWishOrRefusal = has((word) => isWish(word) || isNegation(word, lang));
  // "love a proper website at last"; in a clause of theirs, any word naming the site ("my
  // granddaughter said I could make a site here"). An offering may be sites ("faço sites"): only
  // with a wish or a refusal.
  const namesSite = has((word, at) => isSiteWord(word, words[at - 1], lang));
  if (namesSite && (role === 'detail' || hasWishOrRefusal)) return true;
  // "gosto de verde musgo com creme", "nada de rosa", "no badges or logos", "don't make it all
  // orange": the looks, with a wish or a refusal.
  // ("não entrego em Ouro Verde": the business refusing an act of its own, a colour only in a town's name.)
  // ("o sabonete não tem selo orgânico": what the thing has not, said — no look refused.)
  const saysItHasNot = has((word, at) => isNegation(word, lang) && cues.existentialVerbs.has(words[at + 1] ?? ''));
  if (has(isLooksWord) && hasWishOrRefusal && !saysItHasNot && !(isExclusion(words, lang) && !has(isWish))) return true;
  // "fundo creme", "letra bonita": nothing but the looks (left over from "quero o site com …, fundo
  // creme") — a colour or a part of the page, not a picture word ("ilustração" is an illustrator's work).
  const isPagePart = (word: string) => isColour(word) || cues.lookNouns.has(word);
  const isLooksOrStyle = (word: string) =>
    isPagePart(word) || cues.styleWords.has(word) || cues.styleModifiers.has(word) || cues.connectors.has(word);
  if (has(isPagePart) && words.every(isLooksOrStyle)) return true;
  // "não ponham taxas de aprovação", "lo pueden mencionar": an instruction to us, refused or allowed.
  const isInstruction = (word: string) => cues.instructionVerbs.has(word) || cues.instructionInfinitives.has(word);
  if (
    has(
      (word, at) =>
        isInstruction(word) &&
        // An imperative may open the clause; an infinitive ("por medida" is also "to put") only after "não", "pode".
        ((at === 0 && cues.instructionVerbs.has(word)) ||
          instructionNegationReach(word).some(
            (back) => isNegation(words[at - back] ?? '', lang) || cues.permissionWords.has(words[at - back] ?? ''),
          )),
    )
  )
    return true;
  // "nada de depoimentos inventados", "don't make up reviews": a part of the site refused.
  if (hasWishOrRefusal && SITE_CONTENT.some((feature) => namesFeature(words.join(' '), feature))) return true;
  // "no health claims please", "don't call it alcohol-free", "we can't say organic": a refusal asked
  // of us, or of how we write about them.
  const isRefused = has((word) => isNegation(word, lang));
  if (isRefused && has((word) => cues.styleRequestWords.has(word) && !cues.wishVerbs.has(word))) return true;
  // (A verb of saying before the refusal is refused only opening the clause, as the thing refused:
  // "Dizer que é orgânico não pode", "Chamar de sem glúten nem pensar" — never "we call it a day at
  // five, no exceptions".)
  const refusedAt = words.findIndex((word) => isNegation(word, lang));
  const isRefusedSaying = (at: number) => refusedAt >= 0 && (at > refusedAt || at === 0);
  if (has((word, at) => isRefusedSaying(at) && cues.sayingVerbs.has(word))) return true;
  // "não fala q o fogão é ecológico", "no lo llamen sombrero panameño", "must not be described as
  // award-winning": any form of a verb of saying, after the refusal, with what is said beside it.
  const language = wordLanguageOf(lang);
  if (
    has(
      (word, at) =>
        isRefusedSaying(at) &&
        isFormOfVerb(word, cues.sayingInfinitives[language], language) &&
        [words[at - 1], words[at + 1]].some((near) => cues.sayingComplements.has(near ?? '')),
    )
  )
    return true;
  // "andam dizendo que…", "rumoured in the town that…": hearsay, which a site repeats even to deny it.
  const spaced = ` ${words.join(' ')} `;
  if (cues.hearsayPhrases.some((phrase) => spaced.includes(` ${phrase} `))) return true;
  // "Não tenho nome de empresa", "pode ser o meu nome mesmo": what to call the site.
  // "nome de empresa", "o nome dele", "my name": a neighbour two words away at most.
  if (
    has(
      (word, at) =>
        cues.nameNouns.has(word) && [at - 2, at - 1, at + 1, at + 2].some((near) => cues.nameTalkNeighbours.has(words[near] ?? '')),
    )
  )
    return true;
  if (role !== 'detail') return false;
  // "o povo aqui acha que todo mundo mexe com sapato", "everyone asks": what people in general think.
  const text = ` ${words.join(' ')} `;
  return cues.generalSubjects.some((subject) => text.includes(` ${subject} `)) && has((word) => cues.opinionVerbs.has(word));
}

/**
 * "não faço roupa sob medida", "I don't move pianos", "no vendemos hielo": a clause that opens with
 * a negation (after a joiner or a subject at most) of the business's own doing — a verb in the first
 * person, or in English a first-person subject or none — and is not a term of a sale ("não cobramos
 * taxa", "no cash"): what the business does not do. A rule for customers ("não pode…", "No spurs")
 * and what it is not ("no es agua de manantial") stay what the reader made them.
 */
function isNoCharge(words: readonly string[], lang: string): boolean {
  return words.some((word, at) => isNegation(word, lang) && [1, 2].some((ahead) => cues.chargeVerbs.has(words[at + ahead] ?? '')));
}

function isExclusion(words: readonly string[], lang: string): boolean {
  let at = 0;
  let hasOwnSubject = false;
  // ("no" is a connector too: "in the" in Portuguese.)
  while (
    at < words.length - 1 &&
    !isNegation(words[at]!, lang) &&
    (cues.connectors.has(words[at]!) || cues.subjectPronouns.has(words[at]!))
  ) {
    if (cues.firstPersonSubjects.has(words[at]!)) hasOwnSubject = true;
    at++;
  }
  const negation = words[at];
  if (!negation || !isNegation(negation, lang) || cues.refusalWords.has(negation) || words.length - at < 2) return false;
  if (words.some((word) => cues.conditionWords.has(word) || /\d/.test(word))) return false;
  let verbAt = at + 1;
  while (verbAt < words.length - 1 && cues.clitics.has(words[verbAt]!)) verbAt++;
  const verb = words[verbAt]!;
  if (cues.haveVerbs.has(verb)) return false;
  // "don't do digital pianos", "we never…"; "No spurs" forbids a thing (a rule), it does not refuse work.
  if (lang === 'en') return negation !== 'no' && (hasOwnSubject || at === 0);
  // "não faço", "no hago", "não pego", "no vendemos": a first-person verb right after the negation.
  return (
    isFirstPersonPluralVerb(verb) ||
    (verb.length >= 3 && /o$/.test(verb) && !cues.copulas.has(verb)) ||
    (isIrregularFirstPerson(verb, wordLanguageOf(lang)) && !cues.copulas.has(verb) && !cues.haveVerbs.has(verb))
  );
}

/**
 * "Pagamento", "mínimo": the word alone that leads into a term of sale — the term itself was read
 * elsewhere (payments, prices); "Loja" or "Collection only" alone still say something.
 */
function isLeftoverWord(words: readonly string[]): boolean {
  const own = words.filter((word) => !cues.connectors.has(word));
  return own.length === 1 && cues.conditionWords.has(own[0]!);
}
