import { z } from 'zod';
import raw from './content/model-prices.json';

/**
 * The per-model price table behind the cost estimate of every recorded model call. Prices are
 * content (content/model-prices.json, reviewed as data), validated here once at load: a typo in
 * the file fails the first import (and model-prices.test.ts), never a call.
 */
const modelPricesSchema = z
  .object({
    currency: z.literal('USD'),
    asOf: z.iso.date(),
    note: z.string(),
    models: z
      .array(
        z.object({
          model: z.string().min(1).max(200),
          inputPerMillion: z.number().finite().nonnegative(),
          outputPerMillion: z.number().finite().nonnegative(),
        }),
      )
      .min(1),
  })
  .refine((table) => new Set(table.models.map((m) => m.model)).size === table.models.length, {
    message: 'a model is listed twice',
  });

export type ModelPrices = z.infer<typeof modelPricesSchema>;

export function parseModelPrices(value: unknown): ModelPrices {
  return modelPricesSchema.parse(value);
}

const prices = new Map(parseModelPrices(raw).models.map((m) => [m.model, m]));

/** Estimated cost in USD of one call, or null when the model has no price (unknown is not free). */
export function estimateCostUsd(model: string, usage: { inputTokens: number; outputTokens: number }): number | null {
  const price = prices.get(model);
  if (!price) return null;
  return (usage.inputTokens * price.inputPerMillion + usage.outputTokens * price.outputPerMillion) / 1_000_000;
}
