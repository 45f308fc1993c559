import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { PLAN_CATALOGUE } from '@/modules/billing/plan-catalogue';
import { TIER_LIMIT_COLUMNS, tierLimitsRows } from '@/modules/billing/plan-limits-sql';
import { createTestDb } from '@tests/helpers/test-db';

// The plan catalogue (src/modules/billing/content/plans.json) is the one source of a plan's limits;
// the database enforces them from tier_limits. Every migration applied to a fresh database must
// leave tier_limits equal to the catalogue: a catalogue edit without `npm run plans:migration`, a
// hand-written migration that changes a limit, or a new limit column the catalogue does not know
// fails here, naming the tier and column.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => handle?.close());

describe('plan catalogue ↔ tier_limits', () => {
  it('has a catalogue entry for every tier the database knows, and no other', async () => {
    const rows = await handle.executor.query<{ tier: string }>(`select unnest(enum_range(null::public.tier))::text as tier`);
    expect(PLAN_CATALOGUE.tiers.map((t) => t.tier).sort()).toEqual(rows.map((r) => r.tier).sort());
  });

  it('derives every limit column of tier_limits from the catalogue', async () => {
    const columns = await handle.executor.query<{ column_name: string }>(
      `select column_name::text from information_schema.columns where table_schema = 'public' and table_name = 'tier_limits'`,
    );
    const limitColumns = columns.map((c) => c.column_name).filter((c) => !['tier', 'display_order', 'created_at'].includes(c));
    expect(limitColumns.sort()).toEqual(Object.keys(TIER_LIMIT_COLUMNS).sort());
  });

  it('holds exactly the catalogue’s numbers after every migration', async () => {
    const columns = ['display_order', ...Object.keys(TIER_LIMIT_COLUMNS)];
    const rows = await handle.executor.query<Record<string, string | null>>(
      `select tier::text, ${columns.map((c) => `${c}::text`).join(', ')} from public.tier_limits order by display_order`,
    );
    const inDatabase = Object.fromEntries(rows.map((r) => [r.tier, r]));
    const drift: string[] = [];
    for (const expected of tierLimitsRows()) {
      const actual = inDatabase[expected.tier];
      for (const column of columns) {
        const want = expected[column as keyof typeof expected];
        const wanted = want === null ? null : String(want);
        const got = actual ? actual[column] : '(no row)';
        if (got !== wanted) drift.push(`${expected.tier}.${column}: catalogue ${wanted ?? 'null'}, database ${got ?? 'null'}`);
      }
    }
    // One line per difference, so the failure says what to regenerate.
    expect(drift, `tier_limits differ from plans.json — run npm run plans:migration:\n${drift.join('\n')}`).toEqual([]);
  });
});
