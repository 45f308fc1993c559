/**
 * Builds src/modules/brief/content/word-classes.json: what the reader needs to tell a told clause
 * ("passeios vocês contratam direto com o guia", "tapados los valoramos en persona") or a stray
 * function word ("nem", "siempre", "acima disso") from a thing the business offers — so neither
 * ever becomes a card.
 *
 *   npx tsx scripts/build-word-classes.ts
 *
 * From the LibreOffice dictionaries on npm (used as data, like scripts/build-accent-table.ts):
 * - Portuguese: the European dictionary tags every headword with its class (CAT=v, nc, adj, prep,
 *   adv, con, in…), so its verbs, its closed classes and its annotated irregular forms ("vou",
 *   "tem") come from the tags; the Brazilian dictionary adds nouns and adjectives.
 * - Spanish: untagged; a verb is a headword in -ar/-er/-ir whose affix rules conjugate it.
 * A finite form is then recognised at run time by stripping a regular ending
 * (scripts/data/word-classes-source.json) and finding the infinitive, so only the infinitives are
 * stored, not half a million forms. Words that are also nouns or adjectives ("casa", "marca",
 * "desculpa", "conserto") would look like verbs that way: they are listed as `nominal` and stay
 * things. Written by hand rather than with a tagger: no maintained part-of-speech tagger covers
 * Portuguese, and the Spanish and English ones misread two-word phrases without context.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hasRegularEnding } from '../src/modules/brief/word-classes';
import { readAffixes, type Affixes } from './hunspell-affixes';

const root = path.join(__dirname, '..');
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const isPlain = (word: string) => /^[a-z]{2,24}$/.test(word);

type Source = {
  endings: Record<'pt' | 'es', Record<'ar' | 'er' | 'ir', string[]>>;
  irregular: { es: string[]; pt: string[] };
  closed: Record<'pt' | 'es' | 'en', string[]>;
  subject: { en: string[] };
  determiners: Record<'pt' | 'es' | 'en', string[]>;
  firstPerson: { es: string[] };
};
const source = JSON.parse(readFileSync(path.join(root, 'scripts/data/word-classes-source.json'), 'utf8')) as Source;

type Entry = { word: string; flags: string[]; tags: string };
type Suffixes = Affixes['suffixes'];

function load(pkg: string): { entries: Entry[]; suffixes: Suffixes } {
  const dir = path.join(root, 'node_modules', pkg);
  const { suffixes, flagsOf } = readAffixes(dir);
  const entries: Entry[] = [];
  for (const line of readFileSync(path.join(dir, 'index.dic'), 'utf8').split('\n').slice(1)) {
    const [head = '', tags = ''] = line.split('\t');
    const [written = '', flags = ''] = head.trim().split('/');
    if (written) entries.push({ word: written.normalize('NFC'), flags: flagsOf(flags), tags });
  }
  return { entries, suffixes };
}

function formsOf(entry: Entry, suffixes: Suffixes): string[] {
  const out = [entry.word];
  for (const flag of entry.flags)
    for (const rule of suffixes.get(flag) ?? [])
      if (entry.word.endsWith(rule.strip) && rule.condition.test(entry.word))
        out.push(entry.word.slice(0, entry.word.length - rule.strip.length) + rule.add);
  return out;
}

/** The reader's own recogniser, to find the nouns it would misread as verbs. */
const looksFinite = (word: string, language: 'pt' | 'es', verbs: Set<string>) =>
  hasRegularEnding(word, Object.entries(source.endings[language]), verbs);

const sorted = (set: Set<string>) => [...set].sort();

// Portuguese.
const europe = load('dictionary-pt-pt');
const brazil = load('dictionary-pt');
const ptVerbs = new Set<string>();
const ptIrregular = new Set<string>();
// "dou", "faço", "sei": irregular forms of the first person singular, present or past.
const ptFirstPerson = new Set<string>();
const ptNominal = new Set<string>();
const ptClosed = new Set<string>(source.closed.pt);
// The tagged headwords as written (accents kept), to keep "é" (is) apart from "e" (and).
const ptTagged = new Set<string>();
// The European dictionary's nouns and adjectives alone (the Brazilian one, untagged, lists prepositions among its headwords).
const ptTaggedNominal = new Set<string>();
const ptClosedWritten = new Map<string, string>();
const CLOSED_TAGS = /CAT=(?:adv|in|cp|pind|con|lugar|prep|ppes|tempo|quant|ppos|pdem|prel|art|neg|pint|modo)\b/;
for (const entry of europe.entries) {
  const lemma = /\[\$([^$]+)\$CAT=v/u.exec(entry.tags)?.[1];
  const folded = fold(entry.word);
  if (lemma) {
    // Kept with its accents: folded, "é" (is) would be "e" (and), "está" (is) "esta" (this).
    if (lemma !== entry.word && isPlain(folded)) ptIrregular.add(entry.word.toLowerCase());
    if (lemma !== entry.word && isPlain(folded) && /\$P=1,N=s,T=(?:p|pp)\]/.test(entry.tags)) ptFirstPerson.add(folded);
    continue;
  }
  if (/CAT=v\b/.test(entry.tags)) {
    if (isPlain(folded) && /(ar|er|ir)$/.test(folded)) ptVerbs.add(folded);
  } else if (CLOSED_TAGS.test(entry.tags)) {
    if (isPlain(folded)) ptClosedWritten.set(folded, entry.word.toLowerCase());
    ptTagged.add(entry.word.toLowerCase());
  } else if (/CAT=(?:nc|adj|a_nc|np)\b/.test(entry.tags)) {
    for (const form of formsOf(entry, europe.suffixes)) {
      if (isPlain(fold(form))) ptNominal.add(fold(form));
      ptTaggedNominal.add(form.toLowerCase());
      ptTagged.add(form.toLowerCase());
    }
  }
}
for (const entry of brazil.entries) {
  const folded = fold(entry.word);
  // The Brazilian dictionary lists irregular verb forms as headwords ("vai", "faz"): not nouns.
  if (!isPlain(folded) || /(ar|er|ir)$/.test(folded) || entry.word !== entry.word.toLowerCase() || ptIrregular.has(entry.word)) continue;
  for (const form of formsOf(entry, brazil.suffixes)) if (isPlain(fold(form))) ptNominal.add(fold(form));
}

// Spanish: a verb is a headword in -ar/-er/-ir whose flags conjugate it (strip its ending).
const spain = load('dictionary-es');
const esVerbs = new Set<string>();
const esNominal = new Set<string>();
for (const entry of spain.entries) {
  const folded = fold(entry.word);
  if (!isPlain(folded) || entry.word !== entry.word.toLowerCase()) continue;
  const conjugates =
    /(ar|er|ir)$/.test(folded) &&
    entry.flags.some((flag) => (spain.suffixes.get(flag) ?? []).some((rule) => /^(ar|er|ir)$/.test(rule.strip)));
  if (conjugates) esVerbs.add(folded);
  else for (const form of formsOf(entry, spain.suffixes)) if (isPlain(fold(form))) esNominal.add(fold(form));
}
const esIrregular = new Set(source.irregular.es);

// Only the nominal forms the recogniser would take for verbs need storing.
const ambiguous = (nominal: Set<string>, language: 'pt' | 'es', verbs: Set<string>, irregular: Set<string>) =>
  new Set([...nominal].filter((word) => !irregular.has(word) && looksFinite(word, language, verbs)));

// A closed word that is also a noun ("socorro", help; "bem", a good) can name a thing: never closed.
for (const [folded, written] of ptClosedWritten) if (!ptTaggedNominal.has(written)) ptClosed.add(folded);

const out = {
  $comment:
    'Generated by scripts/build-word-classes.ts from the LibreOffice dictionaries (dictionary-pt-pt, dictionary-pt, dictionary-es) and scripts/data/word-classes-source.json. Do not edit by hand: edit the source and run the script. Read by src/modules/brief/word-classes.ts.',
  endings: source.endings,
  determiners: source.determiners,
  pt: {
    verbs: sorted(ptVerbs),
    irregular: sorted(new Set([...[...ptIrregular].filter((word) => !ptTagged.has(word)), ...source.irregular.pt])),
    nominal: sorted(ambiguous(ptNominal, 'pt', ptVerbs, ptIrregular)),
    closed: sorted(ptClosed),
    firstPerson: sorted(new Set([...ptFirstPerson].filter((word) => !ptNominal.has(word) && !ptClosed.has(word)))),
  },
  es: {
    verbs: sorted(esVerbs),
    irregular: sorted(esIrregular),
    nominal: sorted(ambiguous(esNominal, 'es', esVerbs, esIrregular)),
    closed: sorted(new Set(source.closed.es)),
    firstPerson: sorted(new Set(source.firstPerson.es.map(fold))),
  },
  en: { closed: sorted(new Set(source.closed.en)), subject: sorted(new Set(source.subject.en)) },
};
writeFileSync(path.join(root, 'src/modules/brief/content/word-classes.json'), `${JSON.stringify(out)}\n`);
for (const language of ['pt', 'es'] as const)
  console.log(language, Object.fromEntries(Object.entries(out[language]).map(([key, list]) => [key, list.length])));
