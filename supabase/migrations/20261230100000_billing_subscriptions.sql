-- Billing owns the subscription state (issue 35, point 2).
--
-- Until now a Stripe customer, subscription, its status, period end and "cancel at period end"
-- were columns of accounts' user_profiles, written by accounts code on the webhook's behalf (a
-- webhook went billing → accounts → billing). They move to two billing tables:
--
-- billing_customers: the Stripe customer of an account (one each, linked once at the first
-- checkout) and a short summary of its default payment method ("card", "boleto") for the billing
-- page.
--
-- billing_subscriptions: the subscription Stripe last told us about — its id (null once it is
-- over, so a new checkout may start), our status, the tier its price buys, the period end, whether
-- it cancels then, and synced_at (`created` of the last Stripe event applied: an older event
-- arriving late never overwrites a newer state). No row means "no subscription" (status 'none').
--
-- Both are written only by system code on the privileged connection (the Stripe webhook, the
-- checkout that links a customer): service_role only. An account reads its own rows (its billing
-- page), an agency admin reads all (the agency's billing view); nobody changes or deletes them
-- through the API.
--
-- The plan an account is on (user_profiles.tier) stays the one column every limit trigger and
-- RLS helper reads under the profile's row lock (that lock is what makes the limits race-free).
-- Billing keeps it in step: after the subscription's tier changes, the trigger below copies it to
-- the profile unless an agency admin granted a plan by hand (plan_grant) — the same rule the
-- webhook's code applied before, now in one place in the database.
create table public.billing_customers (
  user_id uuid primary key references public.user_profiles (id) on delete cascade,
  stripe_customer_id text not null unique check (length(stripe_customer_id) between 1 and 255),
  payment_method_summary text check (length(payment_method_summary) <= 100),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.billing_customers enable row level security;
create policy "billing customers: own row or admin" on public.billing_customers
  for select to authenticated using (user_id = (select auth.uid()) or (select private.is_admin()));
grant select on public.billing_customers to authenticated;
grant all on public.billing_customers to service_role;

create table public.billing_subscriptions (
  user_id uuid primary key references public.user_profiles (id) on delete cascade,
  stripe_subscription_id text check (length(stripe_subscription_id) between 1 and 255),
  status public.subscription_status not null default 'none',
  tier public.tier not null default 'free',
  current_period_end timestamptz,
  cancel_at_period_end boolean not null default false,
  synced_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- The agency's billing view and the "paying accounts" count filter on the status.
create index billing_subscriptions_status_idx on public.billing_subscriptions (status) where status <> 'none';
alter table public.billing_subscriptions enable row level security;
create policy "billing subscriptions: own row or admin" on public.billing_subscriptions
  for select to authenticated using (user_id = (select auth.uid()) or (select private.is_admin()));
grant select on public.billing_subscriptions to authenticated;
grant all on public.billing_subscriptions to service_role;

-- The existing state moves over.
insert into public.billing_customers (user_id, stripe_customer_id)
  select id, stripe_customer_id from public.user_profiles where stripe_customer_id is not null;
insert into public.billing_subscriptions
    (user_id, stripe_subscription_id, status, tier, current_period_end, cancel_at_period_end, synced_at)
  select id, stripe_subscription_id, subscription_status, tier, current_period_end, cancel_at_period_end, billing_synced_at
    from public.user_profiles
   where stripe_subscription_id is not null or subscription_status <> 'none' or billing_synced_at is not null
      or current_period_end is not null or cancel_at_period_end;

-- The subscription's tier becomes the account's plan (unless granted by hand). Runs as the
-- function's owner: the webhook's connection writes billing tables only.
create function private.apply_subscription_tier() returns trigger
  language plpgsql security definer set search_path = '' as $$
begin
  update public.user_profiles set tier = new.tier
    where id = new.user_id and plan_grant is null and tier is distinct from new.tier;
  return null;
end;
$$;
revoke all on function private.apply_subscription_tier() from public;
create trigger apply_subscription_tier after insert or update of tier on public.billing_subscriptions
  for each row execute function private.apply_subscription_tier();

-- Whether an admin granted this account's plan by hand (the webhook records "granted-plan-kept").
create function private.has_plan_grant(p_user uuid) returns boolean
  language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.user_profiles where id = p_user and plan_grant is not null);
$$;
revoke all on function private.has_plan_grant(uuid) from public;
grant execute on function private.has_plan_grant(uuid) to service_role;

-- Readers of the old columns read billing's tables now.
create or replace function private.subscription_status_of(p_user uuid) returns public.subscription_status
  language sql stable security definer set search_path = '' as $$
  select coalesce((select s.status from public.billing_subscriptions s where s.user_id = p_user), 'none'::public.subscription_status);
$$;
revoke all on function private.subscription_status_of(uuid) from public;

create or replace function private.guard_new_deployment() returns trigger
  language plpgsql security definer set search_path = '' as $$
declare
  owner_status public.subscription_status;
begin
  if (select auth.uid()) is not null and new.project_id not in (select private.editable_project_ids()) then
    return new; -- the insert policy refuses it (FORBIDDEN) without revealing the owner's billing state
  end if;
  new.status := 'queued';
  new.manifest := null;
  new.checks := '[]'::jsonb;
  new.total_bytes := null;
  new.error := null;
  new.created_at := now();
  new.finished_at := null;
  select private.subscription_status_of(pr.owner_id) into owner_status
    from public.projects pr where pr.id = new.project_id;
  if owner_status in ('past_due', 'unpaid') then
    raise exception 'payment_required' using errcode = 'P0001',
      detail = json_build_object('resource', 'subscription', 'status', owner_status)::text;
  end if;
  return new;
end;
$$;

create or replace function private.activate_deployment(p_project uuid, p_deployment uuid) returns void
  language plpgsql security definer set search_path = '' as $$
declare
  owner_status public.subscription_status;
begin
  if not exists (select 1 from private.editable_project_ids() e where e = p_project) then
    raise exception 'not allowed' using errcode = '42501';
  end if;
  if not exists (select 1 from public.deployments d where d.id = p_deployment and d.project_id = p_project and d.status = 'ready') then
    raise exception 'deployment_not_ready' using errcode = 'P0001';
  end if;
  select private.subscription_status_of(pr.owner_id) into owner_status
    from public.projects pr where pr.id = p_project;
  if owner_status in ('past_due', 'unpaid') then
    raise exception 'payment_required' using errcode = 'P0001',
      detail = json_build_object('resource', 'subscription', 'status', owner_status)::text;
  end if;
  update public.projects
    set active_deployment_id = p_deployment, is_published = true, live_changed_at = now(), updated_at = now()
    where id = p_project;
  perform private.write_audit(coalesce(private.acting_admin_id(), (select auth.uid())), (select owner_id from public.projects where id = p_project),
    'deployments.activate', 'projects', p_project::text, jsonb_build_object('deployment_id', p_deployment));
end;
$$;

create or replace function private.guard_profile_update() returns trigger
  language plpgsql set search_path = '' as $$
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
  if (new.id, new.email, new.user_type) is distinct from (old.id, old.email, old.user_type) then
    raise exception 'these profile fields are managed by the system' using errcode = '42501';
  end if;
  new.updated_at := now();
  return new;
end;
$$;

create or replace function private.entitlements(p_user uuid) returns jsonb
  language plpgsql stable security definer set search_path = '' as $$
declare
  caller uuid := (select auth.uid());
  profile public.user_profiles;
  limits public.tier_limits;
  period_start timestamptz := private.usage_period_start(now());
begin
  if caller is not null and caller is distinct from p_user and not (select private.is_admin()) then
    raise exception 'not allowed' using errcode = '42501';
  end if;
  select * into profile from public.user_profiles where id = p_user;
  if profile.id is null then
    return null;
  end if;
  select * into limits from public.tier_limits where tier = profile.tier;
  return jsonb_build_object(
    'user_id', profile.id,
    'tier', profile.tier,
    'subscription_status', private.subscription_status_of(p_user),
    'account_status', profile.account_status,
    'period_start', period_start,
    'period_end', private.usage_period_end(now()),
    'limits', jsonb_build_object(
      'projects', limits.max_projects,
      'domains', limits.max_domains,
      'storage_bytes', limits.max_storage_bytes,
      'file_bytes', limits.max_file_bytes,
      'team_members', limits.max_team_members,
      'tickets_per_month', limits.max_tickets_per_month,
      'generations_per_month', limits.max_generations_per_month,
      'ai_tokens_per_month', limits.max_ai_tokens_per_month
    ),
    'usage', jsonb_build_object(
      'projects', private.projects_owned(p_user),
      'generations', private.generations_used(p_user, period_start),
      'ai_tokens', private.tokens_committed(p_user, period_start),
      'storage_bytes', private.storage_bytes_used(p_user),
      'bandwidth_bytes', private.usage_total(p_user, 'bandwidth_bytes', period_start),
      'container_hours', private.usage_total(p_user, 'container_hours', period_start)
    )
  );
end;
$$;

-- The old columns go: nothing writes or reads them any more.
alter table public.user_profiles
  drop column stripe_customer_id,
  drop column stripe_subscription_id,
  drop column subscription_status,
  drop column current_period_end,
  drop column cancel_at_period_end,
  drop column billing_synced_at;

-- Billing's answer to "which Stripe customer is this account" for the meter push (metering groups
-- usage per customer and must not read billing's tables): system code only.
create function private.stripe_customers() returns table (user_id uuid, stripe_customer_id text)
  language sql stable security definer set search_path = '' as $$
  select c.user_id, c.stripe_customer_id from public.billing_customers c;
$$;
revoke all on function private.stripe_customers() from public;
grant execute on function private.stripe_customers() to service_role;
