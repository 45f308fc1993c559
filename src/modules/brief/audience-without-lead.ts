import { readingCues as cues } from './reading-cues';
import { fold } from './text';

/**
 * "para MEI e pequenas empresas" → "MEI e pequenas empresas", "Atendemos cães, gatos…" → "cães,
 * gatos…": who the business is for, without the words that led into it — the page puts its own
 * "para"/"for" before it ("…, para MEI"), never "para para MEI" or "para Atendemos cães".
 */
export function audienceWithoutLead(text: string): string {
  const words = text.trim().split(/\s+/);
  const folded = words.map((word) => fold(word));
  const lead = cues.audienceLead
    .map((phrase) => phrase.split(' '))
    .filter((phrase) => phrase.every((word, index) => folded[index] === word))
    .reduce((longest, phrase) => Math.max(longest, phrase.length), 0);
  return lead > 0 && lead < words.length ? words.slice(lead).join(' ') : text.trim();
}
