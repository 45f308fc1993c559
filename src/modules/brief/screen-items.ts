import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/item-screen.json';
import { itemFeatures, placesOf, type ItemContext } from './item-features';
import type { BriefItem, UnusedReason } from './site-brief-schema';

/**
 * The last word on whether a visitor should read an item the reader cut from a prompt. The rules
 * before it cut the prompt and name each piece's role; they cannot tell, piece by piece, the
 * writer's talk to us ("o celular vai confundir", "I'm begging you"), a private aside ("avô era
 * sapateiro"), a fragment ("resto", "cuatro") or a word explained ("Durazno es el departamento, no
 * la fruta") from a fact of the business. Those were labelled by people who read the prompts and
 * not the rules (tests/eval/items/data), and a logistic model over the item's words, its sentence's
 * words, its shape and the reading cues' word families learned from them
 * (tests/eval/items/train-item-screen.ts writes content/item-screen.json). An item it scores at or
 * above the threshold is set aside as said, not published.
 *
 * The weights are data, trained from labels — not a rule per prompt: a new prompt's asides are
 * caught by what their words have in common with the labelled ones.
 */
const screenSchema = z.object({
  $comment: z.string().optional(),
  /**
   * The score from which an item is set aside, by the prompt's length (item-features.ts: under 60
   * words, under 150, under 400, longer), chosen on held-out folds of the labelled prompts.
   */
  thresholds: z.object({
    s: z.number().min(0).max(1),
    m: z.number().min(0).max(1),
    l: z.number().min(0).max(1),
    xl: z.number().min(0).max(1),
  }),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
});

const model = parseContent('src/modules/brief/content/item-screen.json', screenSchema, raw);

export type ScreenWeights = { bias: number; weights: Readonly<Record<string, number>> };

/** How likely a visitor should not read the item (0–1), by the given weights. */
export function dropScore(features: readonly string[], weights: ScreenWeights = model): number {
  let sum = weights.bias;
  for (const feature of features) sum += weights.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

/**
 * What the screen leaves alone. A thing said in a list of short pieces ("burgers, funnel cakes and
 * popcorn"), on a list's line or with its price is offered by the way it is said (single words in
 * a list are what the labels most often kept and the weights most often doubt). A feature the
 * words asked for, or a section asked for ("uma seção sobre a história"), is the site's to build,
 * whatever the words around it.
 */
export function isBeyondScreen(features: readonly string[]): boolean {
  return ['s:list', 'listline', 'priced', 'feature', 'r:topic'].some((feature) => features.includes(feature));
}

/** Whether the item is published: beyond the screen, or scored under the threshold, at any place it was said. */
function isKept(item: BriefItem, context: ItemContext): boolean {
  const places = placesOf(context.text, context.folded, item.text);
  return (places.length > 0 ? places : [-1]).some((at) => {
    const features = itemFeatures(item, context, at);
    const band = features.find((feature) => feature.startsWith('P:'))?.slice(2) as keyof typeof model.thresholds;
    return isBeyondScreen(features) || dropScore(features) < model.thresholds[band];
  });
}

export function screenItems(
  items: readonly BriefItem[],
  context: ItemContext,
): { items: BriefItem[]; unused: Array<{ words: string; why: UnusedReason }> } {
  const kept: BriefItem[] = [];
  const unused: Array<{ words: string; why: UnusedReason }> = [];
  for (const item of items) {
    if (isKept(item, context)) kept.push(item);
    else unused.push({ words: item.text.slice(0, 160), why: 'aside' });
  }
  return { items: kept, unused };
}
