import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import content from './content/hints.json';
import { hintRowSchema } from './content-schemas';
import { fold } from './text';
import type { FaqCopy, FeatureCopy } from './kind-types';

export type HintDef = {
  id: string;
  /** Folded keyword alternation, matched on word boundaries. */
  keywords: string;
  feature: FeatureCopy;
  faq?: FaqCopy;
  /** Kinds where the hint is what the business is anyway ("online" for an online shop). */
  ignoreFor?: readonly string[];
  /** Hints this one makes redundant. */
  replaces?: readonly string[];
};

// What a prompt's words add to a site ("vegan" → a plant-based feature), as content: content/hints.json.
export const hintDefs: readonly HintDef[] = parseContent('src/modules/brief/content/hints.json', z.array(hintRowSchema), content).map(
  (row) => ({ ...row, keywords: row.keywords.join('|') }),
);

const hintPatterns = hintDefs.map((hint) => ({ hint, pattern: new RegExp(`(?<![a-z0-9])(?:${hint.keywords})(?![a-z0-9])`) }));

/** Hint ids found in a text, in `hintDefs` order, minus the ones a stronger hint replaces. */
export function detectHints(text: string, kindId: string): string[] {
  const folded = fold(text);
  const found = hintPatterns
    .filter(({ hint, pattern }) => !hint.ignoreFor?.includes(kindId) && pattern.test(folded))
    .map(({ hint }) => hint);
  const replaced = new Set(found.flatMap((hint) => hint.replaces ?? []));
  return found.filter((hint) => !replaced.has(hint.id)).map((hint) => hint.id);
}

export function hintById(id: string): HintDef | undefined {
  return hintDefs.find((hint) => hint.id === id);
}

/** Hints that describe the business with an adjective ("vegan bakery"), strongest first. */
export const ADJECTIVE_HINTS = ['vegan', 'vegetarian', 'organic', 'artisan', 'family', 'open24h'] as const;

/**
 * The strongest hint present that reads as an adjective in labels like "vegan bakery"; each
 * language pack holds its words (`adjectives`).
 */
export function labelAdjective(hints: readonly string[]): string | undefined {
  return ADJECTIVE_HINTS.find((id) => hints.includes(id));
}
