import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/action-verbs.json';
import { isFirstPersonPluralVerb, readingCues } from './reading-cues';
import { accentsContent } from './restore-accents';
import { escapeRegExp, fold } from './text';

type Person = 'first' | 'plural' | 'third';
type Action = { noun?: string; plural: string; person: Person; curated: boolean };
type Language = 'pt' | 'es';

const formsSchema = z.strictObject({ first: z.string().min(2), plural: z.string().min(4), third: z.string().min(2) });
const verbsSchema = z.array(
  z.strictObject({ verb: z.string().regex(/^\p{Ll}+(?:ar|er|ir)$/u), noun: z.string().min(3).optional(), forms: formsSchema.optional() }),
);
const actionVerbsSchema = z.strictObject({
  $comment: z.string(),
  subjects: z.strictObject({ pt: z.array(z.string().min(2)), es: z.array(z.string().min(2)) }),
  thirdPersonSubjects: z.strictObject({ pt: z.array(z.string().min(2)), es: z.array(z.string().min(2)) }),
  verbs: z.strictObject({ pt: verbsSchema, es: verbsSchema }),
});
let actionVerbs: z.infer<typeof actionVerbsSchema> | undefined;
function actionVerbsContent(): z.infer<typeof actionVerbsSchema> {
  actionVerbs ??= parseContent('src/modules/brief/content/action-verbs.json', actionVerbsSchema, raw);
  return actionVerbs;
}

/**
 * The regular present tense of a verb: the first person singular and plural, and the third
 * person singular that "a gente" takes. Irregular verbs list their forms in the content file.
 */
function presentForms(verb: string, language: Language): Record<Person, string> {
  const stem = verb.slice(0, -2);
  const ending = verb.slice(-2) as 'ar' | 'er' | 'ir';
  // "ofereço", "protejo", "ofrezco": the first person keeps the infinitive's sound.
  const first =
    /c$/.test(stem) && ending !== 'ar'
      ? `${stem.slice(0, -1)}${language === 'es' ? 'zc' : 'ç'}o`
      : /g$/.test(stem) && ending !== 'ar'
        ? `${stem.slice(0, -1)}jo`
        : `${stem}o`;
  const plural = `${stem}${ending === 'ar' ? 'amos' : ending === 'er' ? 'emos' : 'imos'}`;
  const third = `${stem}${ending === 'ar' ? 'a' : 'e'}`;
  return { first, plural, third };
}

const tables = new Map<Language, Map<string, Action>>();

function tableFor(language: Language): Map<string, Action> {
  const cached = tables.get(language);
  if (cached) return cached;
  const content = accentsContent();
  const actions = new Map<string, Action>();
  // The generated pairs are keyed by the first person of an -ar verb ("instalo"): its plural and
  // third person are the same stem's ("instalamos", "a gente instala").
  for (const pair of (language === 'es' ? content.actionNounsEs : content.actionNounsPt).split(' ').filter(Boolean)) {
    const [first, noun] = pair.split(':') as [string, string];
    const forms = presentForms(`${first.slice(0, -1)}ar`, language);
    for (const person of ['first', 'plural', 'third'] as const)
      actions.set(forms[person], { noun, plural: forms.plural, person, curated: false });
  }
  for (const { verb, noun, forms } of actionVerbsContent().verbs[language]) {
    const present = forms ?? presentForms(verb, language);
    for (const person of ['first', 'plural', 'third'] as const)
      // "instalo": the dictionary's pair stays what the person's own verb is read as.
      if (!(person === 'first' && actions.has(present[person])))
        actions.set(present[person], { ...(noun ? { noun } : {}), plural: present.plural, person, curated: true });
  }
  tables.set(language, actions);
  return actions;
}

// What may stand before the verb: a clause's start, a list's joint, "also"/"only" (reading cues, folded).
const LEAD = new RegExp(`(?:^|[\\n,;:.!?•–-]\\s*|(?:^|\\s)(?:${readingCues.actionLeads.map(escapeRegExp).join('|')})\\s+)$`, 'u');
const SENTENCE_END = /[.!?;\n]/;
const POSSESSIVE_DE = new Set(['de', 'del']);

/** "a gente ", "nosotros " at the end of what comes before the verb: where that subject starts. */
function subjectBefore(before: string, language: Language): { at: number; isThird: boolean } | undefined {
  const { subjects, thirdPersonSubjects } = actionVerbsContent();
  for (const subject of subjects[language]) {
    const folded = fold(subject);
    const match = new RegExp(`(?:^|(?<=[^\\p{L}]))${escapeRegExp(folded)}\\s+$`, 'u').exec(before);
    if (match) return { at: match.index, isThird: thirdPersonSubjects[language].includes(subject) };
  }
  return undefined;
}

/**
 * "perfuro poço artesiano, instalo bomba submersa" → "perfuração de poço artesiano, instalação de
 * bomba submersa": a service said as the first person of its verb is read — and shown on the site —
 * as the service it names. Left as typed, "Instalo bomba submersa" was a card's title and
 * "perfuro poço artesiano" the business's name for itself, and "limpeza de poço e instalo bomba"
 * one item (the verb hid the list). The pairs (content/accents.json, actionNounsPt/Es) are the
 * -ar verbs whose noun of action is a dictionary headword, generated by scripts/build-accent-table.ts.
 *
 * Only at the head of a clause or after "e"/"y"/"também": "eu instalo…" or "que instalo" are
 * sentences about the person and stay as typed. A business speaking as "nós", "a gente" or
 * "nosotros" names its services the same way ("a gente conserta pneu de carro, moto e caminhão e
 * vende pneu novo" → "conserto de pneu de carro, moto e caminhão e vendemos pneu novo": selling
 * leads into the things sold, as "vendemos" always did), and the everyday nouns of common verbs
 * (content/action-verbs.json) serve where the dictionary's "-ção" pair does not ("conserto",
 * "limpeza", "lavagem").
 */
export function nameActions(text: string, language: Language): string {
  const table = tableFor(language);
  const articles: Record<string, string> = readingCues.articleContractions[language];
  const folded = fold(text);
  let out = '';
  let from = 0;
  // Where a clause said by "a gente" ends: until then, a verb after "e" is in its third person ("a
  // gente conserta pneu e vende pneu novo").
  let thirdUntil = -1;
  for (const match of text.matchAll(/(?<![\p{L}@./])(\p{L}+)(?=(\s+)(\p{L}+))/gu)) {
    if (match.index < from) continue;
    const [, verb, space, next] = match as unknown as [string, string, string, string];
    const action = table.get(verb.toLowerCase());
    if (!action) continue;
    const before = folded.slice(0, match.index);
    const subject = subjectBefore(before, language);
    const lead = subject ? before.slice(0, subject.at) : before;
    if (!LEAD.test(lead)) continue;
    // "a gente vende", "e vende" after it; never a lone "vende" or "limpa", which may be an
    // instruction or an adjective.
    if (action.person === 'third' && !(subject?.isThird || (!subject && match.index < thirdUntil))) continue;
    // "reformo sofás, poltronas e cadeiras", "ajusto calças": a person's own verb of work is read by
    // the reader's work verbs, verb and all; only the business's voice ("consertamos", "a gente
    // conserta") is named by the everyday noun.
    if (action.curated && action.person === 'first') continue;
    const lower = next.toLowerCase();
    // "Retiro de tejuela vieja", "Corte de lenha": a word that is a first person and a noun, with
    // "de" after it, is already the noun of the service — the verb would take its object bare.
    if (POSSESSIVE_DE.has(lower) && action.person === 'first') continue;
    // "limpo e organizado": a word that is both a first person and an adjective is the adjective
    // when nothing it could act on follows; "arreglo todas las marcas" is said of the person.
    const nextFolded = fold(lower);
    if (
      action.curated &&
      ((readingCues.connectors.has(nextFolded) && !readingCues.actionPrepositions.has(nextFolded) && !articles[lower]) ||
        readingCues.allWords.has(nextFolded))
    )
      continue;
    // "vendo e conserto bicicletas", "recolhemos e entregamos em casa": verbs joined before one
    // object share it, as typed.
    const joined = /(\p{L}+)\s+(?:e|y)\s+$/u.exec(lead)?.[1];
    if (joined && (table.has(joined) || readingCues.offeringVerbs.includes(fold(joined)) || isFirstPersonPluralVerb(fold(joined))))
      continue;
    if (subject?.isThird) {
      const end = folded.slice(match.index).search(SENTENCE_END);
      thirdUntil = end < 0 ? text.length : match.index + end;
    }
    const start = subject ? subject.at : match.index;
    const first = text[start]!;
    const upper = (word: string) => (first === first.toLowerCase() ? word : word[0]!.toUpperCase() + word.slice(1));
    // "a gente vende bolo" → "vendemos bolo": a verb with no noun of its own leads in, as its
    // first person plural does.
    if (!action.noun) {
      if (action.person !== 'third') continue;
      out += text.slice(from, start) + upper(action.plural);
      from = match.index + verb.length;
      continue;
    }
    const written = upper(action.noun);
    const named = articles[lower]
      ? `${written}${space}${articles[lower]}`
      : readingCues.actionPrepositions.has(lower)
        ? `${written}${space}${next}`
        : `${written}${space}de ${next}`;
    out += text.slice(from, start) + named;
    from = match.index + verb.length + space.length + next.length;
  }
  return out + text.slice(from);
}

let everydayNouns: Set<string> | undefined;
/**
 * "troca", "conserto", "limpeza": an everyday noun of action (content/action-verbs.json), folded —
 * as much a service of its own in a list as a "-ção" noun ("… e troca de óleo").
 */
export function isEverydayActionNoun(folded: string): boolean {
  everydayNouns ??= new Set(
    [...actionVerbsContent().verbs.pt, ...actionVerbsContent().verbs.es].flatMap(({ noun }) => (noun ? [fold(noun)] : [])),
  );
  return everydayNouns.has(folded);
}
