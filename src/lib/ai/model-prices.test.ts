import { describe, expect, it } from 'vitest';
import raw from './content/model-prices.json';
import { estimateCostUsd, parseModelPrices } from './model-prices';

describe('the model price table', () => {
  it('is valid content, one row per model', () => {
    expect(parseModelPrices(raw).models.length).toBeGreaterThan(0);
  });

  it('refuses a negative price and a model listed twice', () => {
    const row = { model: 'm', inputPerMillion: 1, outputPerMillion: 2 };
    expect(() => parseModelPrices({ ...raw, models: [{ ...row, inputPerMillion: -1 }] })).toThrow();
    expect(() => parseModelPrices({ ...raw, models: [row, row] })).toThrow();
  });

  it('estimates from tokens, and gives no estimate for a model without a price', () => {
    expect(estimateCostUsd('gpt-4.1-mini', { inputTokens: 1_000_000, outputTokens: 500_000 })).toBeCloseTo(0.4 + 0.8, 10);
    expect(estimateCostUsd('offline-composer', { inputTokens: 0, outputTokens: 0 })).toBe(0);
    expect(estimateCostUsd('some-self-hosted-model', { inputTokens: 10, outputTokens: 10 })).toBeNull();
  });
});
