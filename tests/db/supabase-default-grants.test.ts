import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { withRls } from '@/lib/db/with-rls';
import type { DbHandle } from '@/lib/db/client';
import { claimsFor } from '@tests/helpers/test-db';
import { createTestDbFast, outcomeOf, rowsOf, snapshot } from '@tests/helpers/rls-matrix';

/**
 * On a hosted Supabase project, supabase/postgres' initial schema runs
 * `alter default privileges in schema public grant all on tables to anon,
 * authenticated, service_role`. So every table our migration creates starts
 * with table-wide ALL (INSERT, UPDATE of every column, DELETE, TRUNCATE) for
 * anon and authenticated, and the migration's narrow `grant update (cols)`
 * lines add nothing. The plain PostgreSQL/PGlite test databases do not have
 * those defaults, which is why the main matrix cannot see this.
 *
 * This file migrates a database that carries Supabase's defaults and checks
 * that the grants we rely on still hold there.
 */

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDbFast({ supabaseDefaultPrivileges: true });
});
afterAll(async () => {
  await handle.close();
});

async function newUser(userType: 'client' | 'admin' = 'client'): Promise<{ id: string; email: string }> {
  const [row] = await handle.executor.query<{ id: string; email: string }>(
    `insert into auth.users (id, email) values (gen_random_uuid(), 'sb-' || gen_random_uuid() || '@test.local') returning id::text, email`,
  );
  if (userType === 'admin') await handle.executor.query(`update public.user_profiles set user_type = 'admin' where id = $1`, [row!.id]);
  return row!;
}

/** Privileges the migration never grants; with Supabase's defaults they appear anyway. */
const MUST_NOT_HAVE: Array<[role: string, table: string, privilege: string, column?: string]> = [
  ['authenticated', 'public.audit_log', 'TRUNCATE'],
  ['authenticated', 'public.audit_log', 'INSERT'],
  ['authenticated', 'public.projects', 'TRUNCATE'],
  ['authenticated', 'public.user_profiles', 'TRUNCATE'],
  ['authenticated', 'public.user_profiles', 'DELETE'],
  ['authenticated', 'public.user_profiles', 'UPDATE', 'user_type'],
  ['authenticated', 'public.billing_subscriptions', 'UPDATE'],
  ['authenticated', 'public.billing_subscriptions', 'INSERT'],
  ['authenticated', 'public.job_events', 'INSERT'],
  ['authenticated', 'public.job_runs', 'UPDATE'],
  ['authenticated', 'public.usage_events', 'INSERT'],
  ['authenticated', 'public.billing_customers', 'UPDATE'],
  ['authenticated', 'public.billing_customers', 'DELETE'],
  ['authenticated', 'public.projects', 'UPDATE', 'owner_id'],
  ['authenticated', 'public.impersonation_sessions', 'UPDATE', 'started_at'],
  ['authenticated', 'public.impersonation_sessions', 'UPDATE', 'client_id'],
  ['authenticated', 'public.tier_limits', 'UPDATE'],
  ['authenticated', 'public.email_outbox', 'INSERT'],
  ['anon', 'public.user_profiles', 'SELECT'],
  ['anon', 'public.tier_limits', 'DELETE'],
  // The agency's terms and privacy texts: everyone reads them, only admins write (and no one truncates).
  ['authenticated', 'public.legal_texts', 'TRUNCATE'],
  ['anon', 'public.legal_texts', 'INSERT'],
  ['anon', 'public.legal_texts', 'UPDATE'],
  ['anon', 'public.legal_texts', 'DELETE'],
  ['anon', 'public.legal_texts', 'TRUNCATE'],
  ['authenticated', 'public.legal_texts', 'UPDATE', 'updated_at'],
  ['authenticated', 'public.legal_texts', 'UPDATE', 'updated_by'],
];

describe('with Supabase’s default privileges', () => {
  it('anon and authenticated hold only the privileges the migration grants', async () => {
    const granted: string[] = [];
    for (const [role, table, privilege, column] of MUST_NOT_HAVE) {
      const [row] = column
        ? await handle.executor.query<{ ok: boolean }>('select has_column_privilege($1, $2, $3, $4) as ok', [
            role,
            table,
            column,
            privilege,
          ])
        : await handle.executor.query<{ ok: boolean }>('select has_table_privilege($1, $2, $3) as ok', [role, table, privilege]);
      if (row!.ok) granted.push(`${role} ${privilege} ${table}${column ? `.${column}` : ''}`);
    }
    expect(granted).toEqual([]);
  });

  it('a client cannot promote themselves to admin', async () => {
    const client = await newUser();
    const claims = claimsFor(client.id, client.email);
    const before = await snapshot(handle, 'select * from public.user_profiles where id = $1', [client.id]);
    const outcome = await outcomeOf(() =>
      withRls(
        claims,
        async (tx) =>
          rowsOf(await tx.execute(sql`update public.user_profiles set user_type = 'admin' where id = ${client.id} returning id`)).length,
        handle.db,
      ),
    );
    expect(outcome).toMatchObject({ kind: 'error', code: 'FORBIDDEN' });
    expect(await snapshot(handle, 'select * from public.user_profiles where id = $1', [client.id])).toEqual(before);
  });

  it('a client cannot TRUNCATE the audit log (TRUNCATE ignores RLS)', async () => {
    const client = await newUser();
    const admin = await newUser('admin');
    await handle.executor.query(`insert into public.impersonation_sessions (admin_id, client_id) values ($1, $2)`, [admin.id, client.id]);
    const rollback = new Error('rollback');
    const outcome = await outcomeOf(() =>
      withRls(
        claimsFor(client.id, client.email),
        async (tx) => {
          await tx.execute(sql`truncate public.audit_log`);
          throw rollback; // keep the fixture; we only want to know whether it was allowed
        },
        handle.db,
      ),
    );
    expect(outcome).toMatchObject({ kind: 'error', code: 'FORBIDDEN' });
  });

  // What still holds with the defaults: RLS itself.
  it('row-level security still hides other tenants and refuses forged audit rows', async () => {
    const a = await newUser();
    const b = await newUser();
    const seen = await withRls(
      claimsFor(a.id, a.email),
      async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`select id::text from public.user_profiles`)),
      handle.db,
    );
    expect(seen.map((r) => r.id)).toEqual([a.id]);
    const updated = await withRls(
      claimsFor(a.id, a.email),
      async (tx) => rowsOf(await tx.execute(sql`update public.user_profiles set display_name = 'x' where id = ${b.id} returning id`)),
      handle.db,
    );
    expect(updated).toEqual([]);
    const forged = await outcomeOf(() =>
      withRls(
        claimsFor(a.id, a.email),
        async (tx) => rowsOf(await tx.execute(sql`insert into public.audit_log (action) values ('forged') returning id`)).length,
        handle.db,
      ),
    );
    expect(forged).toMatchObject({ kind: 'error', code: 'FORBIDDEN' });
  });
});
