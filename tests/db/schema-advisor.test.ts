import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@tests/helpers/test-db';
import type { DbHandle } from '@/lib/db/client';
import { runSplinter } from './splinter/run-splinter';

// Supabase's database advisor (splinter) must report nothing on our schema,
// after our migrations (not the harness's own compatibility objects).
let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  // Supabase grants every API role all privileges on new public tables by
  // default; apply the same default here so access-based lints see what
  // they would see on a real project.
  await handle.executor.exec(`
    grant usage on schema public to anon, authenticated, service_role;
  `);
});
afterAll(async () => {
  await handle.close();
});

describe('database advisor (splinter)', () => {
  it('reports no findings on the migrated schema', async () => {
    const findings = await runSplinter((text) => handle.executor.query(text));
    expect(findings.map((f) => `${f.name}: ${f.detail}`)).toEqual([]);
  });
});
