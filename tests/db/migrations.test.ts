import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, listMigrations } from '@/lib/db/migrate';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import type { DbHandle } from '@/lib/db/client';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe('migrations', () => {
  it('apply once, record every file, and are a no-op the second time', async () => {
    const files = await listMigrations();
    const rows = await handle.executor.query<{ version: string }>(
      'select version from supabase_migrations.schema_migrations order by version',
    );
    expect(rows.map((r) => r.version)).toEqual(files.map((f) => f.version));
    expect(await applyMigrations(handle.executor)).toEqual([]);
  });

  it('re-running the Supabase compatibility migration does not clash with existing objects', async () => {
    const [compat] = await listMigrations();
    const { readFile } = await import('node:fs/promises');
    await handle.executor.exec(await readFile(compat!.file, 'utf8'));
  });

  it('creates a profile for every new auth user, on the free tier as a client', async () => {
    const user = await createTestUser(handle);
    const rows = await handle.executor.query<{ tier: string; user_type: string }>(
      'select tier, user_type from public.user_profiles where id = $1',
      [user.id],
    );
    expect(rows).toEqual([{ tier: 'free', user_type: 'client' }]);
  });

  it('has RLS enabled on every table in public', async () => {
    const rows = await handle.executor.query<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity`,
    );
    expect(rows).toEqual([]);
  });
});
