import { eng, por, spa } from 'stopword';
import { cleanName, titleCase } from './clean-name';
import { writesLowercase, type PlaceMatch } from './extract-place';
import { isFirstName } from './extract-people';
import { findGazetteerEntry, findWorldCities } from './places';
import { escapeRegExp, fold } from './text';
import { isCountryName, mentionedCountry } from './brief-details';
import { isCallWordAfter } from './detect-features';
import { isRoleNoun, readingCues } from './reading-cues';
import { readNameTalk, withoutRefusedNames } from './read-name-talk';
import type { TaxonomyKind } from './taxonomy-types';
import { isClosedWordOfAny, isDeterminer } from './word-classes';

/**
 * The business name a prompt states, or undefined. In order: a quoted name, "called/chamado/
 * llamado X", "X, a …"/"X is a …" at the start, then the first run of capitalised words that is
 * not a place, a country, a language, a person (unless the person is the business), a brand we
 * integrate with (WhatsApp, Instagram) or the first word of a sentence; finally, in an
 * all-lowercase prompt, two or three words right after the kind ("clinica odontologica sorriso
 * leve em …"). Never a place or a generic word: that was the first user test's worst mistake.
 */
// The articles a name typed in lower case may hold inside it ("taller el yipao").
const NAME_ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'o', 'a', 'os', 'as', 'the']);
const CONNECTORS = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'la', 'of', 'the', '&', 'e', 'and', 'y', 'por']);
const NOISE = new Set(
  (
    'whatsapp instagram facebook tiktok youtube linkedin google ifood pix mb way creci oab cfm crm dr dra sr sra mr mrs ms prof ' +
    'site website landing page pagina web online bilingual bilingue bilíngue html seo cta faq blog newsletter ' +
    'english ingles inglês portuguese portugues português spanish espanol español espanhol french german italian ' +
    'korean mexican mexicanos mexicana italian italiana japanese japonesa brazilian brasileira portuguesa portuguesas ' +
    'california texas florida massachusetts oregon washington colorado arizona nevada georgia virginia ohio michigan illinois ' +
    'minnesota wisconsin tennessee kentucky louisiana alabama carolina utah idaho montana maine vermont europa europe america ' +
    "i'm i’m i'd i've i'll chamo-me chamo llamo tenho tengo olá ola hello hi hola please quero preciso queremos precisamos tenemos somos sou soy we i my our nossa nosso minha meu " +
    'create make build crie criar faça fazer monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=[\p{L}\p{N}]))*|&/gu;
// The naming cues ("called", "se chama", "marca:") are content (reading-cues.json), longest first so
// "com o nome de" wins over "nome". "My name is Neide" names the person, not the business (solo
// professions take the person anyway). A bare "nome"/"name" needs its colon ("Nome: Sol").
const CALLED = new RegExp(
  `(?<![a-z'’])(?<!(?<![a-z])(?:my|meu|mi) )(?:${[...readingCues.namingCues]
    .sort((a, b) => b.length - a.length)
    .map((cue) => (/^(nome|name|nombre|marca|brand)$/.test(cue) ? `${escapeRegExp(cue)}\\s*:` : `${escapeRegExp(cue)}\\s*:?`))
    .join('|')})\\s+`,
  'g',
);

type Token = { word: string; start: number; end: number };

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isNoise(word: string): boolean {
  const lower = fold(word);
  // "We're ‹Karoo Solar›", "I'm ‹…›": the writer introducing the name, capitalised at a sentence's start.
  if (/['’]/.test(word) && readingCues.selfIntro.includes(lower.replace(/’/g, "'"))) return true;
  return NOISE.has(lower) || NOISE.has(word.toLowerCase()) || (/^\p{Lu}{2,5}$/u.test(word) && !/^[A-Z][a-z]/.test(word));
}

// A street is where the business is, not what it is called ("endereço Rua das Flores 120").
const STREET_WORD =
  /^(rua|avenida|av|travessa|alameda|praca|estrada|rodovia|largo|calle|plaza|paseo|carrer|camino|avenue|street|road|boulevard)$/;
const ADDRESS_CUE = /(?:endereco|address|direccion|morada|localizad[oa]s?|located|fica(?:mos)? n[ao]|estamos n[ao]|sita? en)\s*:?\s*$/;

/**
 * A street with its number ("Rua das Flores 120"; "Estrada Segura" alone is a driving school's
 * name), a run right after an address cue, or the town after a house number ("…120, Santo André").
 */
const ADDRESS_WORD = /^(endereco|address|direccion|morada|localizacao|ubicacion|location)$/;

function isAddressLike(words: string[], before: string, after: string): boolean {
  // "Endereço Avenida dos Autonomistas 1500": the cue opened the sentence, inside the run.
  const street = ADDRESS_WORD.test(fold(words[0])) ? words.slice(1) : words;
  if (street.length !== words.length && street.length > 0) return true;
  if (street.length >= 2 && STREET_WORD.test(fold(street[0])) && /^\s*,?\s*(?:n[º°o.]\s*)?\d{1,5}\b/.test(after)) return true;
  return ADDRESS_CUE.test(fold(before.slice(-30))) || /\d{1,5}[A-Za-z]?\s*[,–-]\s*$/.test(before);
}

// Days of the week in en/pt/es, whole or abbreviated: "Wed-Sun", "Seg–Sex", "Lun" open hours, not a name.
const DAY_PART =
  /^(mon(day)?|tue(s|sday)?|wed(nesday)?|thu(r|rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|seg(unda)?|ter(ca)?|qua(rta)?|qui(nta)?|sex(ta)?|sab(ado)?|dom(ingo)?|feira|lun(es)?|mar(tes)?|mie(rcoles)?|jue(ves)?|vie(rnes)?)\.?$/;
const isDays = (words: readonly string[]) =>
  words.every((word) =>
    fold(word)
      .split(/[-–]/)
      .filter(Boolean)
      .every((part) => DAY_PART.test(part)),
  );

function isPlaceLike(words: string[]): boolean {
  const meaningful = words.filter((word) => !CONNECTORS.has(fold(word)));
  const phrase = meaningful.join(' ');
  if (findGazetteerEntry(phrase) || isCountryName(phrase) || (mentionedCountry(phrase) && meaningful.length <= 2)) return true;
  // "Grande Porto Alegre", "Centro de Lisboa": a known place plus one word around it.
  for (let from = 0; from < meaningful.length; from++) {
    for (let to = meaningful.length; to > from; to--) {
      if (findGazetteerEntry(meaningful.slice(from, to).join(' ')) && meaningful.length - (to - from) <= 1) return true;
    }
  }
  // A town of the world gazetteer, named whole ("Atlanta", "Jerez de la Frontera").
  if ((findWorldCities(words.join(' '))[0]?.population ?? 0) >= 15_000) return true;
  return meaningful.every((word) => findGazetteerEntry(word) !== undefined || mentionedCountry(word) !== undefined || isCountryName(word));
}

// The parts of a site a quote may label (folded; pt-PT writes "secção").
const SITE_PARTS: ReadonlySet<string> = new Set(readingCues.labelledSiteParts);

const QUOTE_NEGATIONS = new Set([...readingCues.notForTheSiteSaid.negations, "don't", 'dont', 'never', 'nunca', 'jamais']);
const QUOTE_VERBS = new Set([
  ...readingCues.notForTheSiteSaid.putVerbs,
  ...readingCues.notForTheSiteSaid.putImperatives,
  ...readingCues.notForTheSiteSaid.writeVerbs,
]);

/** The last words before a quote: "nada de", or a negation, a verb of putting or writing and at most a pronoun. */
function isRefusedQuote(words: readonly string[]): boolean {
  if (words.slice(-2).join(' ') === 'nada de') return true;
  const verb = words.findLastIndex((word) => QUOTE_VERBS.has(word));
  return verb >= 0 && verb >= words.length - 2 && words.slice(Math.max(0, verb - 2), verb).some((word) => QUOTE_NEGATIONS.has(word));
}

function quoted(text: string): string | undefined {
  const writesCapitals = /(?:^|[.!?]\s+)\p{Lu}/u.test(text);
  for (const match of text.matchAll(/["“”«»„]([^"“”«»„\n]{2,60})["“”«»„]/gu)) {
    // 'a "Sing with us" form', 'um botão "Peça já"': the quote names a part of the site, not the business.
    const after = fold(text.slice(match.index + match[0].length)).match(/^\s*([\p{L}]+)/u)?.[1];
    const before = fold(text.slice(0, match.index)).match(/([\p{L}]+)\s*$/u)?.[1];
    if ((after && readingCues.containerNouns.has(after)) || (before && readingCues.containerNouns.has(before))) continue;
    // 'un botón que diga "Pedir por WhatsApp"', 'uma secção "Os nossos trabalhos"': a part of the
    // site a few words before, in the same clause, is what the quote labels.
    const clause =
      fold(text.slice(0, match.index))
        .split(/[.;:!?\n,()]/u)
        .at(-1) ?? '';
    if ((clause.match(/[\p{L}]+/gu) ?? []).slice(-5).some((word) => SITE_PARTS.has(word))) continue;
    // 'please don't write "best gele stylist in town"', 'nada de "a melhor do Brasil"', 'no pongas
    // "el mejor de Lima"': a quote right after a negated verb of putting or writing is a phrase
    // refused, never the name ("don't forget to write "Mama Ada's"", "no cambies "Dulces Mary"" keep it).
    if (isRefusedQuote((clause.match(/[\p{L}']+/gu) ?? []).slice(-4))) continue;
    // 'I need to be "online"', 'um site "bonito"': one word in lower case is a word in scare
    // quotes, not a name (names are written with capitals, or are several words: "lo de Ramón").
    // (A writer who types in lower case may quote a lowercase name: "la del portón verde".)
    if (!/\p{Lu}/u.test(match[1]!) && (!/\s/.test(match[1]!.trim()) || writesCapitals)) continue;
    const name = cleanName(match[1]);
    if (name && name.split(' ').length <= 6) return name;
  }
  return undefined;
}

function tokensFrom(text: string, from = 0): Token[] {
  return [...text.matchAll(TOKEN)]
    .filter((match) => match.index >= from)
    .map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

/**
 * Only spaces (or quotes) between two tokens: they can belong to one name. A title's full stop
 * does not end it ("Talho do Sr. Joaquim", "Clínica Dr. Silva").
 */
function isAdjacent(text: string, a: Token, b: Token): boolean {
  const between = text.slice(a.end, b.start);
  return /^[\s"“”«»]*$/.test(between) || (/^\.\s+$/.test(between) && readingCues.personTitles.has(fold(a.word)));
}

function called(text: string): string | undefined {
  const folded = fold(text);
  for (const match of folded.matchAll(CALLED)) {
    // "No atiendo llamadas: presupuestos…": calls, not "called" — no name follows.
    const cue = /^[\p{L}-]+/u.exec(match[0])?.[0] ?? '';
    const before = /([\p{L}'’]+)\s*$/u.exec(folded.slice(0, match.index))?.[1];
    if (isCallWordAfter(cue, before)) continue;
    // "minha ajudante se chama Jéssica", "my wife is called Ana": a person's name, never the business's.
    const lastTwo = folded
      .slice(Math.max(0, match.index - 40), match.index)
      .split(/[^\p{L}'’]+/u)
      .filter(Boolean)
      .slice(-2);
    const isPerson = (word: string) =>
      readingCues.staffNouns.has(word) || readingCues.kinshipWords.has(word) || readingCues.roleNouns.has(word);
    if (lastTwo.some(isPerson)) continue;
    const tokens = tokensFrom(text, match.index + match[0].length);
    // "o nome é porque fica no pé da serra", "the name is because…": the cue explains the name, gives none.
    const first = tokens[0] && !isCapitalised(tokens[0].word) ? fold(tokens[0].word) : undefined;
    if (first && (FUNCTION_WORDS.has(first) || readingCues.toldJoiners.has(first))) continue;
    // "o nome pode ser qualquer um", "the name can be anything": words of grammar alone to the
    // clause's end (pronouns, adverbs: never only an article, which may open a name: "o nome é o
    // tacho") give none either — "se chama sempre fresco" does.
    const languages = ['pt', 'es', 'en'] as const;
    const isGrammar = (word: string) =>
      FUNCTION_WORDS.has(word) || (isClosedWordOfAny(word) && !languages.some((language) => isDeterminer(word, language)));
    const clause =
      fold(text.slice(match.index + match[0].length))
        .split(/[.,;:!?\n()]/u)[0]!
        .match(/[\p{L}'’]+/gu) ?? [];
    if (first && clause.length > 0 && clause.every(isGrammar)) continue;
    // "o nome vai ser definido depois", "the name should be short": after a cue of what the name may
    // be, a name in lower case only from a writer who types all in lower case, and never a participle
    // or a word of a description ("fácil de lembrar", "short and catchy", "corto").
    const isMaybeCue = readingCues.maybeNamingCues.some((cue) => match[0].includes(cue));
    const writesCapitals = /(?:^|[.!?]\s+)\p{Lu}/u.test(text);
    if (isMaybeCue && first && (writesCapitals || readingCues.notNameWords.some((ending) => first.endsWith(ending)))) continue;
    // "pinto nome e telefone na porta": the cues are folded, where "é" (is) and "e" (and) are one
    // word. Any cue ending so, typed without the accent, with no article in or before it ("o nome e
    // …" does name), before a word in lowercase, is "and".
    const typedWords = text
      .slice(match.index, match.index + match[0].length)
      .trim()
      .split(/\s+/);
    const endsInPlainE = typedWords.at(-1)?.replace(/:$/, '') === 'e';
    const hasArticle = [before ?? '', fold(typedWords[0] ?? '')].some((word) => readingCues.siteDeterminers.has(word));
    if (endsInPlainE && !hasArticle && tokens[0] && !isCapitalised(tokens[0].word)) continue;
    const taken: Token[] = [];
    // "o nome e selaria arruda, meu nome e…": a name typed in lower case runs on in lower case to
    // its clause's end (four words at most), never into a word of grammar.
    const isLowerName = tokens[0] !== undefined && !isCapitalised(tokens[0].word);
    for (const [index, token] of tokens.entries()) {
      if (taken.length > 0 && !isAdjacent(text, taken[taken.length - 1], token)) break;
      const isConnector = CONNECTORS.has(fold(token.word)) && taken.length > 0;
      // ("taller el yipao", "bar la esquina": an article inside a lowercase name, a word of its own after it.)
      const next = tokens[index + 1];
      const isInnerArticle =
        taken.length > 0 &&
        NAME_ARTICLES.has(fold(token.word)) &&
        next !== undefined &&
        isAdjacent(text, token, next) &&
        !FUNCTION_WORDS.has(fold(next.word)) &&
        !/\d/.test(next.word);
      const goesOnLower =
        isLowerName && taken.length < 4 && (isInnerArticle || !FUNCTION_WORDS.has(fold(token.word))) && !/\d/.test(token.word);
      if (!isCapitalised(token.word) && !isConnector && taken.length > 0 && !goesOnLower) break;
      if (!isCapitalised(token.word) && taken.length === 0 && CONNECTORS.has(fold(token.word))) break;
      taken.push(token);
      if (taken.length >= 6) break;
    }
    while (taken.length > 0 && CONNECTORS.has(fold(taken[taken.length - 1].word))) taken.pop();
    if (taken.length === 0) continue;
    const raw = text.slice(taken[0].start, taken[taken.length - 1].end);
    const name = cleanName(isCapitalised(taken[0].word) ? raw : titleCase(raw));
    if (name) return name;
  }
  return undefined;
}

/**
 * What people type before the name: "A website for Crumb Bakery, a …", "Um site para a Padaria
 * Sol, uma …", "Landing page do Studio Lume: …". The request is not part of the name.
 */
const REQUEST_PREFIX =
  /^(?:(?:please\s+)?(?:create|make|build|design|crie|criar|cria|faça|fazer|faz|monte|montar|quero|preciso(?:\s+de)?|queremos|haz|hacer|crea|crear|necesito)\s+)?(?:(?:a|an|the|um|uma|o|un|una|el|la)\s+)?(?:(?:new|novo|nova|simple|simples|modern[oa]?|one-page|nuevo|nueva)\s+)?(?:web\s?site|site|sitio(?:\s+web)?|landing(?:\s+page)?|p[aá]gina(?:\s+web)?|homepage|home\s+page|one-pager)\s+(?:(?:for|para|pra|de|da|do|del|of)(?:\s+(?:a|o|as|os|el|la|the|my|our|minha|meu|nossa|nosso|mi|nuestra|nuestro))?)\s+/iu;

function leading(text: string): string | undefined {
  const match =
    /^\s*([\p{Lu}][^,.:;!?\n–—()]{1,50}?)\s*(?:,|–|—|:|\s-\s|\s(?:is|é|es)\s)\s*(?:a|an|the|um|uma|un|una|o|our|my|nossa|nosso|minha|meu)\s/u.exec(
      text,
    );
  if (!match) return undefined;
  const request = REQUEST_PREFIX.exec(match[1]);
  if (request) {
    const rest = match[1].slice(request[0].length);
    const words = rest.split(/\s+/).filter((word) => !CONNECTORS.has(fold(word)));
    if (words.length === 0 || words.length > 6 || !isCapitalised(words[0]) || isNoise(words[0]) || isPlaceLike(words)) return undefined;
    if (words.filter(isCapitalised).length * 2 < words.length) return undefined;
    return cleanName(rest);
  }
  // "Food truck de tacos, o Taco Loco, rodamos…": the name is the apposition after the article.
  const apposition = /^\s*((?:\p{Lu}[\p{L}'’&-]*)(?:\s+(?:de|da|do|&|\p{Lu}[\p{L}'’&-]*))*)\s*,/u.exec(text.slice(match[0].length));
  if (apposition) return cleanName(apposition[1]);
  const words = match[1].split(/\s+/).filter((word) => !CONNECTORS.has(fold(word)));
  if (words.length > 6 || isNoise(words[0]) || isPlaceLike(words)) return undefined;
  // A description ("Food truck de tacos mexicanos") is mostly lowercase; a name is capitalised.
  if (words.filter(isCapitalised).length * 2 < words.length) return undefined;
  return cleanName(match[1]);
}

type Span = { start: number; end: number };

function capitalisedRuns(
  text: string,
  kind: TaxonomyKind,
  people: readonly string[],
  place: PlaceMatch | undefined,
  landmark?: Span,
): string | undefined {
  const kindWords = kind.keywords ? new RegExp(`(?<![a-z0-9])(?:${kind.keywords})(?![a-z0-9])`) : undefined;
  const tokens = tokensFrom(text);
  for (let i = 0; i < tokens.length;) {
    if (!isCapitalised(tokens[i].word) || isNoise(tokens[i].word)) {
      i++;
      continue;
    }
    const group = [tokens[i]];
    let j = i + 1;
    while (j < tokens.length && isAdjacent(text, group[group.length - 1], tokens[j])) {
      const next = tokens[j + 1];
      const joins =
        CONNECTORS.has(fold(tokens[j].word)) && next !== undefined && isCapitalised(next.word) && isAdjacent(text, tokens[j], next);
      // "Sr." inside a name, before the person a shop is named after ("Oficina do Sr. Joaquim"). A
      // professional's title is not: "Consultório do Dr. Ricardo Alves" is the doctor's practice,
      // whose name is the doctor's (solo professions take the person).
      const isTitleInName =
        readingCues.personTitles.has(fold(tokens[j].word)) &&
        !readingCues.professionalTitles.has(fold(tokens[j].word)) &&
        next !== undefined &&
        isCapitalised(next.word) &&
        isAdjacent(text, tokens[j], next);
      // A date in the name ("Banda Filarmónica 1.º de Dezembro", "Grupo Desportivo 25 de Abril"): a
      // day or an ordinal, "de", then a capital — the name goes on through it.
      const after = tokens[j + 2];
      const isDateInName =
        /^\d{1,2}(?:\.?[ºª°])?$/u.test(tokens[j].word) &&
        next !== undefined &&
        /^(de|of)$/.test(fold(next.word)) &&
        after !== undefined &&
        isCapitalised(after.word) &&
        isAdjacent(text, tokens[j], next) &&
        isAdjacent(text, next, after);
      if ((!isCapitalised(tokens[j].word) || (isNoise(tokens[j].word) && !isTitleInName)) && !joins && !isDateInName) break;
      group.push(tokens[j]);
      j++;
    }
    i = j;
    while (group.length > 1 && CONNECTORS.has(fold(group[group.length - 1].word))) group.pop();
    const before = text.slice(0, group[0].start);
    const isSentenceStart = /(^|[.!?\n:]\s*)$/.test(before);
    const afterPreposition = /(?:^|\s)(de|em|in|en|no|na|near|perto de|do|da)\s+$/i.test(before);
    const words = group.map((token) => token.word);
    // A lone capital opens a sentence ("Clínica em…") or follows "de"/"in" (a district: "de Arroios").
    if (words.length === 1 && (isSentenceStart || afterPreposition)) continue;
    // Capitalised words right after "in/em/na/del/around" are where the business is ("na Zona
    // Sul", "in the Lower East Side"), even when no gazetteer knows the place: never its name.
    // …but "head chef at ‹Harbour Café›": a role's workplace, named after "at".
    if (AFTER_PLACE_PREPOSITION.test(fold(before)) && !isRoleWorkplace(fold(before))) continue;
    // "personajes de Día de Muertos", "fans of Star Wars": what something is of, not the business —
    // unless what comes before is the site itself ("o site da Padaria Sol").
    // "Sou da Cooperativa X", "somos do Clube Y": the writer says where they are from, which is the
    // name; so does a role in it ("presidente da Associação X", "owner of Y").
    const ofWhat = /(?:^|[\s,;:(])(\p{L}[\p{L}-]*)\s+(de|del|do|da|dos|das|of|at)\s+(?:the\s+)?$/u.exec(before);
    const ofWord = ofWhat ? fold(ofWhat[1]!) : '';
    if (ofWhat && !readingCues.siteNouns.has(ofWord) && !readingCues.selfIntro.includes(ofWord) && !isRoleNoun(ofWord)) continue;
    if (
      isDays(words) ||
      isPlaceLike(words) ||
      isAddressLike(words, before, text.slice(group[group.length - 1].end, group[group.length - 1].end + 12))
    )
      continue;
    // A name ends where the phrase does (a comma, a preposition, "is"): capitals followed by a
    // lowercase word that says something ("Great Highland bagpipes", "Singer machines") describe
    // that word, they do not name the business.
    if (isModifier(text.slice(group[group.length - 1].end))) continue;
    if (!isInNamePosition(before, words, kindWords)) continue;
    // "Sou o Márcio, dono da Borracharia Estrela": the writer, with their role in the business after.
    const roleAfter = /^\s*,\s*([\p{L}-]+)/u.exec(text.slice(group[group.length - 1].end))?.[1];
    if (roleAfter && isRoleNoun(fold(roleAfter))) continue;
    const raw = text.slice(group[0].start, group[group.length - 1].end);
    if (place && group[0].start < place.end && group[group.length - 1].end > place.start && raw.length <= place.end - place.start + 2)
      continue;
    // A person is not the business, but a business named after one is ("Talho do Sr. Manuel").
    if (people.some((person) => person.includes(raw) || (raw.includes(person) && !hasOwnWord(raw.replace(person, ' '))))) continue;
    // "em frente à Igreja de Santa Rita", "next to the Corn Exchange": what the business is by, not its name.
    if (landmark && group[0].start >= landmark.start && group[group.length - 1].end <= landmark.end) continue;
    const name = cleanName(raw.replace(/^(?:A|O|Os|As|El|La|Los|Las|The)\s+(?=\p{Lu})/u, ''));
    if (name) return name;
  }
  return undefined;
}

/** Whether what is left of a run, a person taken out, has a word of its own (not a title or "de"). */
function hasOwnWord(rest: string): boolean {
  return rest
    .split(/[\s.]+/)
    .filter(Boolean)
    .some(
      (word) => !CONNECTORS.has(fold(word)) && !readingCues.personTitles.has(fold(word)) && !readingCues.familiarTitles.has(fold(word)),
    );
}

// Function words of the three prompt languages (the stopword package's lists, folded).
const FUNCTION_WORDS = new Set([...eng, ...por, ...spa].map(fold));

/** Whether `after` (the text right after a capitalised run) opens with a lowercase content word. */
function isModifier(after: string): boolean {
  const next = /^[ \t]+([\p{Ll}][\p{L}'’-]*)/u.exec(after)?.[1];
  return next !== undefined && !FUNCTION_WORDS.has(fold(next));
}

// The greetings of the reading cues, as one pattern ("Olá! Marmoraria São Jorge…").
const GREETING = new RegExp(`(?<![\\p{L}])(?:${readingCues.greetings.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
const ARTICLES = new Set(['a', 'o', 'the', 'el', 'la', 'an', 'um', 'uma', 'un', 'una']);

// Where a clause starts: a name is looked for in the words since then.
const CLAUSE_BREAK = /[.!?;:\n,()–—]|\s-\s/gu;

/**
 * Whether capitalised words stand where a business's name stands: right after the words saying
 * what the business is ("Clínica veterinaria Huellitas", "para mi taller Costuras y Refacciones",
 * "Website for the Tri-County…"), or holding such a word themselves ("Maple Street Laundromat").
 * Capitals anywhere else are something the business works with or for ("preparación Cambridge",
 * "pelos Correios", "FIRST LEGO League", "Irish and Italian ancestry"): a name is never guessed
 * from them. A missing name costs the person one field (the site shows a marked placeholder); an
 * invented one is published under the wrong name.
 */
function isInNamePosition(before: string, words: readonly string[], kindWords: RegExp | undefined): boolean {
  const isHead = (word: string) => readingCues.genericHeads.has(word) || (kindWords?.test(word) ?? false);
  const own = words.map(fold);
  if (isHead(own[own.length - 1]!) || (kindWords?.test(own.join(' ')) ?? false)) return true;
  const breaks = [...before.matchAll(CLAUSE_BREAK)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
  const clause = before.slice(breaks.at(-1)?.end ?? 0);
  const lead = fold(clause)
    .trim()
    .split(/\s+/)
    .filter((word) => word && !readingCues.greetings.includes(word));
  // The start of the prompt ("Marmoraria São Jorge, Contagem MG"), after a greeting at most.
  if (!/\p{L}/u.test(fold(before).replace(GREETING, ''))) return true;
  if (lead.length === 0 || (lead.length === 1 && ARTICLES.has(lead[0]!))) {
    // An apposition: "minha empresa de consultoria em TI, a Nuvem Clara", "hot sauce company
    // from New Mexico, Red Mesa Heat" — the clause before says what the business is.
    const previous = breaks.length >= 1 ? before.slice(breaks.at(-2)?.end ?? 0, breaks.at(-1)!.at) : '';
    const words = fold(previous)
      .split(/[^\p{L}\p{N}-]+/u)
      .filter(Boolean);
    return breaks.length >= 1 && /[,–—]|\s-\s/.test(before.slice(breaks.at(-1)!.at, breaks.at(-1)!.end)) && words.some(isHead);
  }
  // "secretária da direção da Banda X", "owner of the Y": a role in the organisation that follows.
  if (isRoleWorkplace(lead.join(' '))) return true;
  // "Somos a ONG Patinhas do Bem", "We are Heirloom & Co.": the writer says who they are.
  const tail = lead.slice(-3).join(' ');
  if (
    readingCues.selfIntro.some(
      (cue) => tail === cue || tail.startsWith(`${cue} `) || lead.slice(-2).join(' ') === cue || lead.at(-2) === cue,
    )
  )
    return true;
  // Capitals earlier in the clause (not an acronym: "ONG") are another name or a place.
  if (
    /\p{Lu}(?!\p{Lu})/u.test(
      clause
        .trim()
        .slice(1)
        .replace(/\b\p{Lu}{2,}\b/gu, ''),
    )
  )
    return false;
  const last = lead.slice(-5);
  // "site da Padaria Sol", "website for the Tri-County…": the site itself is of the business.
  if (
    /(?:^|\s)(?:\S+)\s+(?:for|para|pra|de|da|do|del|of)(?:\s+(?:the|a|o|el|la|my|our|mi|meu|minha))?$/.test(last.join(' ')) &&
    last.some((w) => readingCues.siteNouns.has(w))
  )
    return true;
  return last.some(isHead) || (kindWords?.test(last.join(' ')) ?? false);
}

// The reading cues' prepositions of place ("em", "in", "near", "perto de"…), an article allowed
// after them ("in the"); not "de"/"from", which also say what something is of or where it comes from.
/** The folded text before a capital ends on a role and its link ("owner at", "head chef at the"). */
function isRoleWorkplace(foldedBefore: string): boolean {
  const words = foldedBefore.trim().split(/\s+/);
  if (words.at(-1) === 'the') words.pop();
  return words.length >= 2 && readingCues.roleLinks.has(words.at(-1)!) && isRoleNoun(words.at(-2)!);
}

const AFTER_PLACE_PREPOSITION = new RegExp(
  `(?:^|\\s)(?:${readingCues.placePrepositions
    .filter((preposition) => !/^(de|from|desde)$/.test(preposition))
    .map(escapeRegExp)
    .join('|')})\\s+(?:(?:the|o|a|os|as|el|la|los|las)\\s+)?$`,
);

const LOWER_STOP =
  /^(em|in|en|no|na|para|pra|for|com|with|con|de|da|do|e|and|y|a|o|at|near|perto|delivery|online|24h|artesanal|residencial|infantil|canina|esportiva|familiar)$/;

/** "clinica odontologica sorriso leve em belo horizonte": two or three words after the kind. */
function afterKind(text: string, kind: TaxonomyKind): string | undefined {
  if (/\p{Lu}/u.test(text) || !kind.keywords) return undefined;
  const folded = fold(text);
  const match = new RegExp(`(?<![a-z0-9])(?:${kind.keywords})(?![a-z0-9])`).exec(folded);
  if (!match) return undefined;
  const rest = text.slice(match.index + match[0].length).split(/[,.;:!?\n]/)[0];
  const words: string[] = [];
  for (const word of rest.trim().split(/\s+/)) {
    if (LOWER_STOP.test(fold(word)) || isNoise(word)) break;
    words.push(word);
  }
  return words.length >= 2 && words.length <= 3 ? cleanName(titleCase(words.join(' '))) : undefined;
}

/**
 * A business named after its owner the way Brazilians and others do it — "transporte escolar do
 * Tio Jair", "salgados da Dona Cida", "bar do Seu Zé": what it is, "do/da", a familiar title and
 * a name. The whole phrase is the name ("Transporte Escolar do Tio Jair"); the person alone is not.
 */
function afterFamiliarTitle(text: string, typed: string): string | undefined {
  const tokens = tokensFrom(text);
  // Typed all in lowercase ("pastelaria do tio paulo"), a familiar title before a first name
  // we know is still a name — "bar do seu bairro" is not. (As typed: the reader's own capitals,
  // "Av. das Embaúbas", are no sign.)
  const isLowercaseWriter = writesLowercase(typed);
  const isNamed = (title: Token, name: Token) =>
    (isCapitalised(title.word) && isCapitalised(name.word)) || (isLowercaseWriter && isFirstName(fold(name.word)));
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [of, title, name] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!];
    if (!readingCues.familiarTitles.has(fold(title.word)) || !isNamed(title, name)) continue;
    if (!/^(do|da|de|del|dos|das)$/.test(fold(of.word)) || !isAdjacent(text, of, title) || !isAdjacent(text, title, name)) continue;
    // What it is: up to three lowercase words right before "do", none a request or framing word.
    const kindWords: Token[] = [];
    for (let k = i - 2; k >= 0 && kindWords.length < 3; k--) {
      const word = tokens[k]!;
      const folded = fold(word.word);
      if (!isAdjacent(text, word, kindWords[0] ?? of) || (isCapitalised(word.word) && k !== 0)) break;
      if (
        readingCues.requestVerbs.has(folded) ||
        readingCues.siteNouns.has(folded) ||
        CONNECTORS.has(folded) ||
        /^(um|uma|a|o|an|un|una|my|meu|minha|mi|para|pra|pro|pros|for)$/.test(folded)
      )
        break;
      kindWords.unshift(word);
    }
    const start = (kindWords[0] ?? title).start;
    return cleanName(titleCase(text.slice(start, name.end)).replace(/\s(Do|Da|De|Del|Dos|Das)\s/g, (m) => m.toLowerCase()));
  }
  return undefined;
}

// "I run ‹Taylor's Kilt Hire›", "tenho a ‹Velas do Canal›": the business the writer owns, by name.
const OWNED = new RegExp(`(?<![\\p{L}'’])(?:${readingCues.ownershipLeads.map(escapeRegExp).join('|')})\\s+`, 'gu');

function owned(text: string): string | undefined {
  for (const match of fold(text).matchAll(OWNED)) {
    const taken: Token[] = [];
    for (const token of tokensFrom(text, match.index + match[0].length)) {
      if (taken.length > 0 && !isAdjacent(text, taken[taken.length - 1]!, token)) break;
      const isConnector = CONNECTORS.has(fold(token.word)) && taken.length > 0;
      if (!isCapitalised(token.word) && !isConnector) break;
      taken.push(token);
      if (taken.length >= 6) break;
    }
    while (taken.length > 0 && CONNECTORS.has(fold(taken[taken.length - 1]!.word))) taken.pop();
    if (taken.length === 0) continue;
    const name = cleanName(text.slice(taken[0]!.start, taken[taken.length - 1]!.end));
    if (name) return name;
  }
  return undefined;
}

const MY_BUSINESS = new RegExp(`(?<![\\p{L}'’])(?:${readingCues.myBusinessLeads.map(escapeRegExp).join('|')})\\s+`, 'gu');
// The small words inside a name: the connectors above, and Spanish articles ("Dulces la Abuela", "Taller el Rayo").
const NAME_INNER = new Set([...CONNECTORS, 'el', 'los', 'las']);

/**
 * "para mi negocio Ferretería El Tornillo en Arequipa", "pro meu negocio borracharia do ze em
 * lages": the words right after the person calls the business theirs, up to where it is (a place
 * preposition), a comma or five words — in lowercase too, written then as a name is.
 */
function myBusiness(text: string): string | undefined {
  for (const match of fold(text).matchAll(MY_BUSINESS)) {
    const taken: Token[] = [];
    for (const token of tokensFrom(text, match.index + match[0].length)) {
      const folded = fold(token.word);
      if (taken.length > 0 && !isAdjacent(text, taken[taken.length - 1]!, token)) break;
      if (taken.length === 0 && readingCues.notNames.has(folded)) break;
      if (!NAME_INNER.has(folded) && (readingCues.placePrepositions.includes(folded) || readingCues.nameStops.has(folded))) break;
      taken.push(token);
      if (taken.length >= 5) break;
    }
    while (taken.length > 0 && NAME_INNER.has(fold(taken[taken.length - 1]!.word))) taken.pop();
    // One lowercase word may be what the business is ("mi negocio panadería"), not its name.
    if (taken.length === 0 || (taken.length === 1 && !isCapitalised(taken[0]!.word))) continue;
    const raw = text.slice(taken[0]!.start, taken[taken.length - 1]!.end);
    const name = cleanName(isCapitalised(taken[0]!.word) ? raw : titleCase(raw));
    if (name) return name;
  }
  return undefined;
}

/** A name the person said is the name: in quotes, after "chamada", "called", "se llama", or "I run". */
const byLength = (phrases: readonly string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
// "pode ser ‹Jaque Penteados› o nome", "use ‹Blue Door› as the name": the lead, then the name, then the word for a name.
const NAME_THEN_NOUN = new RegExp(
  `(?<![\\p{L}])(?:${byLength(readingCues.nameAfterLeads)})\\s+(\\S[^.,;:!?\\n]{0,50}?)\\s+(?:${byLength(readingCues.nameAfterNouns)})(?![\\p{L}])`,
  'gu',
);

/** "pode ser Jaque Penteados o nome": a capitalised name between a lead and the word for a name. */
function nameThenNoun(text: string): string | undefined {
  const folded = fold(text);
  for (const match of folded.matchAll(NAME_THEN_NOUN)) {
    const start = match.index + match[0].indexOf(match[1]!);
    const tokens = tokensFrom(text.slice(0, start + match[1]!.length), start);
    // Every word a name's: capitalised, or a small word inside it ("Casa da Lía").
    if (tokens.length === 0 || tokens.length > 6 || !isCapitalised(tokens[0]!.word)) continue;
    if (!tokens.every((token) => isCapitalised(token.word) || CONNECTORS.has(fold(token.word)))) continue;
    const name = cleanName(text.slice(tokens[0]!.start, tokens.at(-1)!.end));
    if (name) return name;
  }
  return undefined;
}

const NAME_BACK = new RegExp(`(?<![\\p{L}])(?:${byLength(readingCues.nameBackWords)})(?![\\p{L}])`, 'gu');

/**
 * "na aldeia me conhecem por Zé das Abelhas, o site pode ter esse nome", "assino como V. Rossi,
 * pode usar esse nome": words pointing back at a name — the last capitalised run before them in
 * their sentence.
 */
function nameBack(text: string): string | undefined {
  const folded = fold(text);
  for (const match of folded.matchAll(NAME_BACK)) {
    // "… mas não usem esse nome", "don't use that name": the name pointed back at is refused.
    const lead = folded
      .slice(Math.max(0, match.index - 24), match.index)
      .split(/\s+/)
      .filter(Boolean)
      .slice(-3);
    if (lead.some((word) => readingCues.ruleNegations.includes(word) || readingCues.ruleNegationsNotPortuguese.includes(word))) continue;
    const sentenceStart = Math.max(0, ...['.', '!', '?', '\n'].map((stop) => text.lastIndexOf(stop, match.index - 1) + 1));
    // "V. Rossi": an initial's point is no sentence's end.
    const start = /\b\p{Lu}$/u.test(text.slice(0, Math.max(0, sentenceStart - 1)))
      ? text.lastIndexOf('\n', match.index) + 1
      : sentenceStart;
    const tokens = tokensFrom(text.slice(0, match.index), start);
    let end = tokens.length - 1;
    while (end >= 0 && !isCapitalised(tokens[end]!.word)) end--;
    if (end < 0) continue;
    let first = end;
    // "V. Rossi": an initial and its point are the name's.
    const joins = (a: Token, b: Token) =>
      isAdjacent(text, a, b) || (/^\p{Lu}$/u.test(a.word) && /^\.\s+$/.test(text.slice(a.end, b.start)));
    while (
      first > 0 &&
      (isCapitalised(tokens[first - 1]!.word) || CONNECTORS.has(fold(tokens[first - 1]!.word))) &&
      joins(tokens[first - 1]!, tokens[first]!)
    )
      first--;
    while (first < end && CONNECTORS.has(fold(tokens[first]!.word))) first++;
    // The sentence's own first word is capitalised for being first, not for being a name.
    if (first === 0 && tokens[0]!.start === start && end === 0) continue;
    // "Hago tortas en Ica, pueden ponerle ese nombre…": a place is where, never the name.
    const before = first > 0 ? fold(tokens[first - 1]!.word) : '';
    if (readingCues.placePrepositions.includes(before) || findWorldCities(tokens[first]!.word).length > 0) continue;
    const name = cleanName(text.slice(tokens[first]!.start, tokens[end]!.end));
    if (name) return name;
  }
  return undefined;
}

export function statedName(said: string): string | undefined {
  const talk = readNameTalk(said);
  if (talk.affirmed) return talk.affirmed;
  const text = withoutRefusedNames(said, talk.refused);
  return quoted(text) ?? called(text) ?? nameThenNoun(text) ?? nameBack(text) ?? owned(text) ?? myBusiness(text);
}

export function extractBusinessName(
  said: string,
  kind: TaxonomyKind,
  place: PlaceMatch | undefined,
  people: readonly string[],
  landmark?: Span,
  /** The prompt as the person typed it, before accents and abbreviations were restored. */
  typed = said,
  /**
   * What the rules below read, when not all of `said`: a quoted phrase or a capitalised run in what
   * was said only to us ("these ones are between us … don't write "best gele stylist"") names
   * nothing — only talk about the name does, wherever it was said ("obs p vc: o nome é Doce Sado").
   */
  told = said,
): string | undefined {
  // What the person said about the name comes first; a name they refused is read by no rule.
  const talk = readNameTalk(said);
  if (talk.affirmed) return talk.affirmed;
  const text = withoutRefusedNames(told, talk.refused);
  return (
    quoted(text) ??
    called(text) ??
    nameThenNoun(text) ??
    nameBack(text) ??
    owned(text) ??
    myBusiness(text) ??
    leading(text) ??
    afterFamiliarTitle(text, typed) ??
    capitalisedRuns(text, kind, people, place, landmark) ??
    afterKind(text, kind)
  );
}
