-- Billing through Stripe (issue 13).
--
--  * user_profiles keeps the one copy of a client's plan: tier, subscription status, the current
--    period's end and which Stripe event last set them (billing_synced_at: events older than it
--    never overwrite a newer state). plan_grant records a plan an agency admin gave by hand
--    (complimentary or enterprise): Stripe then never changes the tier. Only system code (the
--    webhook) writes the Stripe columns; only admins set plan_grant (audited by
--    audit_user_profiles, like every admin write).
--  * billing_events: each Stripe event id once, written in the same transaction as its effect.
--  * meter_pushes: usage aggregated per customer · meter · minute, with the identifier Stripe
--    dedupes on; usage_events.push_id ties every event to the one aggregate that carries it.

alter table public.user_profiles
  add column current_period_end timestamptz,
  add column cancel_at_period_end boolean not null default false,
  add column billing_synced_at timestamptz,
  add column plan_grant text check (plan_grant in ('complimentary', 'enterprise'));

grant update (plan_grant) on public.user_profiles to authenticated;

create or replace function private.guard_profile_update() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  if current_user not in ('authenticated', 'anon') then
    new.updated_at := now();
    return new;
  end if;
  if (new.tier, new.account_status, new.plan_grant) is distinct from (old.tier, old.account_status, old.plan_grant)
     and not (select private.is_admin()) then
    raise exception 'only an agency admin can change tier or account status'
      using errcode = '42501';
  end if;
  if (new.id, new.email, new.user_type, new.stripe_customer_id, new.stripe_subscription_id, new.subscription_status,
      new.current_period_end, new.cancel_at_period_end, new.billing_synced_at)
     is distinct from
     (old.id, old.email, old.user_type, old.stripe_customer_id, old.stripe_subscription_id, old.subscription_status,
      old.current_period_end, old.cancel_at_period_end, old.billing_synced_at) then
    raise exception 'these profile fields are managed by the system' using errcode = '42501';
  end if;
  new.updated_at := now();
  return new;
end;
$$;

-- ---------------------------------------------------------------------------
-- billing_events: Stripe webhook events already processed. Written only by the webhook (system
-- code, privileged connection) in the same transaction as the event's effect, so a redelivered
-- event finds its id and changes nothing. Admins read; clients see nothing.
-- ---------------------------------------------------------------------------
create table public.billing_events (
  id text primary key,
  type text not null,
  stripe_created timestamptz not null,
  user_id uuid references public.user_profiles (id) on delete set null,
  outcome text not null,
  created_at timestamptz not null default now()
);
create index billing_events_user_id_idx on public.billing_events (user_id);
alter table public.billing_events enable row level security;
create policy "billing events: admins read" on public.billing_events
  for select to authenticated using ((select private.is_admin()));
grant select on public.billing_events to authenticated;
grant all on public.billing_events to service_role;

-- ---------------------------------------------------------------------------
-- meter_pushes: one row per Billing Meter event we send (or will send) to Stripe. The identifier
-- is derived from the row's bucket (customer, meter, minute, sequence) when the row is created,
-- before anything is sent, so every retry sends the same identifier. Written only by the meter
-- push cron (system code). The client reads their own rows; admins read all.
-- ---------------------------------------------------------------------------
create table public.meter_pushes (
  id bigint primary key generated always as identity,
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  stripe_customer_id text not null,
  meter text not null check (meter in ('page_generate', 'ai_token', 'container_hours', 'storage_gb')),
  minute timestamptz not null,
  seq integer not null check (seq >= 0),
  identifier text not null unique,
  value numeric not null check (value >= 0),
  status text not null default 'pending' check (status in ('pending', 'sent', 'expired')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  sent_at timestamptz,
  created_at timestamptz not null default now(),
  unique (user_id, meter, minute, seq)
);
create index meter_pushes_pending_idx on public.meter_pushes (next_attempt_at) where status = 'pending';
create index meter_pushes_status_idx on public.meter_pushes (status);
alter table public.meter_pushes enable row level security;
create policy "meter pushes: own rows or admin" on public.meter_pushes
  for select to authenticated using (user_id = (select auth.uid()) or (select private.is_admin()));
grant select on public.meter_pushes to authenticated;
grant all on public.meter_pushes to service_role;

alter table public.usage_events add column push_id bigint references public.meter_pushes (id);
create index usage_events_push_id_idx on public.usage_events (push_id);
create index usage_events_unassigned_idx on public.usage_events (user_id, metric) where push_id is null;

-- A usage event joins one aggregate, once: push_id never changes after it is set.
create or replace function private.guard_usage_update() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if (new.id, new.user_id, new.metric, new.quantity, new.idempotency_key, new.properties, new.occurred_at, new.created_at)
     is distinct from
     (old.id, old.user_id, old.metric, old.quantity, old.idempotency_key, old.properties, old.occurred_at, old.created_at)
     or (new.project_id is distinct from old.project_id and new.project_id is not null)
     or (old.push_id is not null and new.push_id is distinct from old.push_id) then
    raise exception 'usage events are append-only' using errcode = '42501';
  end if;
  return new;
end;
$$;
