import { describe, expect, it } from 'vitest';
import { nowInSeconds as now, setUpBillingWorld } from './billing-world';
import { eventHelpers } from './stripe-events/event-helpers';

// Billing owns the subscription state (issue 35): a Stripe subscription event writes billing's
// tables only. The account's plan (user_profiles.tier, what the limit triggers lock and read)
// follows through billing's database trigger, never through a statement the webhook sends.

const world = setUpBillingWorld({ webhookSecret: 'whsec_test_subscription_ownership' });
const { profileOf, deliverJson } = eventHelpers(world);

/**
 * Records every statement sent straight to a table outside billing (trigger depth 1: not a write a
 * trigger made), from now on, in this file's own database.
 */
async function recordDirectWritesOutsideBilling(): Promise<() => Promise<{ table: string; op: string }[]>> {
  await world.handle.executor.exec(`
    create table if not exists public.test_direct_writes (tbl text not null, op text not null);
    create or replace function public.test_record_direct_write() returns trigger language plpgsql as $$
    begin
      if pg_trigger_depth() = 1 then insert into public.test_direct_writes values (tg_table_name, tg_op); end if;
      return null;
    end $$;
    do $$
    declare t record;
    begin
      for t in select tablename from pg_tables
                where schemaname = 'public' and tablename not like 'billing\\_%' and tablename <> 'test_direct_writes' loop
        execute format('drop trigger if exists test_direct_write on public.%I', t.tablename);
        execute format('create trigger test_direct_write after insert or update or delete on public.%I
                          for each statement execute function public.test_record_direct_write()', t.tablename);
      end loop;
    end $$;
    truncate public.test_direct_writes;
  `);
  return async () =>
    (await world.handle.executor.query<{ tbl: string; op: string }>('select tbl, op from public.test_direct_writes')).map((r) => ({
      table: r.tbl,
      op: r.op,
    }));
}

describe('the webhook → subscription path', () => {
  it('writes billing tables only; the plan follows the subscription through billing’s trigger', async () => {
    const { user, subscription } = await world.subscriber('pro');
    const directWrites = await recordDirectWritesOutsideBilling();
    const t = now();

    expect(await deliverJson(world.event('customer.subscription.created', subscription, t - 30))).toMatchObject({ outcome: 'applied' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'pro', subscriptionStatus: 'active', stripeSubscriptionId: subscription.id });

    const pastDue = world.standIn.updateSubscription(subscription.id, { status: 'past_due' });
    expect(await deliverJson(world.event('customer.subscription.updated', pastDue, t - 20))).toMatchObject({ outcome: 'applied' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'pro', subscriptionStatus: 'past_due' });

    const ended = world.standIn.updateSubscription(subscription.id, { status: 'canceled' });
    expect(await deliverJson(world.event('customer.subscription.deleted', ended, t - 10))).toMatchObject({ outcome: 'applied' });
    expect(await profileOf(user.id)).toMatchObject({ tier: 'free', stripeSubscriptionId: null });

    expect(await directWrites()).toEqual([]);
  });
});
