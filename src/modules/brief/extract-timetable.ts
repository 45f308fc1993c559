import { isDayAbbreviation } from '@/modules/document/opening-hours';
import { requestedLanguages } from './detect-languages';
import { readingCues } from './reading-cues';
import { fold } from './text';

/**
 * A class timetable the person typed: days, then the times classes start ("seg/qua/sex 6h30,
 * 7h30, 17h e 18h; ter/qui 7h e 8h; sáb 9h", "Mon & Wed 6pm, 7:30pm"). Opening hours are ranges
 * ("8h às 18h") and are read as hours; start times listed after days are a timetable, each day
 * group one line of it, as typed. Found on the whole prompt, so a list of times split by commas is
 * never cut into parts ("12h" and "19h" were lost as leftovers).
 */
export type TimetableLine = { text: string; start: number; end: number };

const TIME = String.raw`\d{1,2}(?:[:h.]\d{2}(?:\s?(?:am|pm))?|h|\s?(?:am|pm))`;
const TIMES = String.raw`${TIME}(?:\s*(?:,|\be\b|\band\b|\by\b|&)\s*${TIME})*`;
const DAY = String.raw`[\p{L}]{3,}\.?(?:-feira)?`;
// What joins days into one group: "seg/qua", "Mon & Wed", "terça a sábado".
const DAY_JOIN = String.raw`\s*(?:\/|,|&|\be\b|\band\b|\by\b|\ba\b|\bto\b|-|–)\s*`;
const DAYS = String.raw`${DAY}(?:${DAY_JOIN}${DAY})*`;
const DAY_SPLIT = new RegExp(DAY_JOIN, 'iu');
const EACH_TIME = new RegExp(TIME, 'giu');
const LINE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${DAYS})\s+(?:(?:às|as|at|a las|from)\s+)?(${TIMES})(?![\p{L}\p{N}])`, 'giu');
// "8h às 18h", "9am-5pm", "de 8 a 12": a time followed by another is a range, opening hours.
const RANGE_AFTER = /^\s*(?:-|–|às|as|a|to|until|till|hasta|ate|até)\s*\d/iu;

function isDay(word: string): boolean {
  const folded = fold(word).replace(/[.-].*$/, '');
  return readingCues.dayWords.has(folded) || isDayAbbreviation(folded) || isDayAbbreviation(folded.slice(0, 3));
}

export function extractTimetable(prompt: string): TimetableLine[] {
  const lines: TimetableLine[] = [];
  for (const match of prompt.matchAll(LINE)) {
    const [whole, days] = match;
    const dayWords = days!.split(DAY_SPLIT).filter(Boolean);
    if (dayWords.length === 0 || !dayWords.every(isDay)) continue;
    const end = match.index + whole.length;
    if (RANGE_AFTER.test(prompt.slice(end, end + 6))) continue;
    // "Cultos domingo 10h e 19h", "Spin Mon & Wed 6pm": the words right before the days, in the same
    // clause, say what happens then — part of the line.
    const clause = /[^.,;:!?\n()]*$/u.exec(prompt.slice(0, match.index))![0];
    const what = clause.trim().split(/\s+/).filter(Boolean);
    // …unless they name the site's languages ("cultos em português e inglês aos"): that is read as such.
    const start =
      what.length > 0 && what.length <= 6 && requestedLanguages(clause).length === 0
        ? match.index - clause.trimStart().length
        : match.index;
    lines.push({ text: prompt.slice(start, end).trim(), start, end });
  }
  // A single time is a line of a timetable only beside others ("sáb 9h" after "seg/qua 7h e 19h").
  const hasList = lines.some((line) => (line.text.match(EACH_TIME)?.length ?? 0) >= 2);
  return hasList || lines.length >= 2 ? lines : [];
}
