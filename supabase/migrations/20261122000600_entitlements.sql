-- Entitlements and metering: one answer to "what may this client do now", one writer of usage.
--
--  * The usage period is one rule, written once (private.usage_period_start): the calendar month
--    in UTC. The triggers that enforce quotas and private.entitlements (what the UI, the limit
--    messages and jobs read) all call the same helpers, so what the page says is what the
--    database enforces.
--  * usage_events is written only through private.record_usage (the metering module's SQL
--    writer, called by private.finish_generation in the same transaction as the status change)
--    and the metering module's recordUsage() on the privileged connection.
--  * The old per-profile counters (generations_used, ai_tokens_used, storage_bytes_used,
--    usage_period_start) were a second copy of usage that drifted from the events: dropped.

-- Whether an account is suspended. The auth port (local adapter) asks before issuing a session;
-- it reads no accounts table itself. System code only: not granted to API roles.
create function private.is_account_suspended(p_user uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select coalesce((select account_status = 'suspended' from public.user_profiles where id = p_user), false)
$$;
revoke all on function private.is_account_suspended(uuid) from public;

-- ---------------------------------------------------------------------------
-- The period rule and the usage counts, shared by enforcement and display.
-- ---------------------------------------------------------------------------
create function private.usage_period_start(p_at timestamptz) returns timestamptz
language sql stable set search_path = ''
as $$ select date_trunc('month', p_at, 'UTC') $$;

create function private.usage_period_end(p_at timestamptz) returns timestamptz
language sql stable set search_path = ''
as $$ select (date_trunc('month', p_at, 'UTC') at time zone 'UTC' + interval '1 month') at time zone 'UTC' $$;

-- Generations counted against a payer's quota since p_since: running ones (reserved) and
-- delivered ones; failed and cancelled generations are free.
create function private.generations_used(p_payer uuid, p_since timestamptz) returns integer
language sql stable security definer set search_path = ''
as $$
  select count(*)::integer from public.generations g
  join public.projects pr on pr.id = g.project_id
  where pr.owner_id = p_payer and g.created_at >= p_since and g.status in ('running', 'succeeded')
$$;

create function private.usage_total(p_user uuid, p_metric text, p_since timestamptz) returns numeric
language sql stable security definer set search_path = ''
as $$
  select coalesce(sum(quantity), 0) from public.usage_events
  where user_id = p_user and metric = p_metric and occurred_at >= p_since
$$;

create function private.projects_owned(p_owner uuid) returns integer
language sql stable security definer set search_path = ''
as $$ select count(*)::integer from public.projects where owner_id = p_owner $$;

revoke all on function private.generations_used(uuid, timestamptz) from public;
revoke all on function private.usage_total(uuid, text, timestamptz) from public;
revoke all on function private.projects_owned(uuid) from public;

-- ---------------------------------------------------------------------------
-- Metering's writer. Idempotent by key; quantities never negative. Not callable by API roles:
-- SECURITY DEFINER functions that have checked the caller (finish_generation) and system code
-- call it.
-- ---------------------------------------------------------------------------
create function private.record_usage(
  p_user uuid, p_project uuid, p_metric text, p_quantity numeric, p_key text, p_properties jsonb
) returns void
language sql security definer set search_path = ''
as $$
  insert into public.usage_events (user_id, project_id, metric, quantity, idempotency_key, properties)
  values (p_user, p_project, p_metric, greatest(coalesce(p_quantity, 0), 0), p_key, coalesce(p_properties, '{}'::jsonb))
  on conflict (idempotency_key) do nothing
$$;
revoke all on function private.record_usage(uuid, uuid, text, numeric, text, jsonb) from public;

-- finish_generation, as before, but usage goes through metering's writer and no counters move.
create or replace function private.finish_generation(
  p_generation uuid, p_status text, p_provider text, p_model text,
  p_input_tokens integer, p_output_tokens integer, p_error text
) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  g public.generations;
  payer uuid;
  tokens bigint := greatest(coalesce(p_input_tokens, 0), 0) + greatest(coalesce(p_output_tokens, 0), 0);
begin
  if p_status not in ('succeeded', 'failed', 'cancelled') then
    raise exception 'invalid final status' using errcode = '22023';
  end if;
  select * into g from public.generations where id = p_generation for update;
  if g.id is null or g.user_id is distinct from (select auth.uid()) then
    raise exception 'generation not found' using errcode = '42501';
  end if;
  if g.status <> 'running' then
    return; -- idempotent: a retry of the same finish is a no-op
  end if;
  update public.generations set
    status = p_status, provider = p_provider, model = p_model,
    input_tokens = greatest(coalesce(p_input_tokens, 0), 0), output_tokens = greatest(coalesce(p_output_tokens, 0), 0),
    error = left(p_error, 500), finished_at = now()
  where id = p_generation;
  -- Every write made while impersonating is audited (the profile counters' trigger used to do it here).
  if private.acting_admin_id() is not null then
    perform private.write_audit(private.acting_admin_id(), (select auth.uid()), 'generations.finish', 'generations', p_generation::text,
      jsonb_build_object('status', p_status, 'impersonating', true));
  end if;
  if p_status = 'succeeded' then
    select pr.owner_id into payer from public.projects pr where pr.id = g.project_id;
    perform private.record_usage(payer, g.project_id, 'page_generate', 1, 'gen:' || g.id || ':page_generate',
      jsonb_build_object('generation_id', g.id, 'kind', g.kind, 'provider', p_provider, 'model', p_model));
    perform private.record_usage(payer, g.project_id, 'ai_token', tokens, 'gen:' || g.id || ':ai_token',
      jsonb_build_object('generation_id', g.id, 'input_tokens', p_input_tokens, 'output_tokens', p_output_tokens,
                         'provider', p_provider, 'model', p_model));
  end if;
end;
$$;

-- Quota reservation, as before, through the shared helpers.
create or replace function private.reserve_generation() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  payer uuid;
  payer_tier public.tier;
  period_start timestamptz := private.usage_period_start(now());
  max_generations integer;
  max_tokens bigint;
begin
  if (select auth.uid()) is not null and new.project_id not in (select private.editable_project_ids()) then
    return new; -- the insert policy refuses it (FORBIDDEN) without revealing the owner's quota
  end if;
  new.status := 'running';
  new.started_at := now();
  new.created_at := now();
  new.finished_at := null;
  new.input_tokens := 0;
  new.output_tokens := 0;
  select pr.owner_id into payer from public.projects pr where pr.id = new.project_id;
  select p.tier into payer_tier from public.user_profiles p where p.id = payer for update;
  select l.max_generations_per_month, l.max_ai_tokens_per_month into max_generations, max_tokens
    from public.tier_limits l where l.tier = payer_tier;
  if max_generations is not null and private.generations_used(payer, period_start) >= max_generations then
    raise exception 'tier_limit:generations' using errcode = 'P0001',
      detail = json_build_object('resource', 'generations', 'limit', max_generations, 'tier', payer_tier,
                                 'resets_at', private.usage_period_end(now()))::text;
  end if;
  if max_tokens is not null and private.usage_total(payer, 'ai_token', period_start) >= max_tokens then
    raise exception 'tier_limit:ai_tokens' using errcode = 'P0001',
      detail = json_build_object('resource', 'ai_tokens', 'limit', max_tokens, 'tier', payer_tier,
                                 'resets_at', private.usage_period_end(now()))::text;
  end if;
  return new;
end;
$$;

create or replace function private.enforce_project_limit() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  owner_tier public.tier;
  max_allowed integer;
begin
  new.created_at := now();
  new.updated_at := now();
  if (select auth.uid()) is not null and new.owner_id is distinct from (select auth.uid()) then
    return new; -- not the caller's own project: "projects: owners create their own" refuses it (FORBIDDEN)
  end if;
  select p.tier into owner_tier from public.user_profiles p where p.id = new.owner_id for update;
  if owner_tier is null then
    raise exception 'project owner has no profile' using errcode = '23503';
  end if;
  select l.max_projects into max_allowed from public.tier_limits l where l.tier = owner_tier;
  if max_allowed is not null and private.projects_owned(new.owner_id) >= max_allowed then
    raise exception 'tier_limit:projects' using errcode = 'P0001',
      detail = json_build_object('resource', 'projects', 'limit', max_allowed, 'tier', owner_tier)::text;
  end if;
  return new;
end;
$$;

-- ---------------------------------------------------------------------------
-- The profile guard without the counters, then the counters go.
-- ---------------------------------------------------------------------------
create or replace function private.guard_profile_update() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  if current_user not in ('authenticated', 'anon') then
    new.updated_at := now();
    return new;
  end if;
  if (new.tier, new.account_status) is distinct from (old.tier, old.account_status)
     and not (select private.is_admin()) then
    raise exception 'only an agency admin can change tier or account status'
      using errcode = '42501';
  end if;
  if (new.id, new.email, new.user_type, new.stripe_customer_id, new.stripe_subscription_id, new.subscription_status)
     is distinct from
     (old.id, old.email, old.user_type, old.stripe_customer_id, old.stripe_subscription_id, old.subscription_status) then
    raise exception 'these profile fields are managed by the system' using errcode = '42501';
  end if;
  new.updated_at := now();
  return new;
end;
$$;

alter table public.user_profiles
  drop column usage_period_start,
  drop column generations_used,
  drop column ai_tokens_used,
  drop column storage_bytes_used;

-- ---------------------------------------------------------------------------
-- private.entitlements: plan, limits and this period's usage of one client, as JSON. The client
-- themselves, an admin, or system code may ask; anyone else gets permission denied. Limits are
-- null when unlimited.
-- ---------------------------------------------------------------------------
create function private.entitlements(p_user uuid) returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
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
    'subscription_status', profile.subscription_status,
    'account_status', profile.account_status,
    'period_start', period_start,
    'period_end', private.usage_period_end(now()),
    'limits', jsonb_build_object(
      'projects', limits.max_projects,
      'domains', limits.max_domains,
      'storage_bytes', limits.max_storage_bytes,
      'team_members', limits.max_team_members,
      'tickets_per_month', limits.max_tickets_per_month,
      'generations_per_month', limits.max_generations_per_month,
      'ai_tokens_per_month', limits.max_ai_tokens_per_month
    ),
    'usage', jsonb_build_object(
      'projects', private.projects_owned(p_user),
      'generations', private.generations_used(p_user, period_start),
      'ai_tokens', private.usage_total(p_user, 'ai_token', period_start),
      'bandwidth_bytes', private.usage_total(p_user, 'bandwidth_bytes', period_start),
      'container_hours', private.usage_total(p_user, 'container_hours', period_start)
    )
  );
end;
$$;
revoke all on function private.entitlements(uuid) from public;
grant execute on function private.entitlements(uuid) to authenticated, service_role;

-- ---------------------------------------------------------------------------
-- metering_watermarks: how far a periodic meter (hosting time) has recorded, so a missed cron
-- tick is caught up by the next one instead of lost. System code only; admins read.
-- ---------------------------------------------------------------------------
create table public.metering_watermarks (
  meter text primary key,
  recorded_until timestamptz not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.metering_watermarks enable row level security;
create policy "metering watermarks: admins read" on public.metering_watermarks
  for select to authenticated using ((select private.is_admin()));
grant select on public.metering_watermarks to authenticated;
grant all on public.metering_watermarks to service_role;
