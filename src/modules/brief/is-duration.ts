import { readingCues } from './reading-cues';
import { alternationOf } from './text';

// The words before an amount of time that make it a duration (content: reading cues' durationLeads).
const DURATION_LEAD = new RegExp(`(?:^|[^\\p{L}])(?:${alternationOf(readingCues.durationLeads)})\\s+$`, 'iu');

/**
 * Whether the "24h" (or any amount of time) at `index` measures how fast something happens
 * ("entrega em até 24h", "within 24 hours", "en 24 horas", "prazo de 24h") rather than when the
 * business is open ("chaveiro 24h", "open 24 hours"). `text` is folded (no accents).
 */
export function isDurationAt(text: string, index: number): boolean {
  return DURATION_LEAD.test(text.slice(0, index));
}
