/**
 * Builds src/modules/brief/content/accents.json: for Brazilian and European Portuguese and for
 * Spanish, the accented words whose letters without accents are *not* a word of their own, so
 * "manutencao", "orcamento", "instalacion" or "nao" typed on a phone can be given their accents
 * back ("manutenção", "orçamento", "instalación", "não") and "esta", "pais" or "sabia" — words
 * in their own right — are never touched.
 *
 *   npx tsx scripts/build-accent-table.ts
 *
 * The words come from the LibreOffice spelling dictionaries as packaged on npm (dictionary-pt:
 * Brazil, dictionary-pt-pt, dictionary-es; LGPL/MPL, used as data) plus every accented word of
 * the project's own content (phrase banks, kinds, cues). Hunspell stores a stem and affix flags,
 * so the full list of each language's forms is expanded here (suffix rules, once) for one check:
 * a word is kept only when its unaccented spelling is no form of that language. Written by hand
 * rather than with nspell: nspell never finishes loading the Portuguese dictionary, and only the
 * forms are needed, not spelling suggestions.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readAffixes } from './hunspell-affixes';

const root = path.join(__dirname, '..');
const strip = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const isPlain = (word: string) => /^[a-z]+$/.test(word);
const isWord = (word: string) => /^\p{L}+$/u.test(word) && word.length >= 2 && word.length <= 24;

/**
 * The unaccented spellings that block a word: its stems and every form of a noun or adjective;
 * of a verb, only the forms of the most common verbs (the rest are the conjugations of rarer
 * verbs: "medico" and "numero" (I medicate, I number) must not keep "médico" and "número" from
 * being restored, while "sabia" (I knew) keeps "sábia" out).
 */
type Dictionary = {
  stems: string[];
  bare: Set<string>;
  common: Set<string>;
  verbForms: Set<string>;
  stemSet: Set<string>;
  accentedPlurals: string[];
};

// Common verbs (scripts/data/common-verbs.json): every form of the most common ones stays as typed;
// of the others, the forms a request uses (subjunctive and imperative in -e: "pague", "digite").
const COMMON_VERBS = JSON.parse(readFileSync(path.join(root, 'scripts/data/common-verbs.json'), 'utf8')) as Record<
  'always' | 'request',
  Record<'pt' | 'es', string[]>
>;
const isRequestForm = (form: string) => /e[sm]?$|en$/.test(form);

/** The dictionary's stems, and every form its suffix rules make that has no accent (lower case). */
function loadDictionary(pkg: string, language: 'pt' | 'es' | 'en'): Dictionary {
  const common = new Set(language === 'en' ? [] : COMMON_VERBS.always[language]);
  const request = new Set(language === 'en' ? [] : COMMON_VERBS.request[language]);
  const dir = path.join(root, 'node_modules', pkg);
  const { suffixes, flagsOf } = readAffixes(dir);
  const stems: string[] = [];
  const bare = new Set<string>();
  // Forms of the words the dictionary writes in lower case: what a name typed in lower case may also be.
  const lowerForms = new Set<string>();
  const verbForms = new Set<string>();
  // "joven" → "jóvenes", "examen" → "exámenes": a plural that gains an accent its singular has not.
  const accentedPlurals: string[] = [];
  for (const line of readFileSync(path.join(dir, 'index.dic'), 'utf8').split('\n').slice(1)) {
    const [written = '', flags = ''] = line.trim().split(/\s+/)[0]?.split('/') ?? [];
    const word = written.normalize('NFC');
    if (!word) continue;
    // The European dictionary lists some conjugated forms as entries of their own, annotated with
    // their verb ("agua/PL [$aguar$CAT=v…]"): a form of that verb, not a headword.
    const lemma = /\[\$([^$]+)\$CAT=v/u.exec(line)?.[1];
    if (lemma && lemma !== word) {
      if (isPlain(word.toLowerCase()))
        (common.has(lemma) || (request.has(lemma) && isRequestForm(word.toLowerCase())) ? bare : verbForms).add(word.toLowerCase());
      continue;
    }
    stems.push(word);
    if (isPlain(word.toLowerCase())) bare.add(word.toLowerCase());
    if (isPlain(word)) lowerForms.add(word);
    const isVerb = /(ar|er|ir|or|ôr)$/u.test(word) && !common.has(word);
    for (const flag of flagsOf(flags))
      for (const rule of suffixes.get(flag) ?? [])
        if (word.endsWith(rule.strip) && rule.condition.test(word)) {
          const form = (word.slice(0, word.length - rule.strip.length) + rule.add).toLowerCase();
          if (isPlain(form)) (isVerb && !(request.has(word) && isRequestForm(form)) ? verbForms : bare).add(form);
          if (isPlain(form) && isPlain(word)) lowerForms.add(form);
          else if (!isVerb && strip(word) === word && /s$/.test(form)) accentedPlurals.push(form.normalize('NFC'));
        }
  }
  return { stems, bare, common: lowerForms, verbForms, stemSet: new Set([...stems, ...accentedPlurals]), accentedPlurals };
}

/** Every accented word in the project's own content files (JSON strings). */
function contentWords(): string[] {
  const words = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      // word-classes.json is generated from the same dictionaries: its verb forms are no words of ours.
      else if (name.endsWith('.json') && name !== 'accents.json' && name !== 'word-classes.json')
        for (const token of readFileSync(file, 'utf8').match(/\p{L}+/gu) ?? []) if (strip(token) !== token) words.add(token);
    }
  };
  walk(path.join(root, 'src/modules/composer'));
  walk(path.join(root, 'src/modules/brief/content'));
  return [...words];
}

/** Brazilian ê/ô before m or n where Portugal writes é/ó ("econômico" → "económico"), but not "-ência". */
const toEuropean = (word: string) => word.replace(/[êô](?=[mn])(?!nci)/gu, (c) => (c === 'ê' ? 'é' : 'ó'));
const isBrazilianOnly = (word: string) => toEuropean(word) !== word;
const isEuropeanOnly = (word: string) => /[éó](?=[mn])(?!nci)/u.test(word);

function table(candidates: string[], dictionaries: Dictionary[], preferred: Set<string>, alphabet: RegExp): string[] {
  const byKey = new Map<string, Set<string>>();
  for (const written of candidates) {
    // One spelling per word: the dictionaries and the content files mix composed and decomposed accents.
    const word = written.normalize('NFC');
    if (!isWord(word) || strip(word) === word || !alphabet.test(word)) continue;
    const key = strip(word).toLowerCase();
    if (!isPlain(key) || dictionaries.some((d) => d.bare.has(key))) continue;
    // A rarer verb's form gives way only to a headword ("médico", a noun, over "medico", I medicate).
    if (dictionaries.some((d) => d.verbForms.has(key)) && !dictionaries.some((d) => d.stemSet.has(word))) continue;
    const seen = byKey.get(key) ?? new Set<string>();
    seen.add(word);
    byKey.set(key, seen);
  }
  const words: string[] = [];
  for (const seen of byKey.values()) {
    const forms = new Set([...seen].map((w) => w.toLowerCase()));
    // "Sabiá" and "sábia": two accented words for one spelling; which one was meant is not knowable —
    // unless only one of them is a word this project's own copy uses ("só", not the colloquial "sô").
    const used = [...forms].filter((w) => preferred.has(w));
    const form = forms.size === 1 ? [...forms][0] : used.length === 1 ? used[0] : undefined;
    if (!form) continue;
    // A sentence's first word ("Não") is the same word as "não": the dictionary's own spelling
    // wins ("Antônio", a name, keeps its capital), else the lower-case one.
    const spellings = [...seen].filter((w) => w.toLowerCase() === form);
    words.push(spellings.find((w) => dictionaries.some((d) => d.stemSet.has(w))) ?? spellings.find((w) => w === form) ?? spellings[0]!);
  }
  return words.sort();
}

const br = loadDictionary('dictionary-pt', 'pt');
const pt = loadDictionary('dictionary-pt-pt', 'pt');
const es = loadDictionary('dictionary-es', 'es');
const english = loadDictionary('dictionary-en', 'en');
const own = contentWords();
const ownLower = new Set(own.map((w) => w.normalize('NFC').toLowerCase()));
const isSpanish = (w: string) => /ñ|[cs]ión$|[¿¡]/u.test(w);
const isPortuguese = (w: string) => /[ãõçâêôà]/u.test(w);

// The content files hold the world's town names ("Ūn", "Lès", "Alībāg") and the dictionaries a few
// foreign ones ("Molière"): a word with a letter the language does not write is no spelling to
// give back — "un" in a French prompt became "Ūn".
const PORTUGUESE_LETTERS = /^[a-záâãàéêíóôõúüç]+$/iu;
const SPANISH_LETTERS = /^[a-záéíóúñü]+$/iu;

const ptBR = table(
  [
    ...br.stems,
    ...br.accentedPlurals,
    ...pt.stems.filter((w) => !isEuropeanOnly(w)),
    ...own.filter((w) => !isSpanish(w) && !isEuropeanOnly(w)),
  ],
  [br, pt],
  ownLower,
  PORTUGUESE_LETTERS,
);
const ptPT = table(
  [...pt.stems, ...pt.accentedPlurals, ...br.stems.map(toEuropean), ...own.filter((w) => !isSpanish(w) && !isBrazilianOnly(w))],
  [pt, br],
  ownLower,
  PORTUGUESE_LETTERS,
);
const esWords = table([...es.stems, ...es.accentedPlurals, ...own.filter((w) => !isPortuguese(w))], [es], ownLower, SPANISH_LETTERS);

/**
 * The reader also gives back the accents of a table word's plural and feminine ("organicas" →
 * "orgânicas") without listing them; these are the inflected spellings that are words of their
 * own and so must stay as typed ("sabia": I knew, not the feminine of "sábio").
 */
function keptAsTyped(words: string[], dictionaries: Dictionary[], portuguese: boolean): string[] {
  const kept = new Set<string>();
  for (const word of words) {
    const key = strip(word).toLowerCase();
    const forms = [
      ...(/[aeiou]$/.test(key) ? [`${key}s`] : []),
      ...(key.endsWith('o') ? ['a', 'as', 'os'].map((e) => key.slice(0, -1) + e) : []),
      ...(portuguese && key.endsWith('ao') ? ['oes', 'aes'].map((e) => key.slice(0, -2) + e) : []),
      ...(portuguese && key.endsWith('el') ? [`${key.slice(0, -2)}eis`] : []),
    ];
    for (const form of forms) if (dictionaries.some((d) => d.bare.has(form) || d.verbForms.has(form))) kept.add(form);
  }
  return [...kept].sort();
}

/**
 * Abbreviations the dictionaries write in capitals and whose lower-case spelling is no word of the
 * language ("cnh" → "CNH", "ipva" → "IPVA", "dni" → "DNI"): typed in lower case on a phone, given
 * their capitals back the way accents are. Only abbreviations: a capitalised name in the middle of
 * a sentence ("Detran") would tell the reader the writer capitalises names, and lower-case towns
 * would stop counting (extract-place `writesLowercase`). Roman numerals ("mix", "dc") and
 * two-letter abbreviations are left out: as typed they are more often something else.
 */
function casedWords(dictionaries: Dictionary[]): string[] {
  // English words borrowed into a Portuguese or Spanish prompt ("bike", "art", "max") stay as typed.
  const words = [...dictionaries, english];
  const cased = new Map<string, string | null>();
  for (const dictionary of dictionaries)
    for (const word of dictionary.stems) {
      const lower = word.toLowerCase();
      if (!/^[A-Z]{3,}$/.test(word) || /^[IVXLCDM]+$/.test(word)) continue;
      if (words.some((d) => d.common.has(lower) || d.verbForms.has(lower))) continue;
      // Two spellings of one name ("Mcdonald", "McDonald"): which one is meant is not knowable.
      const seen = cased.get(lower);
      cased.set(lower, seen === undefined || seen === word ? word : null);
    }
  return [...cased.values()].filter((word): word is string => word !== null).sort();
}

/**
 * "instalo" → "instalação", "perfuro" → "perfuração", "instalo" (es) → "instalación": the first
 * person of an -ar verb whose noun of action in -ção/-ción is a headword, so "perfuro poço
 * artesiano, instalo bomba submersa" can be read — and shown — as the services it names. Only where
 * the -o form is no headword of its own ("conserto", "trabalho" are nouns and stay) and the verb
 * has no short noun ("entrega").
 */
function actionNouns(dictionaries: Dictionary[], ending: string): string[] {
  const headwords = new Set(dictionaries.flatMap((d) => d.stems));
  const pairs = new Map<string, string>();
  for (const dictionary of dictionaries)
    for (const verb of dictionary.stems) {
      if (!/^[a-z]{4,}ar$/.test(verb)) continue;
      const first = `${verb.slice(0, -2)}o`;
      const noun = `${verb.slice(0, -2)}${ending}`;
      // "entrego": "entrega" is the noun people use, and "entregação" a dictionary curiosity — a verb
      // with a short noun of its own ("entrega", "compra", "forma") is left as typed.
      const short = [`${verb.slice(0, -2)}a`, `${verb.slice(0, -2)}e`];
      if (headwords.has(noun) && !headwords.has(first) && !short.some((word) => headwords.has(word))) pairs.set(first, noun);
    }
  return [...pairs].map(([first, noun]) => `${first}:${noun}`).sort();
}

// Both Portuguese tables share most words: stored once, with what each variant has on its own.
const inPT = new Set(ptPT);
const inBR = new Set(ptBR);
const out = {
  $comment:
    'Generated by scripts/build-accent-table.ts from the LibreOffice spelling dictionaries (npm dictionary-pt, dictionary-pt-pt, dictionary-es, and dictionary-en for the English words a prompt borrows; LGPL/MPL/MIT) and the project’s own content: accented words whose unaccented spelling is no word of that language, space-separated. Portuguese words are under "pt" and, for one variant only, "pt-BR" or "pt-PT"; keepPt and keepEs are plurals and feminines of those words that are words of their own and stay as typed; casedPt and casedEs are abbreviations written in capitals whose lower-case spelling is no word; actionNounsPt and actionNounsEs pair the first person of an -ar verb with its noun of action. Do not edit by hand; run the script.',
  pt: ptBR.filter((w) => inPT.has(w)).join(' '),
  'pt-BR': ptBR.filter((w) => !inPT.has(w)).join(' '),
  'pt-PT': ptPT.filter((w) => !inBR.has(w)).join(' '),
  es: esWords.join(' '),
  keepPt: keptAsTyped([...new Set([...ptBR, ...ptPT])], [br, pt], true).join(' '),
  keepEs: keptAsTyped(esWords, [es], false).join(' '),
  casedPt: casedWords([br, pt]).join(' '),
  casedEs: casedWords([es]).join(' '),
  actionNounsPt: actionNouns([br, pt], 'ação').join(' '),
  actionNounsEs: actionNouns([es], 'ación').join(' '),
};
writeFileSync(path.join(root, 'src/modules/brief/content/accents.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`pt-BR ${ptBR.length}, pt-PT ${ptPT.length}, es ${esWords.length} words`);
