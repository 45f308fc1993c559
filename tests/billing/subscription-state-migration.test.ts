import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DbHandle } from '@/lib/db/client';
import { applyMigrations, listMigrations, migrationsDir } from '@/lib/db/migrate';

// The migration that hands the subscription state to billing (20261230100000) moves what
// user_profiles held into billing_customers / billing_subscriptions and keeps every plan as it was.
// Needs PostgreSQL (TEST_DATABASE_URL, as in CI): it migrates a database in two steps.

const MOVE = '20261230100000';
const base = process.env.TEST_DATABASE_URL;
let handle: DbHandle;
let dbName: string;
let before: string;

beforeAll(async () => {
  if (!base) return;
  dbName = `pm_t_${process.env.PM_TEST_RUN_ID ?? 'local'}_move_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${dbName}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${dbName}`;
  handle = await openPostgres(url.toString(), { max: 2 });
  before = await mkdtemp(path.join(tmpdir(), 'pm-migrations-before-'));
  for (const m of await listMigrations()) {
    if (m.version < MOVE) await symlink(m.file, path.join(before, path.basename(m.file)));
  }
  await applyMigrations(handle.executor, before);
});
afterAll(async () => {
  if (!base) return;
  await handle.close();
  await rm(before, { recursive: true, force: true });
});

describe.skipIf(!base)('moving the subscription state to billing', () => {
  it('copies customer, subscription, status and period; keeps tiers and grants; drops the old columns', async () => {
    const [subscriber, granted, free] = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of [subscriber, granted, free]) {
      await handle.executor.query(`insert into auth.users (id, email) values ($1, $2)`, [id, `${id}@test.local`]);
    }
    await handle.executor.query(
      `update public.user_profiles set tier = 'pro', stripe_customer_id = 'cus_1', stripe_subscription_id = 'sub_1',
         subscription_status = 'past_due', current_period_end = '2027-01-01T00:00:00Z', cancel_at_period_end = true,
         billing_synced_at = '2026-12-01T00:00:00Z' where id = $1`,
      [subscriber],
    );
    await handle.executor.query(
      `update public.user_profiles set tier = 'enterprise', plan_grant = 'enterprise', stripe_customer_id = 'cus_2' where id = $1`,
      [granted],
    );

    expect(await applyMigrations(handle.executor, migrationsDir())).toEqual(expect.arrayContaining([expect.stringMatching(`^${MOVE}_`)]));

    expect(
      await handle.executor.query('select user_id::text, stripe_customer_id from public.billing_customers order by stripe_customer_id'),
    ).toEqual([
      { user_id: subscriber, stripe_customer_id: 'cus_1' },
      { user_id: granted, stripe_customer_id: 'cus_2' },
    ]);
    const subscriptions = await handle.executor.query<Record<string, unknown>>(
      `select user_id::text, stripe_subscription_id, status::text, tier::text, cancel_at_period_end,
         to_char(current_period_end at time zone 'UTC', 'YYYY-MM-DD') as current_period_end, to_char(synced_at at time zone 'UTC', 'YYYY-MM-DD') as synced_at
         from public.billing_subscriptions order by tier`, // a customer without a subscription has no row (status none)
    );
    expect(subscriptions).toEqual([
      expect.objectContaining({
        user_id: subscriber,
        stripe_subscription_id: 'sub_1',
        status: 'past_due',
        tier: 'pro',
        current_period_end: '2027-01-01',
        cancel_at_period_end: true,
        synced_at: '2026-12-01',
      }),
    ]);
    expect(
      await handle.executor.query(
        `select id::text, tier::text, plan_grant from public.user_profiles where id = any($1::uuid[]) order by tier::text`,
        [[subscriber, granted, free]],
      ),
    ).toEqual([
      { id: granted, tier: 'enterprise', plan_grant: 'enterprise' },
      { id: free, tier: 'free', plan_grant: null },
      { id: subscriber, tier: 'pro', plan_grant: null },
    ]);
    const columns = await handle.executor.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_schema = 'public' and table_name = 'user_profiles'`,
    );
    expect(columns.map((c) => c.column_name)).not.toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^(stripe_|subscription_status|current_period_end|cancel_at_period_end|billing_synced_at)/),
      ]),
    );
  });
});
