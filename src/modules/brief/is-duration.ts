import { readingCues } from './reading-cues';
import { alternationOf } from './text';

// The words before an amount of time that make it a duration (content: reading cues' durationLeads).
const DURATION_LEAD = new RegExp(`(?:^|[^\\p{L}])(?:${alternationOf(readingCues.durationLeads)})\\s+$`, 'iu');
// …or the words after it ("24 horas de antecedência", "24 hours notice", "24h antes").
const DURATION_TAIL = new RegExp(`^['’]?s?\\s+(?:${alternationOf(readingCues.durationTails)})(?![\\p{L}])`, 'iu');

/**
 * Whether the "24h" (or any amount of time) at `index` measures how fast something happens
 * ("entrega em até 24h", "within 24 hours", "en 24 horas", "prazo de 24h") rather than when the
 * business is open ("chaveiro 24h", "open 24 hours"), or how far ahead ("aviso de 24 horas", "24
 * hours' notice", with `end` where the amount ends). `text` is folded (no accents).
 */
export function isDurationAt(text: string, index: number, end?: number): boolean {
  return DURATION_LEAD.test(text.slice(0, index)) || (end !== undefined && DURATION_TAIL.test(text.slice(end)));
}
