import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { leadPurposes } from '@/modules/document/lead-forms';
import { createTestDb } from '@tests/helpers/test-db';

// The purposes a lead can be filed under are listed once, in document/lead-forms.ts; the
// database's check on leads.kind is a copy SQL needs. This fails when the two drift — a purpose
// the renderer writes and the host accepts, but the insert refuses.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe('lead purposes', () => {
  it('the database accepts exactly the purposes of document/lead-forms.ts', async () => {
    const [row] = rowsOf<{ definition: string }>(
      await handle.db.execute(
        sql`select pg_get_constraintdef(oid) as definition from pg_constraint where conname = 'leads_kind_check' and conrelid = 'public.leads'::regclass`,
      ),
    );
    const allowed = [...(row?.definition ?? '').matchAll(/'([a-z_]+)'::text/g)].map((match) => match[1]);
    expect(allowed.sort()).toEqual([...leadPurposes].sort());
  });
});
