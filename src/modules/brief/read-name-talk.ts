import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/name-talk.json';
import { isNegationWord, readingCues } from './reading-cues';
import { isFormOfVerb, wordLanguageOf } from './word-classes';
import { cleanName } from './clean-name';
import { findWorldCities } from './places';
import { escapeRegExp, fold } from './text';

/**
 * What the person says about the business's name, read clause by clause, before any rule guesses a
 * name from the words: "o nome foi minha filha que escolheu: Alinhavo", "me conhecem por bigodes,
 * por isso o nome pode ser esse", "the truck says Wiebe & Son … so don't use that, just put Darren
 * Wiebe Snow Clearing", "la gente le dice 'la del portón verde' pero eso no es nombre".
 *
 * A clause talks about the name when it holds a name noun ("nome", "name", "nombre"), or when it
 * tells us to use a name or not ("don't use that"). Its polarity is whether it holds a negation;
 * what it is about is, in order: the words after its colon, the capitalised words after "pode ser",
 * "is", "es" or after a use verb ("just put …"), or — with a pointer ("esse", "that", "eso") — the
 * last candidate said before it in its sentence or the one before: a quoted phrase, a nickname
 * ("me conhecem por …"), a handle, or capitalised words. An affirming clause gives the name; a
 * refusing one takes its target out of every later reading (it is blanked from the text the name
 * rules read), so a nickname or a painted sign the person refused never becomes the site's name.
 */
const words = z.array(z.string().min(1).max(40)).min(1);
const nameTalkSchema = z.object({
  $comment: z.string().optional(),
  pointers: words,
  affirmCues: words,
  nicknameCues: words,
  useVerbs: words,
  /** What may come before the verb of an order to put a name ("so just …", "pls just call it …", "então põe …"). */
  orderLeads: words,
  /** "o meu filho queria", "mi cuñado sugirió", "my son wants": verbs by which someone else proposes a name (infinitives; every regular form is found). */
  proposalInfinitives: words,
  /** …and forms no regular ending finds ("propôs", "quiso", "is telling"). */
  proposalForms: words,
  thirdPersons: words,
  refusalVerbs: words,
  /** The writer as the subject: their own wish is no one else's proposal ("o nome eu quero …"). */
  firstPersons: words,
  /** "o nome eu quero Xilogravuras…", "el nombre quiero …": a wish that gives the name, right after the name's noun. */
  wantedNameCues: words,
  /** "…e adorámos", "y así quedó", "and we loved it": a proposal taken up, never refused. */
  takenUp: words,
  /** "mas", "but", "pero": what opens the writer's refusal of a proposal. */
  contrasts: words,
});
const talk = parseContent('src/modules/brief/content/name-talk.json', nameTalkSchema, raw);

export type NameTalk = {
  affirmed?: string;
  refused: string[];
  /**
   * Where the person talks about the name, from the clause that says the name talked about (or the
   * clause about the name) to its sentence's end: said to us, never a card or a line of the About.
   */
  spans: { start: number; end: number }[];
  /** Every clause that names the name ("já há uma empresa com esse nome na Covilhã"): its town is someone else's. */
  nameClauses: { start: number; end: number }[];
};

type Candidate = { text: string; start: number; end: number; isSaidAsName: boolean };
type Found = { text: string; start: number };
type Clause = { start: number; end: number };

const byLength = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
const POINTER = new RegExp(`(?<![\\p{L}])(?:${byLength(talk.pointers)})(?![\\p{L}])`, 'u');
const AFFIRM = new RegExp(`(?<![\\p{L}])(?:${byLength(talk.affirmCues)})\\s+(?:(?:o|a|el|la|the)\\s+)?(?=["“«„]?\\p{L})`, 'gu');
const NICKNAME = new RegExp(`(?<![\\p{L}])(?:${byLength(talk.nicknameCues)})\\s+@?`, 'gu');
const USE = new RegExp(`(?<![\\p{L}])(?:${byLength(talk.useVerbs)})\\s+(?:(?:just|only|so|solo)\\s+)?`, 'gu');
const NAME_THEN = new RegExp(`(?<![\\p{L}])(?:${byLength([...readingCues.nameNouns])})\\s+`, 'gu');
// "o nome eu quero Xilogravuras Chico Bezerra", "el nombre quiero Dulces Rosa": the name's noun, the writer, a wish.
const NAME_WANTED = new RegExp(
  `(?<![\\p{L}])(?:${byLength([...readingCues.nameNouns])})\\s+(?:(?:eu|yo|i|we)\\s+)?(?:${byLength(talk.wantedNameCues)})\\s+(?:(?:o|a|el|la|the)\\s+)?(?=["“«„]?\\p{L})`,
  'gu',
);
// "mas no site eu quero Cuias Fagundes", "en la página quiero Hórreos Llaneza": the site, the writer, a wish.
const SITE_WANTED_SOURCE = `(?<![\\p{L}])(?:${byLength([...readingCues.siteSelfNouns])})\\s+(?:(?:eu|yo|i|we)\\s+)?(?:${byLength(talk.wantedNameCues)})\\s+(?:(?:o|a|el|la|the)\\s+)?(?=["“«„]?\\p{L})`;
const SITE_WANTED = new RegExp(SITE_WANTED_SOURCE, 'u');
const PLATFORMS = new Set(readingCues.platformBrands.map((brand) => fold(brand)));
// "WhatsApp e Instagram": the platforms a site links to are no name.
const isPlatform = (name: string) =>
  fold(name)
    .split(/\s+/u)
    .filter((word) => !/^(?:e|y|and|&|o|ou|or)$/u.test(word))
    .every((word) => PLATFORMS.has(word));
const WISH_LEAD = new RegExp(`^\\s*(?:${byLength(talk.wantedNameCues)})\\s+`, 'iu');
const USE_VERB = new RegExp(`(?<![\\p{L}])(?:${byLength(talk.useVerbs)})(?![\\p{L}])`, 'u');
const NEGATIONS = new Set([...readingCues.ruleNegations, ...readingCues.ruleNegationsNotPortuguese]);
// A semicolon ends a sentence here as it does for the reader (read-prompt.ts): "nome: X; onde: Braga; …"
// talks about the name only up to it.
const SENTENCE_END = /[.!?;\n]/u;
// "…Google, mas não no nome": a contrast opens a clause of its own, with its own polarity.
const CLAUSE_BREAK = /[,;()]|\s(?:mas|but|pero|so|then|entao|entonces|asi que|por isso|por eso)\s/gu;
// "Rui - Limpeza de Chaminés": a dash between capitalised words joins them into one name.
const CAPITALISED_RUN =
  /\p{Lu}[\p{L}\p{N}'’&.-]*(?:(?:\s+(?:(?:de|da|do|dos|das|del|la|of|the|e|y|and|&)\s+)?|\s+[-–]\s+)\p{Lu}[\p{L}\p{N}'’&.-]*)*/gu;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The words of a clause that are a name, as given: at most six, the first one not a function word. */
function asName(words: string, most = 6): string | undefined {
  const trimmed = words.replace(/^["“”«»„'\s]+|["“”«»„'\s.!?]+$/gu, '');
  // Words, not the dashes between them ("Pan y Leña — Horno de Barro" is six words).
  const count = trimmed.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (count === 0 || count > most || !isCapitalised(trimmed)) return undefined;
  // "com nome ou marca: R$ 180": an amount is no name — a name has a word of two letters at least.
  if (!/\p{L}{2}/u.test(trimmed)) return undefined;
  return cleanName(trimmed);
}

function clausesOf(text: string, folded: string): { sentence: Clause; clauses: Clause[] }[] {
  const out: { sentence: Clause; clauses: Clause[] }[] = [];
  let start = 0;
  for (let at = 0; at <= text.length; at++) {
    // "₡25.000", "@bigodes.olhao", "site.com": a point inside a word ends no sentence.
    const isEnd =
      at === text.length || (SENTENCE_END.test(text.charAt(at)) && !(text.charAt(at) === '.' && /[\p{L}\p{N}]/u.test(text.charAt(at + 1))));
    if (!isEnd) continue;
    if (at > start) {
      const clauses: Clause[] = [];
      let from = start;
      for (const cut of folded.slice(start, at).matchAll(CLAUSE_BREAK)) {
        // "ponham só Rui…": Portuguese "só" (only) folds to English "so", which opens a clause.
        if (/\ssó\s/u.test(text.slice(start + cut.index, start + cut.index + cut[0].length))) continue;
        clauses.push({ start: from, end: start + cut.index });
        from = start + cut.index + (cut[0].startsWith(' ') ? 1 : cut[0].length);
      }
      clauses.push({ start: from, end: at });
      // ", por isso não": a comma right before a joiner leaves nothing between them — no clause.
      out.push({
        sentence: { start, end: at },
        clauses: clauses.filter((clause) => /[\p{L}\p{N}]/u.test(text.slice(clause.start, clause.end))),
      });
    }
    start = at + 1;
  }
  return out;
}

/** Names said before `before`, nearest last: quoted phrases, nicknames, handles, capitalised runs. */
function candidatesBefore(text: string, folded: string, from: number, before: number): Candidate[] {
  const found: Candidate[] = [];
  const part = text.slice(from, before);
  for (const match of part.matchAll(/["“”«»„]([^"“”«»„\n]{2,60})["“”«»„]/gu))
    found.push({ text: match[1]!, start: from + match.index + 1, end: from + match.index + 1 + match[1]!.length, isSaidAsName: true });
  for (const match of folded.slice(from, before).matchAll(NICKNAME)) {
    const at = from + match.index + match[0].length;
    const rest = /^[\p{L}\p{N}._'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,3}?(?=\s*(?:[,.;:()!?\n]|$))/u.exec(text.slice(at, before));
    if (rest) found.push({ text: rest[0].replace(/[._]\p{L}+$/u, ''), start: at, end: at + rest[0].length, isSaidAsName: true });
  }
  for (const match of part.matchAll(CAPITALISED_RUN)) {
    const at = from + match.index;
    // The first word of a sentence is capitalised for being first.
    const isSentenceStart = /^\s*$/.test(text.slice(from, at)) || SENTENCE_END.test(text.slice(0, at).trimEnd().slice(-1));
    if (isSentenceStart && !match[0].includes(' ')) continue;
    // "Hago tortas en Ica, pueden ponerle ese nombre": a place is where, never the name.
    const wordBefore = /([\p{L}]+)\s*$/u.exec(folded.slice(from, at))?.[1] ?? '';
    if (readingCues.placePrepositions.includes(wordBefore) || findWorldCities(match[0]).length > 0) continue;
    found.push({ text: match[0], start: at, end: at + match[0].length, isSaidAsName: false });
  }
  return found.sort((a, b) => a.end - b.end);
}

export function readNameTalk(text: string): NameTalk {
  const folded = fold(text);
  const refused: string[] = [];
  const spans: NameTalk['spans'] = [];
  const nameClauses: NameTalk['nameClauses'] = [];
  let affirmed: string | undefined;
  const sentences = clausesOf(text, folded);
  let refusedAt = -2;
  for (const [index, { sentence, clauses }] of sentences.entries()) {
    const from = sentences[index - 1]?.sentence.start ?? sentence.start;
    // "…por isso não. Ponham só Rui - Limpeza de Chaminés": what to put instead may open the next sentence.
    let hasRefusedHere = refusedAt === index - 1;
    // "não tem nome, …, então põe só Vilmar": after saying there is no name, what to put is the name.
    let saidNoName = false;
    for (const clause of clauses) {
      const said = folded.slice(clause.start, clause.end);
      const clauseWords = said.split(/[^\p{L}'’]+/u).filter(Boolean);
      const hasNameNoun = clauseWords.some((word) => readingCues.nameNouns.has(word));

      // "o nome que eu quero no site é …": Portuguese "no" before the site is "in the", no refusal.
      const isRefusing = clauseWords.some(
        (word, at) => NEGATIONS.has(word) && !(word === 'no' && readingCues.siteSelfNouns.has(clauseWords[at + 1] ?? '')),
      );
      const pointsBack = POINTER.test(said);
      let target: string | undefined;
      let from0 = clause.start;
      // An order to put a name is talk of its own clause only: "chama Brasa & Pão, a gente quer um
      // site…" goes on about the business.
      let talkEnd = sentence.end;
      const back = (found: Found | undefined) => {
        // The talk about a name said before starts where that name was said, within its sentence.
        if (found && found.start >= sentence.start) from0 = Math.min(from0, clauses.find((c) => c.end >= found.start)?.start ?? from0);
        return found?.text;
      };
      // "meu nome é Simone", "my name is Col": the writer's own name, not the business's.
      const isSelfNaming = readingCues.selfNamingLeads.some((lead) => ` ${said} `.includes(` ${lead} `));
      if (hasNameNoun && !isSelfNaming) nameClauses.push({ start: clause.start, end: clause.end });
      if (hasNameNoun && !isSelfNaming) {
        // What the clause is about: after its colon, after "pode ser"/"is"/"es", or what a pointer points at.
        const colon = text.indexOf(':', clause.start);
        // ("Nome: quero Barbearia do Careca": the wish is not part of it.)
        if (colon >= 0 && colon < clause.end) target = asName(text.slice(colon + 1, clause.end).replace(WISH_LEAD, ''));
        target ??= runAfter(text, said, clause, AFFIRM);
        target ??= runAfter(text, said, clause, NAME_WANTED);
        // "pode pôr o nome Zefinha Bolos Caseiros", "the name Wild Mother": the name right after the noun.
        if (!isRefusing && !target) {
          target = runAfter(text, said, clause, NAME_THEN);
          // "…make kombucha under the name Wild Mother": the talk is only "under the name …" — what
          // the clause says before it is still about the business.
          const noun = target ? new RegExp(NAME_THEN.source, 'u').exec(said) : null;
          if (noun) {
            const lead = /(?:[\p{L}]{1,5}\s+){0,2}$/u.exec(said.slice(0, noun.index))?.[0] ?? '';
            from0 = clause.start + noun.index - lead.length;
          }
        }
        // "…la conocen como "lo de Ramón", así que ese es el nombre: …": the talk began with the name pointed at.
        if (target && pointsBack) back(nearestBefore(text, folded, sentence.start, clause.start, false));
        // "… como "marido de aluguel", pode usar no texto, mas não no nome": refused without a
        // pointer, the nearest name said before it.
        // A pointer gives the name only with a word that says so ("pode ser esse", "use that name");
        // "já há uma empresa com esse nome" only talks about it.
        const saysSo = isRefusing || new RegExp(AFFIRM.source, 'u').test(said) || USE_VERB.test(said);
        if (!target && pointsBack && saysSo) target = back(nearestBefore(text, folded, sentence.start, clause.start, false));
        if (!target && ((pointsBack && saysSo) || isRefusing)) target = back(nearestBefore(text, folded, from, clause.start, true));
        // "ponle Dulce Abril de nombre": an order to put it, the noun after the name.
        if (!target && !isRefusing && (target = toldToPut(text, said, clause, sentence))) talkEnd = clause.end;
        // "just use my name, Johan Pretorius": the name in apposition, the clause after.
        const next = clauses[clauses.indexOf(clause) + 1];
        if (!target && !isRefusing && USE_VERB.test(said) && next) target = asWholeName(text.slice(next.start, next.end));
      } else if (USE_VERB.test(said)) {
        // "so don't use that": a pointer refused. "just put Darren Wiebe Snow Clearing": what to use
        // instead, only right after such a refusal in the same sentence.
        if (isRefusing && pointsBack) target = back(nearestBefore(text, folded, sentence.start, clause.start, false));
        else if (!isRefusing && (hasRefusedHere || saidNoName)) target = runAfter(text, said, clause, USE);
        // "todos me dicen el tano, así que ponele Service El Tano": a clause that is only the verb
        // telling us to put something and a name is the name asked for.
        else if (!isRefusing && (target = toldToPut(text, said, clause, sentence))) talkEnd = clause.end;
        // "pero en la web quiero que ponga Hórreos y Paneras Llaneza", "on the website put Dee's
        // Mowing": a name the person wants on the site, said with the site, is the name.
        else if (!isRefusing && clauseWords.some((word) => readingCues.siteSelfNouns.has(word))) {
          target = runAfter(text, said, clause, USE);
          if (target && !/^\p{Lu}/u.test(target.trim())) target = undefined;
          if (target) talkEnd = clause.end;
        }
      } else if (!isRefusing && SITE_WANTED.test(said)) {
        // "…o pessoal fala "as cuias do Miro", mas no site eu quero Cuias Fagundes": a name wished
        // for the site — two capitalised words at least, never the platforms it links to.
        const wanted = runAfter(text, said, clause, new RegExp(SITE_WANTED_SOURCE, 'gu'));
        if (wanted && wanted.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)).length >= 2 && !isPlatform(wanted)) {
          target = wanted;
          talkEnd = clause.end;
        }
      } else if (isRefusing && pointsBack && clauseWords.some((word) => readingCues.siteSelfNouns.has(word))) {
        // "um povo me chama de "zefa do rolo", isso não quero no site": a nickname pointed back at and kept off the site.
        target = back(nearestBefore(text, folded, sentence.start, clause.start, true));
      }
      // "…já há uma empresa com esse nome na Covilhã, por isso não": a clause that is only a
      // refusal, in a sentence about the name, refuses the name said last in it.
      const previous = clauses[clauses.indexOf(clause) - 1];
      if (!target && !hasNameNoun && isRefusing && clauseWords.length <= 3 && previous && talksOfName(folded, previous)) {
        target = back(nearestBefore(text, folded, sentence.start, clause.start, false));
      }
      if (!target && hasNameNoun && isRefusing) saidNoName = true;
      // "no tiene nombre", "não tem nome": a short clause about the name that names none.
      if (!target && hasNameNoun && isRefusing && clauseWords.length <= 4) spans.push({ start: clause.start, end: clause.end });
      if (!target) continue;
      spans.push({ start: from0, end: talkEnd });
      if (isRefusing) {
        refused.push(target);
        hasRefusedHere = true;
        refusedAt = index;
      } else if (!affirmed) affirmed = asName(target) ?? cleanName(capitalise(target));
    }
  }
  for (const proposal of refusedProposals(text, folded)) {
    refused.push(proposal.name);
    spans.push(proposal.span);
  }
  if (affirmed && refused.some((name) => fold(name) === fold(affirmed!))) affirmed = undefined;
  return { affirmed, refused, spans, nameClauses };
}

// The clause opens on the verb, after at most a joiner, a please or an "only" ("so just put …",
// "pls just call it …", "então põe …").
const OPENS_ON_USE = new RegExp(`^\\s*(?:(?:${byLength(talk.orderLeads)})\\s+)*(?:${byLength(talk.useVerbs)})\\s+`, 'u');
// "ponle Dulce Abril de nombre", "põe Casa Lia como nome": the name, then what it is for.
const AS_THE_NAME = new RegExp(`\\s+(?:de|como|as|as the|for the|para)\\s+(?:${byLength([...readingCues.nameNouns])})\\s*$`, 'u');

/**
 * The name in a clause that is only an order to put it: the verb, then capitalised words that are
 * the rest of the clause. One word counts only when the sentence talks of a name or a nickname —
 * "usa Instagram" alone names nothing.
 */
function toldToPut(text: string, said: string, clause: Clause, sentence: Clause): string | undefined {
  const verb = OPENS_ON_USE.exec(said);
  if (!verb) return undefined;
  const rest = text.slice(clause.start + verb[0].length, clause.end).replace(AS_THE_NAME, '');
  const name = asWholeName(rest);
  if (!name || findWorldCities(name).length > 0) return undefined;
  if (name.includes(' ')) return name;
  const sentenceSaid = fold(text.slice(sentence.start, sentence.end));
  const talksOfIt =
    sentenceSaid.split(/[^\p{L}'’]+/u).some((word) => readingCues.nameNouns.has(word)) ||
    new RegExp(NICKNAME.source, 'u').test(sentenceSaid);
  return talksOfIt ? name : undefined;
}

function talksOfName(folded: string, clause: Clause): boolean {
  return folded
    .slice(clause.start, clause.end)
    .split(/[^\p{L}'’]+/u)
    .some((word) => readingCues.nameNouns.has(word));
}

/** A clause that is a name and nothing else ("Johan Pretorius"). */
function asWholeName(words: string): string | undefined {
  const trimmed = words.trim();
  const run = new RegExp(CAPITALISED_RUN.source, 'u').exec(trimmed);
  return run && run.index === 0 && run[0].length === trimmed.replace(/[.!?]+$/, '').length ? asName(run[0]) : undefined;
}

/** The capitalised words right after a cue in the clause ("pode ser ‹Simone Reparos›", "put ‹…›"). */
const QUOTED_AT_START = /^\s*["“«„]([^"”»“\n]{1,80})["”»]/u;

function runAfter(text: string, said: string, clause: Clause, cue: RegExp): string | undefined {
  for (const match of said.matchAll(cue)) {
    const at = clause.start + match.index + match[0].length;
    // 'O nome é "Cestaria e Vime"': a quoted name is the name whole — the "e" inside it (folded
    // like "é", "is") never starts another one ("Vime").
    const quote = QUOTED_AT_START.exec(text.slice(at));
    if (quote) {
      // Quotes mark where it ends, so a longer name is still one ("Agostinho Freitas – Vimes e Palhinha").
      const name = asName(quote[1]!, 8);
      if (name) return name;
    }
    const run = new RegExp(CAPITALISED_RUN.source, 'u').exec(text.slice(at, clause.end));
    const name = run && run.index === 0 ? asName(run[0]) : undefined;
    if (name) return name;
  }
  return undefined;
}

/**
 * The name said last before a clause: a quoted phrase, nickname or handle first, else — only when
 * `onlySaidAsName` is false, for a pointer inside one sentence — capitalised words. A refusal that
 * points at nothing never reaches back to capitalised words: "Não quero o nome da minha irmã" must
 * not blank the business's own name said a sentence before.
 */
function nearestBefore(text: string, folded: string, from: number, before: number, onlySaidAsName: boolean): Found | undefined {
  const found = candidatesBefore(text, folded, from, before);
  const said = found.filter((candidate) => candidate.isSaidAsName).at(-1);
  return said ?? (onlySaidAsName ? undefined : found.at(-1));
}

function capitalise(words: string): string {
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

/** The text with every refused name blanked (same length, so positions hold). */
export function withoutRefusedNames(text: string, refused: readonly string[]): string {
  let out = text;
  for (const name of refused) {
    const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'giu');
    out = out.replace(pattern, (match) => ' '.repeat(match.length));
  }
  return out;
}

const PROPOSAL_INFINITIVES = new Set(talk.proposalInfinitives);
const PROPOSAL_FORMS = new RegExp(`^(?:${byLength(talk.proposalForms)})(?![\\p{L}])`, 'u');
const FIRST_PERSONS = new Set(talk.firstPersons);
const TAKEN_UP = new Set(talk.takenUp);
const CONTRASTS = new Set(talk.contrasts);
const THIRD_PERSONS = new Set(talk.thirdPersons);
const REFUSAL_VERBS = new Set(talk.refusalVerbs);
// After the verb, at most this many words ("de jeito nenhum", "at all"): "não quis mudar o nome" is another thing.
const MAX_WORDS_AFTER_REFUSAL = 3;

/** "mas ela não quis (de jeito nenhum)", "but she didn't like it": a third person, a negation, a verb of refusing, and little after. */
function isTurnedDownByOwner(clause: readonly string[]): boolean {
  const verb = clause.findIndex(
    (word, at) =>
      REFUSAL_VERBS.has(word) &&
      clause.slice(Math.max(0, at - 3), at).some((before) => NEGATIONS.has(before) || isNegationWord(before, undefined, false)),
  );
  return (
    verb > 0 &&
    clause.slice(Math.max(0, verb - 4), verb).some((word) => THIRD_PERSONS.has(word)) &&
    clause.length - verb - 1 <= MAX_WORDS_AFTER_REFUSAL &&
    !clause.slice(verb + 1).some((word) => /^\p{L}+(?:ar|er|ir)$/u.test(word) && !REFUSAL_VERBS.has(word))
  );
}
const PROPOSERS = (word: string) =>
  readingCues.kinshipWords.has(word) || readingCues.staffNouns.has(word) || readingCues.roleNouns.has(word);

/**
 * 'O Wesley queria "Cordel Pop Art", mas isso é coisa de menino, não quero não', 'Mi cuñado quería
 * "Tajamar Express", ni loco', 'My son is telling to put "Kite Runner", but we don't want': a quoted
 * name someone else proposed — a relative, a helper or a person named, with a verb of wanting,
 * suggesting or saying, before it in its clause — that the writer then refuses (a negation after it,
 * in its sentence or the next). Never the name; the sentences are said to us.
 */
function refusedProposals(text: string, folded: string): Array<{ name: string; span: Clause }> {
  const found: Array<{ name: string; span: Clause }> = [];
  for (const quote of text.matchAll(/["“«„]([^"”»“\n]{2,60})["”»]/gu)) {
    const name = asName(quote[1]!, 8);
    if (!name) continue;
    const sentenceStart = Math.max(...['.', '!', '?', '\n'].map((mark) => folded.lastIndexOf(mark, quote.index - 1))) + 1;
    const before = folded.slice(sentenceStart, quote.index).split(/[,;:]/u).at(-1) ?? '';
    const words = before.match(/[\p{L}'’]+/gu) ?? [];
    const typed =
      text
        .slice(sentenceStart, quote.index)
        .split(/[,;:]/u)
        .at(-1)
        ?.match(/[\p{L}'’]+/gu) ?? [];
    const verbAt = words.findIndex(
      (word, at) =>
        PROPOSAL_FORMS.test(words.slice(at, at + 2).join(' ')) ||
        (['pt', 'es', 'en'] as const).some((language) => isFormOfVerb(word, PROPOSAL_INFINITIVES, wordLanguageOf(language))),
    );
    if (verbAt <= 0) continue;
    const subject = words.slice(0, verbAt);
    // "Eu tinha sugerido "X", mas ela não quis": the writer's own idea, turned down by the one the
    // site is for (a third person refusing it) — typed by a helper, it is no name either.
    const isWriters = subject.some((word) => FIRST_PERSONS.has(word));
    const isSomeoneElse = subject.some(PROPOSERS) || typed.slice(0, verbAt).some((word, at) => at > 0 && /^\p{Lu}/u.test(word));
    if (!isWriters && !isSomeoneElse) continue;
    // The refusal, in the same sentence after the quote: a negation in a clause that a contrast opens
    // ("mas isso é coisa de menino, não quero não", "but … we don't want"), or a clause opening on it
    // ("ni loco") or closing on it ("we said no") — never once the proposal was taken up ("e adorámos", "y así quedó, no hay vuelta atrás").
    const end = quote.index + quote[0].length;
    const stop = folded.slice(end).search(/[.!?\n]/u);
    const sentenceEnd = stop < 0 ? folded.length : end + stop;
    const clauses = folded
      .slice(end, sentenceEnd)
      .split(/[,;:]/u)
      .map((clause) => clause.match(/[\p{L}'’]+/gu) ?? []);
    const isNegation = (word: string) => NEGATIONS.has(word) || isNegationWord(word, undefined, false);
    let contrasted = false;
    let refused = false;
    let takenUp = false;
    // (A take-up refused is a refusal: "mas não gostei".)
    for (const clause of clauses) {
      if (clause.some((word) => CONTRASTS.has(word))) contrasted = true;
      if ((contrasted && clause.some(isNegation)) || isNegation(clause[0] ?? '') || isNegation(clause.at(-1) ?? '')) {
        refused = !isWriters || isTurnedDownByOwner(clause);
        break;
      }
      if (clause.some((word, at) => TAKEN_UP.has(word) || TAKEN_UP.has(`${word} ${clause[at + 1] ?? ''}`))) {
        takenUp = true;
        break;
      }
    }
    // …or a short sentence right after that is only the refusal: "Não gostei.", "Ni loco.".
    const next = folded.slice(sentenceEnd + 1).match(/^[^.!?\n]*/u)?.[0] ?? '';
    const nextWords = next.match(/[\p{L}'’]+/gu) ?? [];
    const refusedNext = !isWriters && !refused && !takenUp && nextWords.length > 0 && nextWords.length <= 3 && isNegation(nextWords[0]!);
    if (!refused && !refusedNext) continue;
    found.push({ name, span: { start: sentenceStart, end: refusedNext ? sentenceEnd + 1 + next.length : sentenceEnd } });
  }
  return found;
}

/** The file's word lists as loaded, for the item screen's word families (item-features.ts). */
export { talk as nameTalkWords };
