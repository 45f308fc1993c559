import { clockOf as clock, DAY_CODES, DAY_WORDS } from '@/modules/document/opening-hours';
import { emailSchema, phoneSchema } from '@/modules/document/primitives';
import { isDayWord, readingCues } from './reading-cues';
import { escapeRegExp, fold, SENTENCE_STOPS, sentenceStartAt } from './text';
import { NUMBER_LABEL } from './detect-features';
import type { Contact } from './kind-types';

const DAY = '(seg|ter|qua|qui|sex|sab|dom|mon|tue|wed|thu|fri|sat|sun|lun|mar|mie|jue|vie)[a-z]*\\.?(?:-feira)?';
const DAY_RANGE = new RegExp(`${DAY}\\s*(?:-|–|a|to|ate|through|thru|hasta|al)\\s*${DAY}`, 'g');
const SINGLE_DAY = new RegExp(`(?<![a-z])${DAY}(?![a-z])`, 'g');
// "12nn" and "12 noon" are midday and "12mn" midnight, as the Philippines writes them.
const TIME = '(\\d{1,2})(?:[:h.](\\d{2}))?\\s*(am|pm|nn|noon|mn|h|hs|hrs)?';
// (Never the second half of a decimal: "rabeta de 5,5 até 15 hp" is horsepower.)
const TIME_RANGE = new RegExp(`(?<![\\d:]|\\d[.,])${TIME}\\s*(?:-|–|—|as|a|to|ate|hasta|until|till)\\s*${TIME}(?![\\d])`, 'g');

// "todos os dias menos segunda", "every day except Sundays": the days left out of the week.
const EXCEPT_DAYS = new RegExp(
  `(?:menos|exceto|excepto|except|salvo|but|fora|tirando|sem)\\s+(?:(?:[àa]s?|aos?|los|las|el|la|o|on)\\s+)?${DAY}(?:\\s*(?:,|e|y|and|&)\\s*${DAY})*`,
);

// "e sábado até meio-dia", "and Saturday until 1pm", "y sábados hasta las 13": a day that closes early.
const UNTIL_AFTER = new RegExp(
  `(?:\\se|\\sand|\\sy|,)\\s+(?:aos?\\s+|on\\s+|los\\s+)?${DAY}\\s+(?:ate|until|till|hasta)\\s+(?:o\\s+|a\\s+|as\\s+|las\\s+|la\\s+)?(meio.?dia|mediodia|noon|midday|(\\d{1,2})(?:[:h.](\\d{2}))?\\s*(am|pm|h|hs)?)`,
);

// "closed on Mondays", "fechado aos domingos e feriados", "cerrado los lunes": the days it is shut.
const CLOSED_DAYS = new RegExp(
  `(?:${[...readingCues.closedWords].join('|')})\\s+(?:(?:on|aos?|as|às|a|los|las|el|la|o|às)\\s+)?(${DAY}(?:\\s*(?:,|e|y|and|&)\\s*${DAY})*)`,
);

/** Every day of the week, less the ones the text excepts ("Tu-Su" for "todos os dias menos segunda"). */
function everyDayBut(window: string): string {
  const except = EXCEPT_DAYS.exec(window);
  if (!except || !/todos|every|daily|diariamente|7 d/.test(window)) return 'Mo-Su';
  const left = new Set([...except[0].matchAll(SINGLE_DAY)].map((match) => DAY_WORDS[match[1]!]).filter((day) => day !== undefined));
  const runs: string[] = [];
  for (let day = 0; day < 7; day++) {
    if (left.has(day) || (day > 0 && !left.has(day - 1))) continue;
    let end = day;
    while (end + 1 < 7 && !left.has(end + 1)) end++;
    runs.push(end === day ? DAY_CODES[day]! : `${DAY_CODES[day]}-${DAY_CODES[end]}`);
  }
  return runs.join(',') || 'Mo-Su';
}

/** The days a piece of text names ("seg a sex", "weekends", "todos os dias"), if any. */
function daysIn(window: string): string | undefined {
  if (/todos os dias|every ?day|daily|diariamente|todos los dias|7 days|7 dias|all week/.test(window)) return everyDayBut(window);
  if (/dias uteis|weekdays|dias de semana|entre semana/.test(window)) return 'Mo-Fr';
  if (/fins? de semana|weekends?|fines de semana/.test(window)) return 'Sa-Su';
  const ranges = [...window.matchAll(DAY_RANGE)];
  const range = ranges.at(-1);
  if (range) return `${DAY_CODES[DAY_WORDS[range[1]]]}-${DAY_CODES[DAY_WORDS[range[2]]]}`;
  const singles = [...window.matchAll(SINGLE_DAY)].map((match) => DAY_CODES[DAY_WORDS[match[1]]]);
  return singles.length > 0 ? [...new Set(singles)].join(',') : undefined;
}

// "de seg a sáb" right after the times: the days led in, read with the day words above.
const DAYS_LED_IN = new RegExp(`^\\s*(?:de|from|desde)\\s+${DAY}`);
// "7am to 7pm, Monday to Saturday": a range of days after a comma that ends its clause, with no
// time of its own, is the days of the times before it ("8.30 am to 9 pm, Sunday 9 am to 1 pm" is not).
const DAYS_AFTER_COMMA = new RegExp(`^\\s*,\\s*(?:(?:de|from|desde)\\s+)?${DAY}\\s*(?:-|–|a|to|ate|through|thru|hasta|al)\\s*${DAY}\\s*$`);
function isDaysClosingClause(after: string): boolean {
  const clause = /^\s*,[^,!?]*/.exec(after)?.[0];
  return clause !== undefined && DAYS_AFTER_COMMA.test(clause);
}
const NOON_END =
  /(\d{1,2}(?:[:h.]\d{2})?\s*(?:h|am)?)\s*(?:a|ao|as|ate|to|till|until|hasta|al)\s+(?:o\s+|el\s+|la\s+)?(?:meio.?dia|mediodia|noon|midday)(?![a-z])/g;

// "2ª a 6ª", "2.ª-feira a 6.ª-feira": Portuguese days counted from Sunday, written as the day names.
// ("2a a 6a": a phone's writer types the "a" for "ª".)
const ORDINAL_DAY = '([2-6])\\s?\\.?[ªºa](?:[\\s-]?feira)?';
const ORDINAL_DAY_RANGE = new RegExp(`(?<![\\p{L}\\p{N}])${ORDINAL_DAY}\\s*(à|a|-|–|até|ate)\\s*${ORDINAL_DAY}(?![\\p{L}])`, 'giu');
const ORDINAL_NAMES = ['seg', 'ter', 'qua', 'qui', 'sex'];
function withDayNames(text: string): string {
  return text.replace(
    ORDINAL_DAY_RANGE,
    (_, from: string, joiner: string, to: string) => `${ORDINAL_NAMES[Number(from) - 2]} ${joiner} ${ORDINAL_NAMES[Number(to) - 2]}`,
  );
}

// "Horário de segunda a sábado", "open Monday to Saturday", "abierto de lunes a viernes": days
// without times, which schema.org writes as the days alone ("Mo-Sa").
const OPEN_DAYS = new RegExp(
  `\\b(?:horario|horarios|aberto|aberta|abertos|abrimos|funcionamos|funciona|atendemos|open|opens|abierto|abierta|abrimos)\\b[^.;\\n\\d]{0,20}?${DAY}\\s*(?:-|–|a|to|ate|through|thru|hasta|al)\\s*${DAY}`,
);

/** Opening hours as schema.org strings ("Mo-Fr 08:00-18:00"), from "seg a sex 8h às 18h" etc. */
export function extractOpeningHours(text: string, isOpen24h: boolean): string[] | undefined {
  if (isOpen24h) return ['Mo-Su 00:00-23:59'];
  // "8 a. m.", "3 p.m.": the marks as the clock reads them ("8 am", "3 pm").
  const folded = fold(withDayNames(text))
    .replace(/(\d)\s*([ap])\.\s?m\.?(?![a-z])/g, '$1 $2m')
    // "das 5h ao meio-dia", "7am till noon", "de 8 al mediodía": a range that closes at noon closes at 12:00.
    .replace(NOON_END, '$1 a 12:00 pm');
  const hours = timeRanges(folded);
  // "de segunda a sexta das 9h às 17h e sábado até meio-dia": a day after the times that closes
  // at another hour opens at the same one.
  const until = UNTIL_AFTER.exec(folded);
  if (hours.length > 0 && until) {
    const day = DAY_CODES[DAY_WORDS[until[1]!]!];
    const start = /\s(\d{2}:\d{2})-/.exec(hours.at(-1)!)?.[1];
    const end = /^(?:meio.?dia|mediodia|noon|midday)$/.test(until[2]!) ? '12:00' : clock(until[3]!, until[4], meridiem(until[5]));
    if (day && start && end && end > start && !hours.some((entry) => entry.split(' ')[0]!.split(/[-,]/).includes(day)))
      hours.push(`${day} ${start}-${end}`);
  }
  // "open 8-4. Closed on Mondays", "fechado à segunda": every day's hours lose the days it is shut.
  const shut = CLOSED_DAYS.exec(folded);
  if (hours.length > 0 && shut)
    return hours.map((entry) => (entry.startsWith('Mo-Su ') ? `${everyDayBut(`todos except ${shut[1]}`)} ${entry.slice(6)}` : entry));
  if (hours.length > 0) return hours;
  const days = OPEN_DAYS.exec(folded);
  return days ? [`${DAY_CODES[DAY_WORDS[days[1]]]}-${DAY_CODES[DAY_WORDS[days[2]]]}`] : undefined;
}

// Bare numbers ("Mon-Sat 9-6", "open 8-19 every day") are a clock only right after days or an
// hours word, and not when a unit follows ("de 4 a 12 anos", "2-3 people").
const STRICT_DAY =
  '(?<![a-z])(?:seg(?:unda)?|ter(?:ca)?|qua(?:rta)?|qui(?:nta)?|sex(?:ta)?|sab(?:ado)?|dom(?:ingo)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|lun(?:es)?|mar(?:tes)?|mie(?:rcoles)?|jue(?:ves)?|vie(?:rnes)?)s?\\.?(?:-feira)?';
// (…a comma may stand between the days and their times: "de lunes a viernes, de 8 a 17", "Monday to Friday, 9 to 5".)
const HOURS_CUE = new RegExp(
  `(?:${STRICT_DAY}|\\b(?:open|opens|opening hours|hours|horario|horarios|aberto|aberta|abrimos|funcionamos|atendemos|abierto|abierta|todos os dias|todos los dias|every ?day|daily|diariamente)\\b),?(?:\\s+(?:de|das|from|desde))?\\s*:?\\s*$`,
);
// "das 6h às 20h todos os dias", "8-4 every day": every day said after the times.
const EVERY_DAY_AFTER = /^\s*,?\s*(?:todos os dias|every ?day|daily|diariamente|todos los dias|7 days)/;
const HOURS_WORD =
  /\b(?:open|opens|opening|hours|horario|horarios|aberto|aberta|abrimos|abre|funcionamos|funciona|funcionamento|atendemos|atendimento|abierto|abierta|atencion)\b/;
const UNIT_AFTER =
  /^\s*(?:anos|years?|yrs|anos de idade|meses|months?|vezes|times|x\b|pessoas|people|persons|personas|participantes|alunos|students|%|kg|km|m2|m²|€|\$|r\$|min|minutos|minutes|semanas|weeks|dias|days|quartos|rooms|habitaciones|salas|mesas|tables|hp|cv|cc|kw|litros|liters|litres|l\b|ml|cm|mm|m\b|kg|g\b|ton|toneladas|pol|polegadas|inches|pes|feet|ft)/;

// A verb of lasting, then at most three words ("leva em média de", "takes about") before the range.
const LASTING = new RegExp(`(?<![\\p{L}])(?:${readingCues.lastingVerbs.map(escapeRegExp).join('|')})(?:\\s+[\\p{L}]+){0,3}\\s*$`, 'u');

/** "nn"/"noon" is 12 in the afternoon and "mn" 12 at night, so the clock reads them as pm and am. */
function meridiem(mark: string | undefined): string | undefined {
  if (mark === 'nn' || mark === 'noon') return 'pm';
  if (mark === 'mn') return 'am';
  return mark;
}

function timeRanges(folded: string): string[] {
  const hours: string[] = [];
  const callHours: string[] = [];
  let previousEnd = 0;
  let previous: { days: string; endHour: number } | undefined;
  for (const match of folded.matchAll(TIME_RANGE)) {
    const [, h1, m1, rawMark1, h2, m2, rawMark2] = match;
    const mark1 = meridiem(rawMark1);
    const mark2 = meridiem(rawMark2);
    let startHour = h1;
    let endHour = h2;
    // "de 9 a 1 y de 4 a 7", "8h às 12h e das 14h às 18h", "9am-1pm and 3pm-6pm", "9h-12h30 / 14h30-19h": a second range
    // joined to the one before is the same days' afternoon, never every day's.
    const gap = folded.slice(previousEnd, match.index);
    const isContinuation = previous !== undefined && /^\s*(?:,?\s*(?:e|y|and|&)|\/)\s*(?:de|das|from|desde)?\s*$/.test(gap);
    // "2 a 3 vezes" is not a time: at least one side must look like a clock, or the range
    // follows days or an hours word ("Mon-Sat 9-6", "open 8-19"), or a range it goes on from.
    if (!(m1 || m2 || mark1 || mark2)) {
      const before = folded.slice(Math.max(0, match.index - 24), match.index);
      const after = folded.slice(match.index + match[0].length, match.index + match[0].length + 14);
      if ((!HOURS_CUE.test(before) && !isContinuation) || UNIT_AFTER.test(after) || Number(h1) > 24 || Number(h2) > 24) continue;
    }
    // A 12-hour clock without am/pm ("9-6", "11.30-1.30", "Fri 11.30-8.30"): an end at or before
    // the start closes in the afternoon, and a range joined to a morning ("… & 4.30-8") is that
    // afternoon's. A 24-hour clock shows itself by an hour past 12 or a leading zero ("22:00-02:00",
    // "08:00-02:00"), and those stay as written, through midnight.
    // ("das 2h às 7h" after "das 8 às 12": an "h" says it is an hour, never which half of the day —
    // alone, "das 10h às 2h" is a 24-hour clock, through the night.)
    const noHalf = (mark: string | undefined) => !mark || /^h/u.test(mark);
    if (noHalf(mark1) && noHalf(mark2) && Number(h1) <= 12 && !/^0/.test(h1) && !/^0/.test(h2)) {
      const startMinutes = Number(h1) * 60 + Number(m1 ?? 0);
      if (!mark1 && !mark2 && Number(h2) * 60 + Number(m2 ?? 0) <= startMinutes && Number(h2) < 12) endHour = String(Number(h2) + 12);
      // (…only when the afternoon it makes is a range: "das 8h às 18h e das 8h às 12h aos sábados" is
      // another day's, never 20:00–12:00.)
      const afternoonEnd = Number(endHour) < 12 ? Number(endHour) + 12 : Number(endHour);
      if (
        isContinuation &&
        Number(h1) < 12 &&
        Number(h1) < previous!.endHour &&
        Number(h1) + 12 > previous!.endHour &&
        Number(h1) + 12 < afternoonEnd
      ) {
        startHour = String(Number(h1) + 12);
        endHour = String(afternoonEnd);
      }
    }
    // "a secagem leva de 6 a 8 horas", "drying takes 6 to 8 hours": a range after a verb of lasting,
    // with no day or hours word near it, is how long something takes — never when the business opens.
    const lead = folded.slice(Math.max(previousEnd, match.index - 40), match.index);
    if (!isContinuation && LASTING.test(lead) && !HOURS_WORD.test(lead) && [...lead.matchAll(SINGLE_DAY)].length === 0) continue;
    const endMarker = mark2 ?? mark1;
    // "9-5pm" starts in the morning, "1-5pm" in the afternoon; "10-12pm" ends at noon, so began in the morning.
    const startMarker = mark1 ?? (endMarker === 'pm' ? (Number(h1) <= Number(h2) && Number(h2) !== 12 ? 'pm' : 'am') : endMarker);
    const start = clock(startHour, m1, startMarker);
    const end = clock(endHour, m2, endMarker);
    if (!start || !end) continue;
    const window = folded.slice(Math.max(previousEnd, match.index - 40), match.index);
    // "Visita de manhã (9h30–12h30): 8 €", "café da manhã (das 7h30 às 10h)": a time in
    // parentheses, with no day or hours word before it, is when an item happens, not when the
    // business opens.
    const isAside =
      /\(\s*(?:das|de|from|desde|entre|between)?\s*$/.test(folded.slice(0, match.index)) &&
      !HOURS_WORD.test(window) &&
      !/todos|every|daily|diariamente/.test(window) &&
      [...window.matchAll(SINGLE_DAY)].length === 0;
    if (isAside) continue;
    // "das 11h às 13h30 de seg a sáb": the days may come after the times, led in by "de"/"from" —
    // after a comma they are the next clause's ("8.30 am to 9 pm, Sunday 9 am to 1 pm").
    const rangeEnd = match.index + match[0].length;
    const after = folded.slice(rangeEnd, rangeEnd + 30).split(/[;.\n]/)[0]!;
    const daysAfter = DAYS_LED_IN.test(after) || EVERY_DAY_AFTER.test(after) || isDaysClosingClause(after) ? daysIn(after) : undefined;
    const said = daysIn(window) ?? daysAfter;
    // "Ligação nesse número só de noite, das 19h às 21h", "phone: …, for calls and SMS, 7am to 7pm
    // only": a time with no day, in a sentence about calling (no word of opening after the call's),
    // is when to call — not when the business opens.
    // (Kept aside, they are the hours only when the prompt gives no other: a taxi's "ligue das 7h às
    // 22h" is when it works.)
    const isCallTime = said === undefined && !isContinuation && isAboutCalling(sentenceBefore(folded, match.index));
    // "todos los días de 9 a 18, excepto los domingos": the days left out may follow the times.
    const days = isContinuation ? previous!.days : said === 'Mo-Su' ? everyDayBut(`${window} ${match[0]} ${after}`) : (said ?? 'Mo-Su');
    (isCallTime ? callHours : hours).push(`${days} ${start}-${end}`);
    previous = { days, endHour: Number(end.slice(0, 2)) };
    previousEnd = match.index + match[0].length;
    if (hours.length >= 7) break;
  }
  return hours.length > 0 ? hours : callHours;
}

/** Whether a sentence's words before a time speak of calling, with no word of opening after that. */
function isAboutCalling(sentence: string): boolean {
  const calls = [...sentence.matchAll(new RegExp(CALL_WORD.source, 'gu'))];
  const last = calls.at(-1);
  return last !== undefined && !HOURS_WORD.test(sentence.slice(last.index + last[0].length));
}

const CALL_WORD = new RegExp(`(?<![\\p{L}])(?:${readingCues.callWords.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');

/** The sentence's words before `at` (from its stop, a line's end or a semicolon). */
function sentenceBefore(folded: string, at: number): string {
  return folded.slice(sentenceStartAt(folded, at, [...SENTENCE_STOPS, ';']), at);
}

/** A phone number as written in the text, and where it starts (to read what labels it). */
// `end`: where the number ends as typed (its parentheses and dots included; `phone` is normalised).
export type PhoneMention = { phone: string; index: number; end: number };

/**
 * Every phone number in the text, in order. An email's digits are never a phone: it is blanked
 * first, with as many spaces, so each mention's index is still the text's.
 */
export function extractPhoneMentions(text: string): PhoneMention[] {
  const email = extractEmail(text);
  const scanned = email ? text.replace(email.raw, ' '.repeat(email.raw.length)) : text;
  const mentions: PhoneMention[] = [];
  for (const match of scanned.matchAll(/(?<![\w@/.])\+?\(?\d[\d\s().-]{5,20}\d(?![\w@])/g)) {
    const raw = match[0];
    const digits = raw.replace(/\D/g, '');
    // "RUC 0103894564001", "NIF: 234 567 890": a tax or company number is no phone.
    const label = /([\p{L}]+)[\s.:ºª°-]*(?:n[.º°]?\s*)?$/u.exec(scanned.slice(Math.max(0, match.index - 24), match.index))?.[1];
    // Nine digits or an explicit "+"/"(" tell a phone from years ("2019-2024") and postcodes; a
    // shorter national number ("WhatsApp 4312 8857" in Guatemala, "teléfono fijo 6452318" in
    // Bolivia) is one when a phone word labels it.
    // ("al WhatsApp, al 5 283 4761", "Número de WhatsApp para citas: 4312 8857": the phone word a
    // few words back, in its sentence — never an amount with its thousands, a date or a CEP.)
    const near = (
      scanned
        .slice(Math.max(0, match.index - 32), match.index)
        .split(/[.!?\n]/u)
        .at(-1)!
        .match(/\p{L}+/gu) ?? []
    ).slice(-4);
    const isLabelled =
      near.some((word) => NUMBER_LABEL.test(fold(word))) &&
      !/^\d{1,3}(?:\.\d{3})+$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$|^\d{5}-\d{3}$/u.test(raw.trim());
    if (digits.length < 7 || digits.length > 15 || (digits.length < 9 && !/^[+(]/.test(raw) && !isLabelled)) continue;
    if (label && readingCues.taxIdWords.has(fold(label))) continue;
    const phone = raw.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
    if (phoneSchema.safeParse(phone).success) mentions.push({ phone, index: match.index, end: match.index + raw.length });
  }
  return mentions;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Every address as written, the ones kept off the site too: none is ever words to read. */
export function emailsWritten(text: string): string[] {
  return text.match(EMAIL) ?? [];
}

/** The address as written (to blank it out of the text) and normalised. */
function extractEmail(text: string): { raw: string; email: string } | undefined {
  const match = new RegExp(EMAIL.source).exec(text);
  if (!match) return undefined;
  const email = match[0].toLowerCase();
  return emailSchema.safeParse(email).success ? { raw: match[0], email } : undefined;
}

// After a street's number: the floor and side ("1.º Esq.") and the postcode with its town
// ("4750-306 Barcelos", "CEP 88495-000"), as written — the address whole, never "Rua Padre".
const ADDRESS_TAIL =
  "(?:,?\\s*\\d{1,2}\\.?\\s?[ºª°]\\.?\\s*(?:Esq|Dto|Dt|Dir|Frente|Fte|andar)\\.?)?(?:,?\\s*(?:CEP\\s*)?\\d{4,5}-\\d{3}(?:\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:d[aeo]s?\\s+)?\\p{Lu}[\\p{L}'’-]+){0,3})?)?";
const STREET_WORDS = [
  'Rua',
  'Avenida',
  'Travessa',
  'Alameda',
  'Praça',
  'Estrada',
  'Rodovia',
  'Largo',
  'Caminho',
  'Calçada',
  'Beco',
  'Ladeira',
  'Canada',
  'Calle',
  'Plaza',
  'Paseo',
  'Carrer',
  'Camino',
  'Pasaje',
];
// "n.º 58", "nº 12", "n. 7", "no. 3": the number's mark.
const NUMBER_MARK = '(?:n\\.?\\s?[º°o]?\\.?\\s*)?';
const STREET_PATTERNS = [
  new RegExp(
    // (The street's word in either case — "na rua das Flores, 120" — the town after a postcode capitalised.)
    `\\b(?:${STREET_WORDS.map((word) => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${escapeRegExp(word.slice(1))}`).join('|')}|[Rr]\\.|[Aa]v\\.|[Aa]l\\.|C\\/)\\s+[^,\\n;()]{2,60}?,?\\s*${NUMBER_MARK}\\d{1,5}[A-Za-z]?\\b${ADDRESS_TAIL}`,
    'gu',
  ),
  // Brasília's addresses: a block's letters, its number, then the house ("QNB 3 Casa 27", "SQS 308 Bloco C").
  /\b(?:Q[A-Z]{1,3}|SQ[NS]|SH[A-Z]{1,3}|CL[NS]|EQ[NS]|SMPW|SMDB|SHIS|SHIN)\s+\d{1,3}(?:\s+(?:Conjunto|Conj\.?|Cj\.?)\s+[\dA-Z]{1,3})?\s+(?:Casa|Bloco|Lote|Lt\.?|Apto|Loja)\s+[\dA-Z]{1,4}\b/gu,
  // "fica na av brasil 1200": "Av" typed without its dot, after a Portuguese or Spanish preposition of place.
  /(?<=(?:^|[\s,(])(?:[Nn][ao]|[Ee]m|[Ee]n)\s+)[Aa]v\s+[^,\n;\d()]{2,40}?,?\s*(?:n[º°o.]\s*)?\d{1,5}[A-Za-z]?\b/gu,
  /\b\d{1,5}\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Place|Pl\.?)(?![\w])/gu, // Without a number, right after where ("na rua da Bandeira", "sobre la calle 60", "on Queen
  // Street"): the street as given — never "comida de rua", whose "de" says what, not where.
  /(?<=(?:^|[\s,(])(?:[Nn][ao]|[Ee]m|à|a|[Ee]n|[Ss]obre|on|at|in)\s+(?:la\s+|el\s+|the\s+)?)(?:[Rr]ua|[Aa]venida|[Aa]v\.|[Tt]ravessa|[Aa]lameda|[Ll]argo|[Pp]raça|[Cc]alle|[Pp]aseo)\s+(?:(?:d[aeo]s?|de|del|de la)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’-]*(?:\s+(?:(?:d[aeo]s?|de|del|la)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’-]*){0,3}/gu,
  /(?<=(?:^|[\s,(])(?:on|at)\s+)(?:[A-Z][\w'-]*\s+){1,3}(?:Street|Avenue|Road|Boulevard|Lane|Drive)(?![\w])/gu,
];

/**
 * "Rua de Santo António segunda a sexta, 9h": a street named without a number runs into the hours
 * — a day's name in lowercase is never part of a street's, and "9h", "9:30", "9am" are a time, not a number.
 */
function isWhenNotWhere(found: string, after: string): boolean {
  // Lowercase only: "Rua da Quinta", "Rua Domingos Sequeira" are streets.
  if (found.split(/[\s,]+/).some((word) => /^\p{Ll}/u.test(word) && isDayWord(fold(word).replace(/[.:]+$/, '')))) return true;
  return /\d$/.test(found) && /^(?:[:.]\d{2}|\s?(?:am|pm|hrs?|horas?)\b)/i.test(after) ? true : /\dh$/i.test(found);
}

function extractStreet(text: string): string | undefined {
  // (A street's words never run into a parenthesis: "Rua Halfeld (ele faleceu em 2015…)" is no "Rua Halfeld … 2015".)
  for (const pattern of STREET_PATTERNS) {
    // "c/ batata doce e brócolis R$ 22" is "com …" and a price, not the Spanish "C/ Mayor 12": a
    // street abbreviation is written capitalised, and a street's number is never an amount of money.
    const match = [...text.matchAll(pattern)].find(
      (found) =>
        !found[0].startsWith('c/') &&
        !/(?:R\$|US\$|\$|€|£)\s?\d{1,5}[A-Za-z]?$/u.test(found[0]) &&
        !isWhenNotWhere(found[0], text.slice(found.index + found[0].length)),
    );
    if (match)
      return match[0]
        .replace(/[^\p{L}\p{N} ,.ºª°/'-]/gu, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 120);
  }
  return undefined;
}

function extractInstagram(text: string): string | undefined {
  const url = /instagram\.com\/([A-Za-z0-9._]{2,30})/i.exec(text);
  if (url) return url[1];
  if (!/insta/i.test(text)) return undefined;
  return /(?<![\w.])@([A-Za-z0-9._]{2,30})(?![\w@]|\.[a-z]{2,})/.exec(text)?.[1];
}

/** Contact details the person typed into the prompt; nothing is invented. */
export function extractContact(text: string, isOpen24h: boolean): Contact {
  const contact: Contact = {};
  const email = extractEmail(text);
  const phone = extractPhoneMentions(text)[0]?.phone;
  const street = extractStreet(text);
  const openingHours = extractOpeningHours(text, isOpen24h);
  const instagram = extractInstagram(text);
  if (phone) contact.phone = phone;
  if (email) contact.email = email.email;
  if (street) contact.street = street;
  if (openingHours) contact.openingHours = openingHours;
  if (instagram) contact.instagram = instagram.replace(/\.+$/, '');
  return contact;
}
