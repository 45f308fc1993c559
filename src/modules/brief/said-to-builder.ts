import { isNegationWord, readingCues } from './reading-cues';
import { alternationOf, blankSpans, fold } from './text';
import { isClosedWordOfAny } from './word-classes';
import { isCountryName, mentionedCountry } from './brief-details';
import { isRegionName, regionCountry } from './extract-place';
import { findWorldCities } from './places';
import { detectPromptLanguage } from './detect-languages';

/**
 * Sentences written to whoever makes the site, not to its visitors: "obs p vc q ta fazendo: vila
 * industrial é o nome do bairro", "Só para saberem: depois dos incêndios fiquei com metade das
 * colmeias. Isto não é para pôr no site." They are found whole, before the prompt is read, and
 * blanked (same length) so no part of them becomes a card, a line of the About or the business's
 * description; the person sees them among what was not used ("aside").
 *
 * A sentence opening with a lead to the builder (content builderLeads) is theirs from that lead on —
 * an apology for how the prompt is written too ("Desculpem se escrevo mal", "Sorry for the long
 * message", "Disculpen por la ortografía");
 * a sentence saying that what it holds is not for the site (notForTheSite) is theirs, and one that
 * says only that ("Isto não é para pôr no site.") takes the sentence before it too; a parenthesis
 * opening so, or talking of the site itself, is theirs alone.
 */
export type SaidToBuilder = {
  text: string;
  asides: string[];
  /** What a refusal pointed back at ("essa frase"): kept off the site whole — no name is read in it either. */
  refused: string[];
  /**
   * The paragraphs said only to us ("Now these ones are between us." to the paragraph's end): a
   * quoted phrase in them names nothing ("my sister runs "Royal Crown Braids""), unlike an
   * instruction said to us ("pode colocar "Zé do Cano"").
   */
  privateParagraphs: Array<{ start: number; end: number }>;
};

const SAID = readingCues.notForTheSiteSaid;
// ("Now, between us." — a word to open with may come first.)
const LEAD = new RegExp(
  `^(?:(?:${alternationOf(SAID.openers)})\\s*,?\\s+)?(?:(?:${readingCues.listJoiner})\\s+)?(?:${alternationOf(readingCues.builderLeads)})(?![\\p{L}])`,
  'u',
);
// "Para quem for fazer o site: …", "for whoever ends up making the website: …": whoever makes the
// site addressed, the site named, then a colon — however the verb between is put.
const ADDRESSED = new RegExp(
  `^(?:(?:${readingCues.listJoiner})\\s+)?(?:para|pra|a|for|to)\\s+(?:quem|quien|whoever|the person|the one|el que|la que|o que|a pessoa que)(?![\\p{L}])([^:\\n]{0,60}):`,
  'u',
);
const isAddressedLead = (said: string) => {
  const match = ADDRESSED.exec(said);
  return match !== null && (match[1]!.match(/[\p{L}-]+/gu) ?? []).some((word) => readingCues.siteSelfNouns.has(word));
};
const NO_LONGER = new RegExp(`(?<![\\p{L}])(?:${alternationOf(SAID.noLonger)})(?![\\p{L}])`, 'u');
const FROM_HERE_ON = new RegExp(`(?<![\\p{L}])(?:${alternationOf(SAID.fromHereOn)})(?![\\p{L}])`, 'u');

/** Where a paragraph opens on the site again ("Pro site, …", "For the website:"), else the end. */
function backToTheSite(folded: string, from: number): number {
  const paragraph = /\n[ \t]*\n[ \t]*/gu;
  paragraph.lastIndex = from;
  for (let found = paragraph.exec(folded); found; found = paragraph.exec(folded)) {
    const opening =
      folded
        .slice(found.index + found[0].length)
        .match(/[\p{L}]+/gu)
        ?.slice(0, 3) ?? [];
    if (opening.some((word) => readingCues.siteNouns.has(word))) return found.index;
  }
  return folded.length;
}

const PRIVATE_AUDIENCE = new RegExp(
  `(?<![\\p{L}])(?:${alternationOf(SAID.privateAudience)})(?![\\p{L}])|(?<![\\p{L}])(?:${alternationOf(SAID.privateAudienceClosing)})\\s*[.!?:…]*\\s*$`,
  'u',
);
const PRIVATE_ASIDE = new RegExp(`(?:^|[,;:]\\s*)(?:(?:e|y|and)\\s+)?(?:${alternationOf(SAID.privateAsides)})\\s*(?:[,.;:!?]|$)`, 'u');
const LEAVE_ALONE = new RegExp(`(?<![\\p{L}])(?:${alternationOf(SAID.leaveAlone)})(?![\\p{L}])`, 'u');
const PERMISSION = new Set(readingCues.permissionWords);
const PERMITTED = new Set(SAID.permittedVerbs);
const THAT = new Set(['que', 'that', 'what', 'como', 'how', 'quando', 'when', 'cuando', 'o que', 'lo que']);
const APOLOGY = new RegExp(
  `(?:^\\s*|[,;:]\\s*|\\s(?:${readingCues.listJoiner}|so|entao|por isso|por eso|asi que)\\s+)(?:${alternationOf(readingCues.apologyWords)})(?![\\p{L}])`,
  'u',
);
// At a clause's start (a sentence's, or after a comma or "e"/"and").
const PUT_THAT = new RegExp(
  `((?:^|[.!?:;,\\n(]\\s*|\\s(?:e|and|y)\\s+)(?:(?:por favor|pfv|please)\\s+)?)(?:${alternationOf(readingCues.putThatLeads)})(?=\\s+\\p{L})`,
  'gu',
);
const EMPHASIS = new RegExp(`(^|[^\\p{L}])(?:${alternationOf(readingCues.emphasisToUs)})(?![\\p{L}])`, 'gu');
// What may end a refused pointer's clause: its stop, the site, or a particle and then its stop or a
// word that goes on to why ("don't put that on or everyone will want it") — never a thing of its own
// ("don't put it in the dryer").
const POINTER_ENDS = `(?:\\s+(?:${alternationOf(SAID.particles)}))?(?=\\s*(?:[.,;:!?)\\n]|$|(?:${alternationOf(SAID.followers)})\\s|(?:no|en|na|on|in)\\s+(?:o\\s+|a\\s+|la\\s+|el\\s+|the\\s+)?(?:${alternationOf(SAID.placeNouns)})))`;
// "não é para pôr", "no es para la web", "not for the page": a negation, maybe a copula, a purpose,
// then putting or the site; "não ponham isso", "don't put that": putting a pointer, and nothing more
// of that clause (or the site) — "don't put it in the dryer" is about the dryer.
const NOT_FOR_SITE = new RegExp(
  [
    `(?<![\\p{L}])(?:${alternationOf(readingCues.notForTheSite)})(?![\\p{L}])`,
    `(?<![\\p{L}])(?:${alternationOf(SAID.negations)})\\s+(?:(?:${alternationOf(SAID.copulas)})\\s+)?(?:${alternationOf(SAID.purposes)})\\s+(?:(?:o|a|la|el|the)\\s+)?(?:${alternationOf([...SAID.putVerbs, ...SAID.placeNouns])})(?![\\p{L}])`,
    `(?<![\\p{L}])(?:${alternationOf([...SAID.negations, "don't", 'dont', 'do not'])})\\s+(?:${alternationOf(SAID.putImperatives)})\\s+(?:${alternationOf(SAID.pointers)})${POINTER_ENDS}`,
  ].join('|'),
  'u',
);
// "não quero essa frase no site", "I don't want that line on there": a negation, a wish or an order
// to put, a demonstrative with one noun, then the site (or nothing more in the clause).
const POINTED_NOUN_REFUSED = new RegExp(
  `(?<![\\p{L}])(?:${alternationOf([...SAID.negations, "don't", 'dont', 'do not'])})\\s+(?:${alternationOf([...[...readingCues.wishVerbs].filter((verb) => verb !== 'like'), ...SAID.putImperatives])})\\s+(?:${alternationOf(SAID.demonstratives)})\\s+(?:${alternationOf(SAID.quotedNouns)})(?:\\s+(?:${alternationOf([...SAID.particles, ...SAID.siteDeixis])}))?(?:\\s*(?:[.,;:!?)\\n]|$)|\\s+(?:no|na|en|on|in)\\s+(?:o\\s+|a\\s+|la\\s+|el\\s+|the\\s+)?(?:${alternationOf(SAID.placeNouns)}))`,
  'u',
);
// A sentence: up to its stop, a line's end, or the end (a point between digits is the number's).
const SENTENCE = /(?:[^.!?\n]|(?<=\d)\.(?=\d))+(?:\.|[!?\n]|$)+/gu;
// "[Yari: …]", "[Nota da Ana: …]": a bracketed note opening on a name (a few words, one capitalised) and a colon.
// (Its title a heading of the business's — "[Preços: …]" — it is no note: see bracketHeadings.)
const SIGNED_NOTE = /\[[^\S\n]*(?:[\p{L}]+[^\S\n]+){0,3}(\p{Lu}[\p{L}'’-]*)[^\S\n]*:[^\]\n]{1,400}\]/gu;
// An e-mail address or a web address, whose points end no sentence ("rui.az@gmail.com", "www.loja.pt").
const ADDRESS =
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?:https?:\/\/|www\.)[^\s]+|(?<![\p{L}\p{N}])@[\p{L}\p{N}._]+[\p{L}\p{N}_]|(?<![\p{L}\p{N}@.])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|pt|br|es|co|uk|io|info|biz|app|me|shop|store|site|online|ke|sg|mx|ar|cl|pe|uy|ve|pa|gt|ph|ng|in)(?![\p{L}\p{N}])(?:\/[^\s]*)?/gu;

// 'No "there's nothing boring about…" anywhere on the site', "nada de fotos de comida no site": a
// sentence opening on a refusal and ending on the site is a wish about the site.
const REFUSED_ON_SITE = new RegExp(
  `^\\s*(?:please\\s+|por favor,?\\s+)?(?:no|nada de|sem|sin|never|nunca|nothing)\\s[^.!?\\n]{0,140}\\s(?:anywhere\\s+)?(?:on|in|no|na|en|em)\\s+(?:the\\s+|o\\s+|a\\s+|la\\s+|el\\s+)?(?:${alternationOf([...readingCues.siteNouns])})\\s*[.!?]*\\s*$`,
  'u',
);

function isAdviceOnWriting(said: string): boolean {
  const words = said.match(/[\p{L}'’-]+/gu) ?? [];
  const kin = words.findIndex((word) => readingCues.kinshipWords.has(word));
  if (kin < 0) return false;
  // "Quem tá digitando é meu neto Gustavo", "my grandson is typing this": who is writing the prompt
  // — the writing going on as they write, not a trade of writing ("minha filha escreve convites").
  const isWritingNow = words.some((word) => readingCues.writingWords.has(word) && /(?:ndo|ing)$/u.test(word));
  return (
    isWritingNow ||
    (words.slice(kin + 1, kin + 4).some((word) => readingCues.reportingVerbs.has(word)) &&
      words.some((word) => readingCues.writingWords.has(word)))
  );
}

/** A heading that refuses what follows it coming out: "Cosas que no quiero que salgan". */
function refusesComingOut(heading: string): boolean {
  const words = heading.match(/[\p{L}'’]+/gu) ?? [];
  return (
    NOT_FOR_SITE.test(heading) ||
    (words.some((word) => SAID.negations.includes(word) || word === "don't" || word === 'dont') &&
      words.some((word) => SAID.appearVerbs.includes(word)))
  );
}

const LETTER = readingCues.letterFrame;
const SALUTATION = new RegExp(`^\\s*(?:${alternationOf(LETTER.salutations)})(?![\\p{L}])[^\\n]{0,50}[:,]\\s*$`, 'u');
const FORMULA = new RegExp(`(?:^|(?<=[.!?:\\n]\\s*))(?:${alternationOf(LETTER.formulae)})(?![\\p{L}])\\s*,?`, 'gu');
const CLOSING = new RegExp(`^\\s*(?:${alternationOf(LETTER.closings)})(?![\\p{L}])`, 'u');

/**
 * A prompt written as a letter keeps its frame off the site: the dateline it opens on ("Chonchi, 14
 * de marzo"), its salutation, the formula opening a sentence, and the closing with the signature
 * under it.
 */
function letterFrame(folded: string): Array<{ start: number; end: number }> {
  const lines = [...folded.matchAll(/[^\n]*/gu)].filter((line) => line[0].trim() !== '');
  const spans = letterOpeningIn(folded);
  const salutation = lines.findIndex((line) => SALUTATION.test(line[0]) && (line[0].match(/\p{L}+/gu) ?? []).length <= 6);
  if (salutation < 0) return spans;
  for (const formula of folded.matchAll(FORMULA)) spans.push({ start: formula.index, end: formula.index + formula[0].length });
  // The closing: among the last lines, short, on a line of its own — then the signature.
  const closing = lines.findIndex(
    (line, at) => at > salutation + 1 && at >= lines.length - 6 && CLOSING.test(line[0]) && (line[0].match(/\p{L}+/gu) ?? []).length <= 8,
  );
  if (closing >= 0) for (const line of lines.slice(closing)) spans.push({ start: line.index, end: line.index + line[0].length });
  return spans;
}

/**
 * A letter's dateline and salutation ("Peso da Régua, 22 de outubro", "Exmos Senhores,"): no name
 * of the business is in them, though they are capitalised words on a line of their own (the
 * signature may hold one, and stays for the name's reader).
 */
export function letterOpening(text: string): Array<{ start: number; end: number }> {
  return letterOpeningIn(fold(text));
}

function letterOpeningIn(folded: string): Array<{ start: number; end: number }> {
  const lines = [...folded.matchAll(/[^\n]*/gu)].filter((line) => line[0].trim() !== '');
  const spans: Array<{ start: number; end: number }> = [];
  // Only a letter has a frame: a salutation on a line of its own says it is one. "Un saludo!" opening
  // a chat, or "Desde maio de 2010…" on its first line, is no closing or dateline.
  const salutation = lines.findIndex((line) => SALUTATION.test(line[0]) && (line[0].match(/\p{L}+/gu) ?? []).length <= 6);
  if (salutation < 0) return spans;
  const first = lines[0];
  const firstWords = first?.[0].match(/\p{L}+/gu) ?? [];
  if (
    salutation > 0 &&
    first &&
    /\d/u.test(first[0]) &&
    firstWords.length <= 8 &&
    firstWords.some((word) => readingCues.monthWords.has(word))
  )
    spans.push({ start: first.index, end: first.index + first[0].length });
  for (const line of lines)
    if (SALUTATION.test(line[0]) && (line[0].match(/\p{L}+/gu) ?? []).length <= 6)
      spans.push({ start: line.index, end: line.index + line[0].length });
  return spans;
}

const OTHER = SAID.otherPlace;
// "…, não a de Santa Catarina", "y no la de Estados Unidos", "and not the one in Ohio", "not Massachusetts",
// "not the Lagos in Portugal" (the town's name in place of "the one").
const OTHER_PLACE = new RegExp(
  `(?:^|[,;:.!?–—(-]\\s*|\\s(?:e|y|and)\\s+)((?:${alternationOf(OTHER.negations)})\\s+(?:(?:(?:${alternationOf(OTHER.copulas)})\\s+)?(?:${alternationOf(
    OTHER.ones,
  )})\\s+(?:([\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2}?)\\s+)??(?:${alternationOf(OTHER.ofWords)})(?![\\p{L}])|(?=\\S)))`,
  'gmu',
);
const MAX_WORDS_BEFORE_OTHER_PLACE = 3;
const THIS_ONE = new RegExp(`(?<![\\p{L}])(?:${alternationOf(OTHER.thisOne)})(?![\\p{L}])`, 'u');

/**
 * "Palmeira daqui, não a de Santa Catarina nem Palmeira dos Índios.", "Jamaica, not Massachusetts":
 * which place is meant, said to us by refusing the other one — from the refusal to its clause's end,
 * and the sentence's few words before it ("Palmeira daqui,") too. Without "the one of", only a
 * capitalised place after English "not" refuses one ("not Massachusetts"; "not on Sundays" is told).
 */
export function otherPlaceRefused(
  text: string,
  folded: string = fold(text),
  /** Whether the few words before that say "this one" ("Palmeira daqui, não a de…") go with it. */
  withThisOne = true,
  /**
   * Whether any word that only negates refuses a capitalised place ("no Andorra de Teruel", "não
   * Sintra"), not only English "not": for where the business is, never for what visitors read —
   * "não vou a Corumbá, nem Campo Grande" tells them where it does not go.
   */
  anyNegation = false,
): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let language: string | undefined;
  for (const match of folded.matchAll(OTHER_PLACE)) {
    const start = match.index + match[0].length - match[1]!.length;
    // The other one is a place we know ("não a de Santa Catarina", "não a do piauí", "not
    // Massachusetts"): "não as de fibra", "not Mondays", "not Amex" refuse things, told to visitors.
    const after = text.slice(match.index + match[0].length);
    const words = (/^\s*([\p{L}'’-]+(?:\s+(?:(?:d[aeo]s?|de|del|of)\s+)?[\p{L}'’-]+){0,3})/u.exec(after)?.[1] ?? '').split(/\s+/u);
    const isPlace = words.some((_, at) => {
      const run = words.slice(0, words.length - at).join(' ');
      return run.length > 1 && (findWorldCities(run).length > 0 || isCountryName(run) || isRegionName(run));
    });
    if (!isPlace) continue;
    // "not the Lagos in Portugal", "não a Lavras de Minas Gerais": the other one named by its own
    // name is a town of that name there ("not the cheap ones in plastic", "not the Ankara from
    // China" and "no el pisco de Chile" refuse things).
    if (match[2] && !isTownThere(match[2], words.join(' '))) continue;
    // Without "the one of", only English "not" before a capitalised place ("not Massachusetts"),
    // or any word that only negates, if asked: Portuguese "no" is "in the" ("no Porto").
    const bare = !/\s(?:d[aeo]s?|del|of|in|from)$/u.test(match[1]!);
    const negation = match[1]!.split(/\s/u)[0]!;
    const onlyNegates = anyNegation ? negation !== 'no' || (language ??= detectPromptLanguage(text)) === 'es' : negation === 'not';
    if (bare && !(onlyNegates && /^\s*\p{Lu}/u.test(after))) continue;
    // (Opening a sentence, only "the one of …" refuses a place: "Not Salford though." leaves a town out.)
    if (bare && /[.!?]/u.test(match[0].slice(0, match[0].length - match[1]!.length))) continue;
    const rest = folded.slice(start);
    // (A colon or a dash ends the refusal too: "…nem a do Paraná: R$ 8 o litro" goes on to visitors.)
    const stop = rest.search(/[.;:!?\n–—]|\s-\s|,\s+(?:e|y|and|mas|pero|but)\s/u);
    const end = start + (stop < 0 ? rest.length : stop);
    const sentenceStart = Math.max(...['.', '!', '?', '\n'].map((mark) => folded.lastIndexOf(mark, start - 1))) + 1;
    // ("Palmeira daqui, não a de…": the few words before say "this one", and go with it.)
    const before = folded.slice(sentenceStart, start);
    const isThisOne = (before.match(/\p{L}+/gu) ?? []).length <= MAX_WORDS_BEFORE_OTHER_PLACE && THIS_ONE.test(before);
    spans.push({ start: isThisOne && withThisOne ? sentenceStart : start, end });
  }
  return spans;
}

/** Whether a town called `name` is in the country, region or town `where` names ("Lagos", "Portugal"). */
function isTownThere(name: string, where: string): boolean {
  const towns = findWorldCities(name);
  const words = where.split(/\s+/u);
  return words.some((_, at) => {
    const run = words.slice(0, words.length - at).join(' ');
    const country = mentionedCountry(run)?.code ?? regionCountry(run) ?? findWorldCities(run)[0]?.country;
    return country !== undefined && towns.some((town) => town.country === country);
  });
}

/** Where the paragraph holding `from` ends: a blank line, or the end. */
function paragraphEnd(folded: string, from: number): number {
  const blank = /\n[ \t]*\n/gu;
  blank.lastIndex = from;
  const found = blank.exec(folded);
  return found ? found.index : folded.length;
}

export function setAsideSaidToBuilder(text: string): SaidToBuilder {
  const folded = fold(text);
  // (A stop inside quotes ends no sentence: 'No "there's nothing boring about..." anywhere on the site.'
  // …nor one inside an address.)
  const bounded = folded
    .replace(
      /(["“«])([^"“”«»\n]{1,80})(["”»])/gu,
      (quoted, open: string, inner: string, close: string) => `${open}${inner.replace(/[.!?]/gu, '\u2024')}${close}`,
    )
    .replace(ADDRESS, (address) => address.replace(/\./gu, '\u2024'));
  const sentences = [...bounded.matchAll(SENTENCE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const spans: Array<{ start: number; end: number }> = [];
  // (Each is among the spans too.)
  const privateParagraphs: Array<{ start: number; end: number }> = [];
  const pointedBack: string[] = [];
  // "[Yari: mami, el alquiler ya lo subimos a 75.]", "[Note from Tom: …]": a note in square brackets
  // signed by whoever typed the message is theirs to us — never words of the business.
  for (const note of text.matchAll(SIGNED_NOTE))
    if (!readingCues.bracketHeadings.has(fold(note[1]!))) spans.push({ start: note.index, end: note.index + note[0].length });
  sentences.forEach((sentence, index) => {
    const said = folded.slice(sentence.start, sentence.end);
    const lead = said.search(/\S/);
    const opening = lead >= 0 ? LEAD.exec(said.slice(lead)) : null;
    const heading = /^([^:\n]{3,80}):/u.exec(said.slice(Math.max(lead, 0)))?.[1];
    // "Now, between us." alone, or "Cosas que no quiero que salgan:" opening a line before what they
    // are: what follows, to the paragraph's end, is said to us too.
    if (
      (opening && (said.slice(lead + opening[0].length).match(/\p{L}+/gu) ?? []).length <= 1) ||
      (heading !== undefined && refusesComingOut(heading) && /(?:^|\n)\s*$/u.test(folded.slice(0, sentence.start + lead)))
    )
      privateParagraphs.push(spans[spans.push({ start: sentence.start + lead, end: paragraphEnd(folded, sentence.start) }) - 1]!);
    else if (opening || (lead >= 0 && isAddressedLead(said.slice(lead)))) spans.push({ start: sentence.start + lead, end: sentence.end });
    // "…, por isso desculpem se sair comprido", "vai sair comprido, bah, desculpa": an apology
    // opening a clause is said to us, not to the site's visitors —
    else if (APOLOGY.test(said)) {
      // …about the writing itself ("a minha neta está a escrever…, por isso desculpem se sair
      // comprido"): the whole sentence; else from the apology on ("Faço bolos em Recife, desculpa a
      // demora" keeps the bolos).
      const aboutWriting = (said.match(/\p{L}+/gu) ?? []).some((word) => readingCues.writingWords.has(word));
      const apology = APOLOGY.exec(said)!;
      const from = aboutWriting ? lead : apology.index + apology[0].search(/\p{L}/u);
      spans.push({ start: sentence.start + from, end: sentence.end });
    }
    // "My husband says just type it like you'd explain it…", "minha filha disse pra eu escrever
    // assim": a relative's advice on how to write the prompt is said to us, whole.
    else if (isAdviceOnWriting(said) || REFUSED_ON_SITE.test(bounded.slice(sentence.start, sentence.end)))
      spans.push({ start: sentence.start + Math.max(lead, 0), end: sentence.end });
    const words = said.match(/[\p{L}'’]+/gu) ?? [];
    const before = sentences[index - 1];
    // "Right, the stuff that's just for you.": a short sentence naming us as its only reader takes
    // the rest of its paragraph.
    if (words.length <= 8 && (PRIVATE_AUDIENCE.test(said) || PRIVATE_ASIDE.test(said.trim())))
      privateParagraphs.push(
        spans[spans.push({ start: sentence.start + Math.max(lead, 0), end: paragraphEnd(folded, sentence.start) }) - 1]!,
      );
    // "Nem o nome dele nem a casa, por favor.", "Leave that well alone.": a refusal of what was just
    // said, with nothing of its own, takes the sentence before it too.
    const refusesBefore =
      (words.length <= 14 && SAID.norWords.includes(words[0] ?? '') && words.slice(1).some((word) => SAID.norWords.includes(word))) ||
      (LEAVE_ALONE.test(said) && (said.replace(LEAVE_ALONE, ' ').match(/\p{L}+/gu) ?? []).length <= 2);
    if (refusesBefore) {
      spans.push(sentence);
      if (before) spans.push(before);
    }
    // "…se llevó unas piezas, de eso nada en la página", "disso nada", "nothing of that": a pointer
    // refused with "nothing" keeps its sentence off the site — and the one before, when it says nothing else.
    const pointed = words.findIndex(
      (word, at) =>
        SAID.pointers.includes(word.replace(/^d(?=isso|isto|aquilo)/u, '')) &&
        words.slice(Math.max(0, at - 2), at + 3).some((near) => SAID.nothingWords.includes(near)),
    );
    if (pointed >= 0) {
      spans.push(sentence);
      const own = words.filter(
        (word) =>
          !SAID.pointers.includes(word.replace(/^d(?=isso|isto|aquilo)/u, '')) &&
          !SAID.nothingWords.includes(word) &&
          !SAID.placeNouns.includes(word) &&
          !isClosedWordOfAny(word),
      );
      if (before && own.length <= 1) spans.push(before);
    }
    // "eu tinha sociedade com o marquinho… não põe nada dele nem que eu já tive sócio": a person
    // pointed back at with "nothing" was said in the sentence before — both stay off.
    // ("nada dele", "nada de él", "nothing about him": right after "nothing", or one word of "of"
    // between — "no cuesta nada el primer mes", "nothing beats her scones" point at no one.)
    const personPointed = words.some(
      (word, at) =>
        (SAID.personPointers.contracted.includes(word) && SAID.nothingWords.includes(words[at - 1] ?? '')) ||
        ([...SAID.personPointers.contracted, ...SAID.personPointers.linked].includes(word) &&
          SAID.personPointerLinks.includes(words[at - 1] ?? '') &&
          SAID.nothingWords.includes(words[at - 2] ?? '')),
    );
    if (personPointed) {
      spans.push(sentence);
      if (before) spans.push(before);
    }
    // "Já fiz carro pra deputado, mas nome de político no meu site eu não quero": a sentence whose
    // last clause refuses a name on the site keeps the whole of it — whose name is said before.
    const lastClause = (said.split(/[,;]/u).at(-1) ?? '').match(/[\p{L}'’]+/gu) ?? [];
    if (
      lastClause.some((word) => readingCues.siteNouns.has(word)) &&
      lastClause.some((word) => readingCues.nameNouns.has(word)) &&
      lastClause.slice(-3).some((word) => isNegationWord(word, undefined, false)) &&
      lastClause.slice(-2).some((word) => readingCues.wishVerbs.has(word))
    )
      spans.push({ start: sentence.start + Math.max(lead, 0), end: sentence.end });
    // "Um jornal me chamou de "o último …". Não é verdade. Não quero essa frase no site, nem
    // parecida.": a thing pointed at with its noun and refused keeps off the site from the nearest
    // quotation before it in its paragraph (else the sentence before) to the refusal.
    if (POINTED_NOUN_REFUSED.test(said)) {
      spans.push(sentence);
      const paragraphStart = Math.max(0, folded.lastIndexOf('\n\n', sentence.start));
      const quoted = sentences
        .slice(0, index)
        .reverse()
        .find((earlier) => earlier.start >= paragraphStart && /["“«]/u.test(folded.slice(earlier.start, earlier.end)));
      const pointedAt = quoted ? { start: quoted.start, end: sentence.start } : before;
      if (pointedAt) {
        spans.push(pointedAt);
        pointedBack.push(text.slice(pointedAt.start, pointedAt.end));
      }
    }
    const refused = NOT_FOR_SITE.exec(said);
    if (refused) {
      spans.push(sentence);
      // "Daqui pra baixo é conversa minha com você, não vai pro site.": everything after it too, to
      // a paragraph that speaks of the site again ("Pro site, azul do mar…").
      // "Esto ya no es para la página." opening a paragraph says the same of what follows it.
      const forward = NO_LONGER.test(said) && /(?:^|\n)\s*$/u.test(folded.slice(0, sentence.start + Math.max(lead, 0)));
      // (…to its paragraph's end: a paragraph after it is the site again, as "Colores: …" is.)
      if (forward) spans.push({ start: sentence.end, end: paragraphEnd(folded, sentence.end) });
      else if (FROM_HERE_ON.test(said)) spans.push({ start: sentence.end, end: backToTheSite(folded, sentence.end) });
      // "Isto não é para pôr no site." alone points at the sentence before, and so does "Don't put
      // that on, or…" opening its sentence; "My van got stolen, don't put that on the site" says its
      // own private thing.
      const rest = said.replace(NOT_FOR_SITE, ' ').match(/\p{L}+/gu) ?? [];
      const ahead = said.slice(0, refused.index).match(/\p{L}+/gu) ?? [];
      if (
        before &&
        !forward &&
        (rest.length <= 2 ||
          (ahead.length <= 1 && SAID.pointers.some((pointer) => (refused[0].match(/[\p{L}']+/gu) ?? ([] as string[])).includes(pointer))))
      )
        spans.push(before);
    }
  });
  spans.push(...letterFrame(folded));
  spans.push(...otherPlaceRefused(text, folded));
  // "(pra quem tá fazendo o site: não coloca mapa)", "(… but don't put their names on the site)": a
  // parenthesis said to the builder, or about the site itself, is theirs — only the parenthesis.
  for (const match of folded.matchAll(/\(([^()]{3,300})\)/gu)) {
    const inner = match[1]!.trim();
    const namesSite = (inner.match(/[\p{L}-]+/gu) ?? []).some((word) => readingCues.siteSelfNouns.has(word));
    if (LEAD.test(inner) || NOT_FOR_SITE.test(inner) || namesSite) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  // "Não faço bolo de pote, deixa isso bem claro por favor", "que quede claro que no hacemos
  // envíos": emphasis said to us — alone in its clause it is set aside; leading a clause, only it is.
  for (const match of folded.matchAll(EMPHASIS)) {
    const start = match.index + match[1]!.length;
    const end = match.index + match[0].length;
    const isLead = /^\s+(?:que|that)\s/u.test(folded.slice(end));
    const closes = /^[\s]*(?:,?\s*(?:por favor|pfv|pls|please|tá|ta|ok)\b)?[\s]*(?:[,.;:!?)\n]|$)/u.exec(folded.slice(end));
    if (isLead) spans.push({ start, end: end + /^\s+(?:que|that)/u.exec(folded.slice(end))![0].length });
    else if (closes) spans.push({ start, end: end + closes[0].replace(/[,.;:!?)\n]$/u, '').length });
  }
  // "Fica um trem bão demais, uai.", "Y eso, jaja.": a short sentence with chat in it is said to us.
  for (const sentence of sentences) {
    const words = folded.slice(sentence.start, sentence.end).match(/[\p{L}'’-]+/gu) ?? [];
    if (words.length <= 7 && words.some((word) => readingCues.chatInterjections.has(word))) spans.push(sentence);
  }
  // "Isso pode dizer-se.", "pode pôr o nome dele também", "that you can say": a clause that only
  // allows us to put something on the site is said to us (what it allows is said elsewhere).
  // (A clause ends at a comma, a stop, or "e"/"and"/"y": "ainda cá vem todos os dias e pode aparecer no site".)
  for (const clause of folded.matchAll(/(?:[^.!?;,\n\s]+|\s(?!(?:e|and|y|mas|but|pero)\s))+/gu)) {
    const words = clause[0].match(/[\p{L}'’-]+/gu) ?? [];
    const allows = words.findIndex((word, at) => PERMISSION.has(word) && words.slice(at + 1, at + 3).some((next) => PERMITTED.has(next)));
    // (…never "Pode pôr que abrimos ao domingo", "You can say we've been here since 1984": what
    // follows the verb there is the person's own words, read as ever.)
    const verb = allows >= 0 ? words.findIndex((word, at) => at > allows && PERMITTED.has(word)) : -1;
    const after = verb >= 0 ? words.slice(verb + 1) : [];
    if (
      allows >= 0 &&
      (allows <= 2 || words.some((word) => readingCues.siteNouns.has(word))) &&
      after.length <= 4 &&
      !after.some((word) => THAT.has(word) || readingCues.firstPersonSubjects.has(word.replace(/['’].*/u, '')))
    ) {
      const start = clause.index + clause[0].search(/\S/);
      spans.push({ start, end: clause.index + clause[0].trimEnd().length });
    }
  }
  // "Pode colocar que abrimos aos domingos", "You can say it's been in the family since '84": the
  // lead is said to us; what it brings is the person's own words, read as ever.
  for (const match of folded.matchAll(PUT_THAT)) {
    const start = match.index + match[1]!.length;
    spans.push({ start, end: match.index + match[0].length });
  }
  if (spans.length === 0) return { text, asides: [], refused: pointedBack, privateParagraphs };
  let blanked = text;
  const asides: string[] = [];
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    const said = text
      .slice(span.start, span.end)
      .replace(/[\s.!?]+$/u, '')
      .replace(/^\((.*)\)$/su, '$1')
      .trim();
    if (said && !asides.includes(said)) asides.push(said);
    blanked = blankSpans(blanked, [span], { keepLines: true });
  }
  return { text: blanked, asides, refused: pointedBack, privateParagraphs };
}
