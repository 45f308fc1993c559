import { describe, expect, it } from 'vitest';
import raw from './content/plans.json';
import { PLAN_CATALOGUE, parsePlanCatalogue } from './plan-catalogue';
import { tierLimitsUpsertSql } from './plan-limits-sql';
import { PLANS, getPlan } from './plans';

describe('plan catalogue', () => {
  it('gives each billed meter the plan’s hard limit as its included amount (Stripe charges only above it)', () => {
    const basic = getPlan('basic');
    const included = Object.fromEntries(basic.meters.map((m) => [m.metric, m.included]));
    expect(included).toEqual({
      page_generate: basic.limits.generationsPerMonth,
      ai_token: basic.limits.aiTokensPerMonth,
      container_hours: 2232,
      storage_gb: basic.limits.storageGiB,
    });
    expect(getPlan('enterprise').meters).toEqual([]);
    expect(PLANS.map((p) => p.tier)).toEqual(PLAN_CATALOGUE.tiers.map((t) => t.tier));
  });

  it.each([
    ['a tier listed twice', (c: typeof raw) => ({ ...c, tiers: [...c.tiers, c.tiers[0]] }), /exactly once/],
    [
      'a price without its lookup key',
      (c: typeof raw) => ({ ...c, tiers: c.tiers.map((t) => ({ ...t, lookupKey: null })) }),
      /go together/,
    ],
    [
      'a negative limit',
      (c: typeof raw) => ({ ...c, tiers: c.tiers.map((t) => ({ ...t, limits: { ...t.limits, projects: -1 } })) }),
      /tiers\.0\.limits\.projects/,
    ],
    ['an unknown field', (c: typeof raw) => ({ ...c, discount: 10 }), /discount|Unrecognized/],
  ])('refuses %s at load', (_name, mutate, message) => {
    expect(() => parsePlanCatalogue(mutate(structuredClone(raw)))).toThrow(message);
  });

  it('generates the same migration text for the same catalogue (so regenerating is a no-op)', () => {
    expect(tierLimitsUpsertSql()).toBe(tierLimitsUpsertSql(parsePlanCatalogue(structuredClone(raw))));
    expect(tierLimitsUpsertSql()).toContain("('free', 0, 1, 1, 5368709120, 26214400, 1, 15, 30, 300000, 1)");
  });
});
