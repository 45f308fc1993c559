import type { SiteDocument } from './site-document-schema';

/**
 * Opening hours as a person reads them on the page ("Seg–Sex" / "8h–18h", "Mon–Fri" / "9am–6pm",
 * "Lun a Sáb" / "8 a 13 y 16 a 20") → schema.org `openingHours` entries ("Mo-Fr 08:00-18:00").
 *
 * The hours section's rows are what visitors see and what the person edits, so they are the
 * one source of the hours search engines get: the structured data is read from them when the
 * site is built, and can never disagree with the page. The reading is strict — a row it does not
 * fully understand yields nothing rather than a guess, and the caller falls back to the hours
 * the generator recorded.
 */

export const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

/** Folded day-name prefixes in pt, en and es → Monday-based index. */
export const DAY_WORDS: Record<string, number> = {
  seg: 0,
  ter: 1,
  qua: 2,
  qui: 3,
  sex: 4,
  sab: 5,
  dom: 6,
  mon: 0,
  tue: 1,
  wed: 2,
  thu: 3,
  fri: 4,
  sat: 5,
  sun: 6,
  lun: 0,
  mar: 1,
  mie: 2,
  jue: 3,
  vie: 4,
};

/** "seg", "sab", "thu" (folded): a day's short name, which the hours reader knows. */
export function isDayAbbreviation(folded: string): boolean {
  return Object.hasOwn(DAY_WORDS, folded);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "8", "00", "pm" → "20:00"; undefined for an impossible clock. 24:00 is written 23:59. */
export function clockOf(hourText: string, minuteText: string | undefined, marker: string | undefined): string | undefined {
  let hour = Number(hourText);
  const minute = minuteText ? Number(minuteText) : 0;
  if (marker === 'pm' && hour < 12) hour += 12;
  if (marker === 'am' && hour === 12) hour = 0;
  if (hour > 24 || minute > 59) return undefined;
  if (hour === 24) return '23:59';
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const DAY_TOKEN = '(seg|ter|qua|qui|sex|sab|dom|mon|tue|wed|thu|fri|sat|sun|lun|mar|mie|jue|vie)[a-z]*\\.?(?:-feira)?';
const DAY_SEPARATOR = '\\s*(?:-|–|—|a|to|ate|through|thru|hasta|al)\\s*';
const DAY_PART = new RegExp(`^${DAY_TOKEN}(?:${DAY_SEPARATOR}${DAY_TOKEN})?$`);

function dayCode(word: string): string {
  return DAY_CODES[DAY_WORDS[word]];
}

/** "Seg–Sex" → "Mo-Fr"; "Sáb, Dom" → "Sa,Su"; "Todos os dias" → "Mo-Su"; null when not understood. */
export function parseDays(text: string): string | null {
  const folded = fold(text)
    .replace(/[.:]+$/, '')
    .trim();
  if (/^(todos os dias|every ?day|daily|diariamente|todos los dias|all week|(de )?segunda a domingo|7 days( a week)?)$/.test(folded))
    return 'Mo-Su';
  if (/^(dias uteis|weekdays|dias de semana|entre semana)$/.test(folded)) return 'Mo-Fr';
  if (/^(fins? de semana|weekends?|fines? de semana)$/.test(folded)) return 'Sa-Su';
  const parts = folded
    .replace(/^(de|do|from|del?)\s+/, '')
    .split(/\s*(?:,|;|&|\/|\be\b|\band\b|\by\b)\s*/)
    .filter(Boolean);
  if (parts.length === 0) return null;
  const codes: string[] = [];
  for (const part of parts) {
    const match = DAY_PART.exec(part);
    if (!match) return null;
    codes.push(match[2] ? `${dayCode(match[1])}-${dayCode(match[2])}` : dayCode(match[1]));
  }
  return codes.join(',');
}

const MIDNIGHT = '(?:midnight|meia-noite|medianoche)';
const TIME = `(?:(\\d{1,2})(?:[:h.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.|h|hs|hrs)?|(${MIDNIGHT}))`;
const TIME_RANGE = new RegExp(`^${TIME}\\s*(?:-|–|—|as|a|to|ate|hasta|until|till)\\s*${TIME}$`);

function marker(text: string | undefined): string | undefined {
  return text?.replace(/\./g, '');
}

function parseRange(part: string): string | null {
  const match = TIME_RANGE.exec(part.trim());
  if (!match) return null;
  const [, h1, m1, mark1Raw, midnight1, h2, m2, mark2Raw, midnight2] = match;
  if (midnight1) return null;
  const mark1 = marker(mark1Raw);
  const mark2 = marker(mark2Raw);
  const endMarker = mark2 ?? mark1;
  // "9–5pm" starts in the morning, "1–5pm" in the afternoon.
  const startMarker = mark1 ?? (endMarker === 'pm' ? (Number(h1) <= Number(h2) ? 'pm' : 'am') : endMarker);
  const start = clockOf(h1, m1, startMarker);
  const end = midnight2 ? '23:59' : clockOf(h2, m2, endMarker);
  return start && end ? `${start}-${end}` : null;
}

/**
 * "8h–18h" → ["08:00-18:00"]; "8 a 13 y 16 a 20" → two ranges; "24 horas" → the whole day;
 * "Fechado" / "Closed" / "Cerrado" → "closed"; null when not understood.
 */
export function parseTimes(text: string): string[] | 'closed' | null {
  const folded = fold(text)
    .replace(/[.;]+$/, '')
    .trim();
  if (/^(fechado|closed|cerrado|encerrado)$/.test(folded)) return 'closed';
  if (/^(24 ?(horas|hours|hrs|h)|open 24 hours|aberto 24 horas|abierto 24 horas)$/.test(folded)) return ['00:00-23:59'];
  const parts = folded
    .replace(/^(das|de|from|del?)\s+/, '')
    .split(/\s*(?:,|;|\/|\be\b|\band\b|\by\b|\be das\b|\by de\b)\s*/)
    .map((part) => part.replace(/^(das|de|from)\s+/, ''))
    .filter(Boolean);
  if (parts.length === 0) return null;
  const ranges: string[] = [];
  for (const part of parts) {
    const range = parseRange(part);
    if (!range) return null;
    ranges.push(range);
  }
  return ranges;
}

/** One row → its schema.org entries ([] when closed); null when either half is not understood. */
export function parseHoursRow(days: string, times: string): string[] | null {
  const dayCodes = parseDays(days);
  const ranges = parseTimes(times);
  if (!dayCodes || !ranges) return null;
  if (ranges === 'closed') return [];
  return ranges.map((range) => `${dayCodes} ${range}`);
}

/**
 * The hours the site's first visible hours section shows, in `locale`, as schema.org entries.
 * Undefined when there is no such section, a row is still a sample, or a row is not understood:
 * then nothing is claimed from the section and the caller keeps what the generator recorded.
 */
export function openingHoursFromSections(document: SiteDocument, locale: string): string[] | undefined {
  const strings = document.i18n.strings[locale] ?? {};
  const fallback = document.i18n.strings[document.i18n.defaultLocale] ?? {};
  const text = (key: string) => strings[key] ?? fallback[key] ?? '';
  for (const page of document.pages) {
    for (const section of page.sections) {
      if (section.type !== 'hours' || section.hidden) continue;
      const entries: string[] = [];
      for (const row of section.rows) {
        if (row.isSample) return undefined;
        const parsed = parseHoursRow(text(row.daysKey), text(row.timesKey));
        if (!parsed) return undefined;
        entries.push(...parsed);
      }
      return entries.length > 0 ? entries.slice(0, 14) : undefined;
    }
  }
  return undefined;
}
