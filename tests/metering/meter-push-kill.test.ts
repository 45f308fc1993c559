import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { DbHandle } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { createStripeClient } from '@/lib/payments/get-stripe';
import { unsafeLinkStripeCustomer } from '@/modules/billing/unsafe-save-subscription';
import { setupStripeCatalog } from '@/modules/billing/setup-stripe-catalog';
import { recordUsage, type UsageEventInput } from '@/modules/metering/record-usage';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { startStripeStandIn, type StripeStandIn } from '@tests/fakes/stripe/server';

// The meter push as a real process (tests/metering/fixtures/meter-push-worker.ts) against the
// Stripe stand-in and the PostgreSQL server. Stripe answers 500 or never answers (the client times
// out; half of those were processed anyway) for 30 % of meter calls; the process is killed with
// SIGKILL mid-push — at the moment Stripe has accepted an event whose answer the process will never
// read — and a new process takes over. Afterwards Stripe's per-customer sums equal the recorded
// usage exactly: nothing lost, nothing counted twice.
// Needs PostgreSQL (two processes on one database): set TEST_DATABASE_URL, as CI does.

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const script = path.join(import.meta.dirname, 'fixtures', 'meter-push-worker.ts');
const METRICS = ['page_generate', 'ai_token', 'container_hours', 'storage_gb'] as const;
const children: ChildProcess[] = [];
let handle: DbHandle & { url?: string };
let standIn: StripeStandIn;
let stripe: Stripe;

beforeAll(async () => {
  if (!onPostgres) return;
  handle = await createTestDb();
  let seed = 7; // seeded faults: the same run every time
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  standIn = await startStripeStandIn({ random });
  stripe = createStripeClient('sk_test_standin', standIn.url, { maxNetworkRetries: 0 });
  await setupStripeCatalog(stripe);
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await standIn?.close();
  await handle?.close();
});

function startPusher(clockStart: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: path.resolve(import.meta.dirname, '..', '..'),
    env: { ...process.env, DATABASE_URL: handle.url!, STRIPE_API_BASE: standIn.url, CLOCK_START_MS: String(clockStart) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** Usage over the last twenty minutes; quantities exact in binary (integers and quarters). */
function usageFor(userId: string, count: number, base: number): UsageEventInput[] {
  return Array.from({ length: count }, (_, i) => {
    const metric = METRICS[i % METRICS.length]!;
    const quantity =
      metric === 'ai_token' ? 100 + (i % 977) : metric === 'container_hours' ? 0.25 * (1 + (i % 4)) : metric === 'storage_gb' ? 3 : 1;
    return {
      userId,
      metric,
      quantity,
      idempotencyKey: `kill-test:${randomUUID()}`,
      occurredAt: new Date(base - ((i * 7919) % 1_200_000) - 60_000),
    };
  });
}

async function count(query: ReturnType<typeof sql>) {
  return rowsOf<{ n: number }>(await handle.db.execute(query))[0]!.n;
}

describe('meter push in a process killed mid-push', () => {
  it.skipIf(!onPostgres)(
    onPostgres
      ? 'Stripe’s sums equal the recorded usage after 30 % failures, a SIGKILL and a restart'
      : 'needs PostgreSQL: set TEST_DATABASE_URL',
    async () => {
      const now = Date.now();
      const customers = new Map<string, string>();
      for (let i = 0; i < 5; i++) {
        const user = await createTestUser(handle);
        const customer = await stripe.customers.create({ email: user.email });
        await unsafeLinkStripeCustomer(handle.db, user.id, customer.id);
        customers.set(user.id, customer.id);
        await recordUsage(usageFor(user.id, 300, now));
      }
      standIn.setOptions({ meterFailRate: 0.15, meterTimeoutRate: 0.15 });

      // The first process dies the moment Stripe accepts its 60th event, before the answer is written.
      const first = startPusher(now);
      standIn.setOptions({
        onMeterEventAccepted: (accepted) => {
          if (accepted >= 60 && first.child.exitCode === null && !first.child.killed) first.child.kill('SIGKILL');
        },
      });
      const died = await first.exited;
      expect(died.signal, JSON.stringify(first.output())).toBe('SIGKILL');
      expect(first.output().stdout).not.toContain('drained');
      standIn.setOptions({ onMeterEventAccepted: undefined });

      // What the kill left: aggregates Stripe has that we never marked sent, and some marked.
      const accepted = new Set(standIn.meterEvents().map((e) => e.identifier));
      const pending = rowsOf<{ identifier: string }>(
        await handle.db.execute(sql`select identifier from public.meter_pushes where status = 'pending'`),
      );
      const acceptedUnmarked = pending.filter((p) => accepted.has(p.identifier)).map((p) => p.identifier);
      expect(acceptedUnmarked.length).toBeGreaterThan(0);
      expect(await count(sql`select count(*)::int as n from public.meter_pushes where status = 'sent'`)).toBeGreaterThan(0);

      // A new process takes over (its clock a day on: everything backing off is due) and drains.
      const second = startPusher(now + 86_400_000);
      const finished = await second.exited;
      expect(finished.code, JSON.stringify(second.output())).toBe(0);
      expect(second.output().stdout).toContain('drained');
      expect(standIn.stats.meterFailures).toBeGreaterThan(20);
      // The aggregates Stripe accepted unbeknown to the killed process went again, under the same
      // identifiers (Stripe kept one of each), and are marked sent now.
      const marked = rowsOf<{ identifier: string; status: string }>(
        await handle.db.execute(
          sql`select identifier, status from public.meter_pushes where identifier = any(string_to_array(${acceptedUnmarked.join(',')}, ','))`,
        ),
      );
      expect(marked.map((m) => m.status)).toEqual(acceptedUnmarked.map(() => 'sent'));

      const recorded = rowsOf<{ user_id: string; metric: string; total: string }>(
        await handle.db.execute(sql`select user_id, metric, sum(quantity)::text as total from public.usage_events group by 1, 2`),
      );
      expect(recorded).toHaveLength(customers.size * METRICS.length);
      const sums = standIn.meterSums();
      for (const row of recorded) {
        expect(sums.get(`${customers.get(row.user_id)}|${row.metric}`), `${row.metric} of ${row.user_id}`).toBe(Number(row.total));
      }
      expect(await count(sql`select count(*)::int as n from public.meter_pushes where status <> 'sent'`)).toBe(0);
    },
    90_000,
  );
});
