import { readingCues } from './reading-cues';
import { fold } from './text';

/**
 * Customers' words the person quotes for the site: "uma cliente falou: "comprei uma caixa…"
 * (Dona Marli, Águas Mornas)", "A client wrote: "They handled my dad's house with care." - Karen
 * M.". A quotation counts when a testimonial cue (reading cues: "falou", "wrote", "depoimento"…)
 * stands in the words just before it, or a person is named right after it; the author is what
 * follows in parentheses or after a dash.
 * Real words of a real customer: the site shows them as given, never as a sample.
 */
export type GivenTestimonial = { quote: string; author: string | null };
export type TestimonialsReading = {
  testimonials: GivenTestimonial[];
  /** Each cue, quotation and author as written: no offering is read from them. */
  spans: string[];
};

const QUOTE = /["“«]([^"”»\n]{12,400})["”»]/gu;
const AUTHOR = /^\s*(?:\(([^()\n]{2,80})\)|[-–—]\s*([^\n.;]{2,60}(?:\.\s?[A-Z]\.)?))/u;
const LEAD_WINDOW = 40;
const MAX_TESTIMONIALS = 6;

function isNameShaped(quote: string): boolean {
  const words = quote.trim().split(/\s+/u);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    !/[.!?,;]/u.test(quote) &&
    words.filter((word) => word.length > 3).every((word) => /^\p{Lu}/u.test(word))
  );
}

export function extractTestimonials(prompt: string): TestimonialsReading | null {
  const testimonials: GivenTestimonial[] = [];
  const spans: string[] = [];
  for (const match of prompt.matchAll(QUOTE)) {
    // The cue in the few words before the quotation, in the same line.
    const before = prompt.slice(Math.max(0, match.index - LEAD_WINDOW), match.index);
    const lead = before.slice(before.lastIndexOf('\n') + 1);
    const words = fold(lead).split(/[^\p{L}]+/u);
    const after = AUTHOR.exec(prompt.slice(match.index + match[0].length));
    const author = (after?.[1] ?? after?.[2])?.trim().replace(/[.,]+$/, '') ?? null;
    // A cue before it, or a person named after it ("…" - Sandra, bairro São Pedro).
    if (!words.some((word) => readingCues.testimonialCues.has(word)) && !(author && /^\p{Lu}/u.test(author))) continue;
    // 'O meu neto diz que o site se pode chamar "O Amolador de Alpiarça"': a quotation said of a
    // name, or shaped as one (every longer word capitalised), is no one's praise.
    if (words.some((word) => readingCues.nameNouns.has(word)) || isNameShaped(match[1]!)) continue;
    testimonials.push({ quote: match[1]!.trim(), author: author || null });
    // The cue's sentence from its start, so "uma cliente falou" is not read as an offering either.
    const cueStart = Math.max(lead.search(/[^\s.:;,!?-][^.!?]*$/), 0);
    spans.push(lead.slice(cueStart).trim(), match[0], ...(after ? [after[0].trim()] : []));
    if (testimonials.length === MAX_TESTIMONIALS) break;
  }
  return testimonials.length > 0 ? { testimonials, spans: spans.filter(Boolean) } : null;
}
