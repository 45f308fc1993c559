import type { ProviderKind } from '@/lib/ai/providers';
import type { TokenCounts, UsageTotals } from './generation-types';

export type UsageTally = {
  /** Counts one call's tokens and remembers the provider (offline calls count as zero). */
  record(provider: ProviderKind, usage: TokenCounts): void;
  providers(): ProviderKind[];
  totals(): UsageTotals;
};

/** Running token totals for one engine operation, per provider, in first-use order. */
export function tallyUsage(): UsageTally {
  const byProvider = new Map<ProviderKind, TokenCounts>();
  return {
    record(provider, usage) {
      const current = byProvider.get(provider) ?? { inputTokens: 0, outputTokens: 0 };
      byProvider.set(provider, {
        inputTokens: current.inputTokens + usage.inputTokens,
        outputTokens: current.outputTokens + usage.outputTokens,
      });
    },
    providers: () => [...byProvider.keys()],
    totals() {
      let inputTokens = 0;
      let outputTokens = 0;
      for (const counts of byProvider.values()) {
        inputTokens += counts.inputTokens;
        outputTokens += counts.outputTokens;
      }
      return { inputTokens, outputTokens, byProvider: Object.fromEntries(byProvider) };
    },
  };
}
