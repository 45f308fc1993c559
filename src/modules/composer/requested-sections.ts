import type { SectionType } from '@/modules/document/section-registry';

/**
 * Sections a person asks for by name ("com galeria de fotos", "with our team and prices") that
 * their kind of business does not have by default. Matched on folded text (lower case, no
 * accents; see fold in text.ts), whole words only.
 */
const REQUESTS: ReadonlyArray<readonly [SectionType, RegExp]> = [
  ['gallery', /\b(galeria|gallery|fotos|photos|portfolio)\b/],
  ['team', /\b(equipe|team|staff)\b/],
  ['pricing', /\b(precos|planos|tabela de precos|pricing|prices|plans)\b/],
  ['testimonials', /\b(depoimentos|testimonials|reviews|avaliacoes)\b/],
  ['faq', /\b(faq|perguntas frequentes|duvidas)\b/],
];

// Requested sections go before the closing ones, in this order of preference.
const CLOSING: readonly SectionType[] = ['cta', 'contact', 'footer'];

/** The kind's sections plus the ones the prompt asks for, each before the page's closing sections. */
export function withRequestedSections(sections: readonly SectionType[], foldedPrompt: string): SectionType[] {
  const out = [...sections];
  for (const [type, pattern] of REQUESTS) {
    if (out.includes(type) || !pattern.test(foldedPrompt)) continue;
    const closing = out.findIndex((existing) => CLOSING.includes(existing));
    out.splice(closing < 0 ? out.length : closing, 0, type);
  }
  return out;
}
