import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openPostgres, type DbHandle } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// The request path's login role (DATABASE_REQUEST_URL → `authenticator`): it can switch to the
// API roles and nothing else, so SQL smuggled into a withRls transaction that tries
// `reset role` lands on a role with no privileges, not on the superuser.

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
let handle: DbHandle & { url?: string };
let requestDb: DbHandle | undefined;

beforeAll(async () => {
  handle = await createTestDb();
  if (handle.url) {
    const url = new URL(handle.url);
    url.username = 'authenticator';
    url.password = '';
    requestDb = await openPostgres(url.toString(), { max: 2 });
  }
});
afterAll(async () => {
  await requestDb?.close();
  await handle.close();
});

const escape = (tx: Parameters<Parameters<typeof withRls>[1]>[0]) =>
  tx.execute(sql`reset role`).then(() => tx.execute(sql`select count(*) from public.user_profiles`));

// PGlite (no TEST_DATABASE_URL) has a single built-in user: this is a PostgreSQL deployment's concern.
describe.runIf(onPostgres)('the request login role', () => {
  it('runs requests under RLS as before', async () => {
    const user = await createTestUser(handle);
    const rows = await withRls(
      user.claims,
      async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`select id from public.user_profiles`)),
      requestDb!.db,
    );
    expect(rows.map((row) => row.id)).toEqual([user.id]);
  });

  it('leaves nothing to escape to: `reset role` inside a request can read no table', async () => {
    const user = await createTestUser(handle);
    await expect(withRls(user.claims, escape, requestDb!.db)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The same smuggled SQL on the privileged connection would have read every profile: the
    // login role is what stops it.
    await expect(withRls(user.claims, escape, handle.db)).resolves.toBeDefined();
  });

  it('cannot switch to a privileged role either', async () => {
    const user = await createTestUser(handle);
    for (const role of ['service_role', 'postgres'])
      await expect(
        withRls(user.claims, (tx) => tx.execute(sql.raw(`set local role ${role}`)), requestDb!.db),
        role,
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
