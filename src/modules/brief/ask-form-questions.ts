import type { StandardFieldName } from '@/modules/document/lead-forms';
import { fold } from './text';

/**
 * A field the person named: their words, and the form field it is when every form has one (else a
 * question of theirs), with the answers they listed for it ("cor da linha (branca, crua ou colorida)").
 */
export type RequestedFormField = { text: string; field: StandardFieldName | null; options?: string[] };

/**
 * The person's own form questions as a visitor reads them. They are written as the person
 * reported them to us — indirect ("se quer a salada separada", "si es pequeño o 4x4", "whether the
 * dog is friendly"), with answers that carry the question's words ("se vem de carro / de ônibus"),
 * a follow-up folded into the answers ("sim ou não, qual"), or a second field that leaves out the
 * noun it shares with the first ("data de chegada, de saída"). On the form each is a direct
 * question with its mark ("Quer a salada separada?", "¿Es pequeño o 4x4?"), its answers parallel,
 * its follow-up a field of its own ("Se sim, qual?") and every label whole ("Data de saída").
 * Grammar of questions, never a list of trades.
 */
export type QuestionWords = { questionWords: Record<Lang, string[]>; ifYes: Record<Lang, string>; choiceOthers: string[] };
type Lang = 'pt' | 'es' | 'en';

const WHETHER_LEAD = /^(?:se|si|whether|if)\s+/iu;
const YES = new Set(['sim', 'si', 'yes', 'y', 's']);
const NO = new Set(['nao', 'no', 'n']);
// "de saída", "del regreso", "of departure": a label opened by "of" continues the one before.
const OF_LEAD = /^(?:de|da|do|del|of)\s/iu;
const HEAD_OF = /^(.+?)\s(?:de|da|do|del|of)\s/iu;
const FOLLOW_UP_JOIN = /^(n[ãa]o|no)\s+(?:e|y|and)\s+(.+)$/iu;
const ARTICLE = /^(?:a|o|as|os|the|la|el|las|los)\s+/iu;
const MAX_FIELDS = 8;
// The form keeps one place for the message box after the person's fields.
const ROOM = MAX_FIELDS - 1;

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export function askFormQuestions(fields: readonly RequestedFormField[], lang: Lang, words: QuestionWords): RequestedFormField[] {
  const opensQuestion = (text: string) => {
    const folded = fold(text);
    return words.questionWords[lang].some((word) => folded === fold(word) || folded.startsWith(`${fold(word)} `));
  };
  const asQuestion = (text: string): string => {
    // English asks by inverting ("whether the fire was used" → "was the fire used?"): its indirect
    // questions stay labels, said whole.
    if (/^(?:whether|if)\s/iu.test(text)) return text;
    const direct = text.replace(WHETHER_LEAD, '');
    if (direct === text && !opensQuestion(text)) return text;
    const bare = direct.replace(/\?+$/, '').trim();
    if (lang !== 'es' && !/^si\s/iu.test(text)) return `${capitalize(bare)}?`;
    // Spanish interrogatives carry their accent ("¿Qué servicio?"); its dictionary form is the accented one.
    const accented = bare.replace(
      /^(\p{L}+)/u,
      (first) => words.questionWords.es.find((word) => fold(word) === fold(first) && word !== fold(word)) ?? first,
    );
    return `¿${capitalize(accented)}?`;
  };
  const out: RequestedFormField[] = [];
  for (const field of fields) {
    if (field.field !== null) {
      out.push(field);
      continue;
    }
    let text = field.text;
    // "data de chegada, de saída": the second shares the first's noun.
    const previous = out.at(-1);
    const head = previous && OF_LEAD.test(text) ? HEAD_OF.exec(previous.text) : null;
    if (head) text = `${head[1]} ${text}`;
    let options = field.options ? [...field.options] : undefined;
    let followUp: string | undefined;
    if (options && options.length >= 2) {
      // "se vem de carro / de ônibus": the first answer holds the question's words; it says as much as the last.
      const last = options.at(-1)!.split(/\s+/);
      const first = options[0]!.split(/\s+/);
      if (WHETHER_LEAD.test(options[0]!) && first.length > last.length) options[0] = first.slice(-last.length).join(' ');
      // "sim ou não, qual", "sim ou não e a idade": a yes-or-no with a follow-up.
      const isYesNo = YES.has(fold(options[0]!)) && (NO.has(fold(options[1]!)) || FOLLOW_UP_JOIN.test(options[1]!));
      if (isYesNo) {
        const joined = FOLLOW_UP_JOIN.exec(options[1]!);
        const rest = [...(joined ? [joined[2]!] : []), ...options.slice(2)];
        if (joined) options[1] = joined[1]!;
        // "sim, não, não sei": a third answer of the kind only a choice holds is an answer, no follow-up.
        const isAnswer = (said: string) => words.choiceOthers.includes(fold(said).trim());
        const answers = !joined && rest.every(isAnswer) ? rest : [];
        options = [...options.slice(0, 2), ...answers].map(capitalize);
        rest.splice(0, answers.length);
        if (rest.length > 0) followUp = rest.join(', ').replace(ARTICLE, '');
      }
    }
    const asked = followUp && (opensQuestion(followUp) ? asQuestion(followUp) : followUp);
    const opening = asked && asked.replace(/^(¿?)(\p{L})/u, (_, mark: string, letter: string) => mark + letter.toLocaleLowerCase());
    const ifYes = opening && `${words.ifYes[lang]}, ${opening}`;
    // A follow-up is a field of its own while the form has room for every field; else the question
    // is one box to type both in ("Vem criança? Se sim, idade"), never a choice that loses the rest.
    if (ifYes && fields.length + 1 > ROOM) out.push({ text: `${asQuestion(text)} ${ifYes}`.slice(0, 60), field: field.field });
    else out.push({ ...field, text: asQuestion(text).slice(0, 60), ...(options ? { options } : {}) });
    if (ifYes && fields.length + 1 <= ROOM) out.push({ text: ifYes.slice(0, 60), field: null });
  }
  return out.slice(0, MAX_FIELDS);
}
