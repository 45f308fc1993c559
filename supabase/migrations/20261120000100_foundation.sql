-- Foundation: tiers and their limits, user profiles, projects, team members,
-- impersonation sessions and the append-only audit log.
--
-- Security model (see ARCHITECTURE.md): every request runs as role
-- `authenticated` (or `anon`) with verified JWT claims bound to
-- `request.jwt.claims`. Policies compare indexed columns with
-- `(select auth.uid())` so Postgres evaluates the uid once per statement.
-- Helper functions that must look past RLS are SECURITY DEFINER, pinned to an
-- empty search_path and live in the unexposed `private` schema.

create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to anon, authenticated, service_role;

create type public.tier as enum ('free', 'basic', 'pro', 'enterprise');
create type public.user_type as enum ('client', 'admin', 'developer');
create type public.subscription_status as enum
  ('none', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'incomplete');
create type public.account_status as enum ('active', 'suspended');

-- ---------------------------------------------------------------------------
-- tier_limits: the single source of truth for what each tier may do.
-- Read by policies/triggers, by the UI and by jobs. NULL means unlimited.
-- Everyone (even anonymous visitors on the pricing page) may read it;
-- nobody but migrations changes it.
-- ---------------------------------------------------------------------------
create table public.tier_limits (
  tier public.tier primary key,
  display_order smallint not null unique,
  max_projects integer check (max_projects >= 0),
  max_domains integer check (max_domains >= 0),
  max_storage_bytes bigint check (max_storage_bytes >= 0),
  max_team_members integer check (max_team_members >= 1),
  max_tickets_per_month integer check (max_tickets_per_month >= 0),
  max_generations_per_month integer check (max_generations_per_month >= 0),
  max_ai_tokens_per_month bigint check (max_ai_tokens_per_month >= 0),
  created_at timestamptz not null default now()
);

insert into public.tier_limits
  (tier, display_order, max_projects, max_domains, max_storage_bytes, max_team_members,
   max_tickets_per_month, max_generations_per_month, max_ai_tokens_per_month)
values
  -- Generations: a full site costs 1; a section rewrite or a translation also costs 1.
  -- Tokens: a typical 8-section, 2-locale site is ~6k output + ~4k input tokens.
  ('free',       0, 1,    1,    5::bigint   * 1024 * 1024 * 1024, 1,    15,   30,   300000),
  ('basic',      1, 3,    3,    25::bigint  * 1024 * 1024 * 1024, 3,    30,   200,  2000000),
  ('pro',        2, 10,   10,   100::bigint * 1024 * 1024 * 1024, 10,   60,   1000, 10000000),
  ('enterprise', 3, null, null, null,                             null, null, null, null);

alter table public.tier_limits enable row level security;
create policy "tier limits are public" on public.tier_limits
  for select to anon, authenticated using (true);
grant select on public.tier_limits to anon, authenticated, service_role;

-- ---------------------------------------------------------------------------
-- user_profiles: one row per auth user. A client sees and edits their own
-- row (display name, locale); admins see and edit everyone's. Privileged
-- columns (user_type, tier, Stripe ids, subscription and account status,
-- usage counters) are guarded by a trigger: only admins or system code change them.
-- ---------------------------------------------------------------------------
create table public.user_profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email text not null,
  display_name text check (char_length(display_name) <= 80),
  locale text not null default 'en' check (locale in ('en', 'pt-BR')),
  user_type public.user_type not null default 'client',
  tier public.tier not null default 'free' references public.tier_limits (tier),
  account_status public.account_status not null default 'active',
  stripe_customer_id text unique,
  stripe_subscription_id text unique,
  subscription_status public.subscription_status not null default 'none',
  usage_period_start timestamptz not null default date_trunc('month', now()),
  generations_used integer not null default 0 check (generations_used >= 0),
  ai_tokens_used bigint not null default 0 check (ai_tokens_used >= 0),
  storage_bytes_used bigint not null default 0 check (storage_bytes_used >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index user_profiles_tier_idx on public.user_profiles (tier);
create index user_profiles_user_type_idx on public.user_profiles (user_type);

-- is_admin() reads user_profiles past RLS (it is used *by* user_profiles'
-- own policies, so an invoker-rights version would recurse).
-- While impersonating, sub is the client, so an impersonating admin is not
-- an admin here: they see exactly what the client sees.
create function private.is_admin() returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.user_profiles
    where id = (select auth.uid()) and user_type = 'admin' and account_status = 'active'
  )
$$;

-- The admin named by an impersonation token's `act` claim, if any.
create function private.acting_admin_id() returns uuid
language sql stable set search_path = ''
as $$
  select nullif((select auth.jwt()) -> 'act' ->> 'sub', '')::uuid
$$;

alter table public.user_profiles enable row level security;
create policy "profiles: own row or admin" on public.user_profiles
  for select to authenticated
  using (id = (select auth.uid()) or (select private.is_admin()));
create policy "profiles: update own row or admin" on public.user_profiles
  for update to authenticated
  using (id = (select auth.uid()) or (select private.is_admin()))
  with check (id = (select auth.uid()) or (select private.is_admin()));
grant select on public.user_profiles to authenticated, service_role;
grant update (display_name, locale, tier, account_status) on public.user_profiles to authenticated;
grant all on public.user_profiles to service_role;

-- Clients may change their display name and locale only. Admins may also
-- change tier and account status. Everything else is system-only (Stripe
-- webhooks, metering jobs) and runs on the privileged connection, which is
-- not `authenticated`.
-- SECURITY INVOKER on purpose: it must see the caller's role in current_user
-- (inside a definer function current_user is the owner and nothing is guarded).
create function private.guard_profile_update() returns trigger
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
  if (new.id, new.email, new.user_type, new.stripe_customer_id, new.stripe_subscription_id,
      new.subscription_status, new.usage_period_start, new.generations_used,
      new.ai_tokens_used, new.storage_bytes_used)
     is distinct from
     (old.id, old.email, old.user_type, old.stripe_customer_id, old.stripe_subscription_id,
      old.subscription_status, old.usage_period_start, old.generations_used,
      old.ai_tokens_used, old.storage_bytes_used) then
    raise exception 'these profile fields are managed by the system' using errcode = '42501';
  end if;
  new.updated_at := now();
  return new;
end;
$$;
create trigger guard_profile_update before update on public.user_profiles
  for each row execute function private.guard_profile_update();

-- A profile is created with every auth user (Supabase's documented pattern).
create function private.handle_new_user() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.user_profiles (id, email, display_name, locale)
  values (
    new.id,
    coalesce(new.email, ''),
    nullif(new.raw_user_meta_data ->> 'display_name', ''),
    case when new.raw_user_meta_data ->> 'locale' = 'pt-BR' then 'pt-BR' else 'en' end
  );
  return new;
end;
$$;
create trigger on_auth_user_created after insert on auth.users
  for each row execute function private.handle_new_user();

-- ---------------------------------------------------------------------------
-- projects: one website each. Owners, team members and admins see a project;
-- owners and admins change or delete it. The number of projects an owner may
-- have comes from tier_limits and is enforced by a trigger that serialises
-- concurrent inserts per owner (see private.enforce_project_limit).
-- ---------------------------------------------------------------------------
create table public.projects (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  name text not null check (char_length(btrim(name)) between 1 and 80),
  slug text not null unique
    check (slug ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$' and slug !~ '--'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index projects_owner_id_idx on public.projects (owner_id);

-- ---------------------------------------------------------------------------
-- project_members: who works on a project. The owner is a member (role
-- 'owner') from creation, so the team-member limit counts them. Members see
-- their memberships; owners and admins manage them.
-- ---------------------------------------------------------------------------
create table public.project_members (
  project_id uuid not null references public.projects (id) on delete cascade,
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  role text not null default 'editor' check (role in ('owner', 'editor', 'viewer')),
  created_at timestamptz not null default now(),
  primary key (project_id, user_id)
);
create index project_members_user_id_idx on public.project_members (user_id);

-- Set-returning helpers used as `id in (select …)` so they run once per
-- statement, and past RLS so projects ↔ project_members policies do not recurse.
create function private.member_project_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select project_id from public.project_members where user_id = (select auth.uid())
$$;
create function private.owned_project_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select id from public.projects where owner_id = (select auth.uid())
$$;

alter table public.projects enable row level security;
create policy "projects: members and admins read" on public.projects
  for select to authenticated
  using (
    owner_id = (select auth.uid())
    or id in (select private.member_project_ids())
    or (select private.is_admin())
  );
create policy "projects: owners create their own" on public.projects
  for insert to authenticated
  with check (owner_id = (select auth.uid()));
create policy "projects: owners and admins update" on public.projects
  for update to authenticated
  using (owner_id = (select auth.uid()) or (select private.is_admin()))
  with check (owner_id = (select auth.uid()) or (select private.is_admin()));
create policy "projects: owners and admins delete" on public.projects
  for delete to authenticated
  using (owner_id = (select auth.uid()) or (select private.is_admin()));
grant select, delete on public.projects to authenticated;
-- Column grants name every column because ORMs list all columns (with
-- DEFAULT) in INSERTs; the insert trigger pins id/timestamps server-side.
grant insert (id, name, slug, owner_id, created_at, updated_at) on public.projects to authenticated;
grant update (name, slug) on public.projects to authenticated;
grant all on public.projects to service_role;

alter table public.project_members enable row level security;
create policy "members: see own memberships, owners and admins see all" on public.project_members
  for select to authenticated
  using (
    user_id = (select auth.uid())
    or project_id in (select private.owned_project_ids())
    or (select private.is_admin())
  );
create policy "members: owners and admins add" on public.project_members
  for insert to authenticated
  with check (
    role <> 'owner'
    and (project_id in (select private.owned_project_ids()) or (select private.is_admin()))
  );
create policy "members: owners and admins change roles" on public.project_members
  for update to authenticated
  using (role <> 'owner' and (project_id in (select private.owned_project_ids()) or (select private.is_admin())))
  with check (role <> 'owner' and (project_id in (select private.owned_project_ids()) or (select private.is_admin())));
create policy "members: owners and admins remove" on public.project_members
  for delete to authenticated
  using (role <> 'owner' and (project_id in (select private.owned_project_ids()) or (select private.is_admin())));
grant select, insert, delete on public.project_members to authenticated;
grant update (role) on public.project_members to authenticated;
grant all on public.project_members to service_role;

-- Tier limits under concurrency: lock the owner's profile row first, so two
-- transactions creating the owner's last allowed project queue up here and
-- the second one counts the first one's row (READ COMMITTED takes a fresh
-- snapshot per statement). The error code/message is mapped to a friendly
-- AppError('TIER_LIMIT') by the application.
create function private.enforce_project_limit() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  owner_tier public.tier;
  max_allowed integer;
  current_count integer;
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
  if max_allowed is not null then
    select count(*) into current_count from public.projects where owner_id = new.owner_id;
    if current_count >= max_allowed then
      raise exception 'tier_limit:projects' using errcode = 'P0001',
        detail = json_build_object('resource', 'projects', 'limit', max_allowed, 'tier', owner_tier)::text;
    end if;
  end if;
  return new;
end;
$$;
create trigger enforce_project_limit before insert on public.projects
  for each row execute function private.enforce_project_limit();

create function private.add_owner_membership() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.project_members (project_id, user_id, role) values (new.id, new.owner_id, 'owner');
  return new;
end;
$$;
create trigger add_owner_membership after insert on public.projects
  for each row execute function private.add_owner_membership();

create function private.enforce_member_limit() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  owner uuid;
  max_allowed integer;
  current_count integer;
begin
  if new.role = 'owner' then
    return new;
  end if;
  if (select auth.uid()) is not null
     and not (new.project_id in (select private.owned_project_ids()) or (select private.is_admin())) then
    return new; -- "members: owners and admins add" refuses it (FORBIDDEN)
  end if;
  select pr.owner_id into owner from public.projects pr where pr.id = new.project_id;
  perform 1 from public.user_profiles p where p.id = owner for update;
  select l.max_team_members into max_allowed
    from public.user_profiles p join public.tier_limits l on l.tier = p.tier where p.id = owner;
  if max_allowed is not null then
    select count(*) into current_count from public.project_members where project_id = new.project_id;
    if current_count >= max_allowed then
      raise exception 'tier_limit:team_members' using errcode = 'P0001',
        detail = json_build_object('resource', 'team_members', 'limit', max_allowed)::text;
    end if;
  end if;
  return new;
end;
$$;
create trigger enforce_member_limit before insert on public.project_members
  for each row execute function private.enforce_member_limit();

create function private.touch_updated_at() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if new.owner_id is distinct from old.owner_id then
    raise exception 'a project cannot change owner' using errcode = '42501';
  end if;
  new.updated_at := now();
  return new;
end;
$$;
create trigger projects_touch before update on public.projects
  for each row execute function private.touch_updated_at();

-- ---------------------------------------------------------------------------
-- audit_log: append-only. Written only by SECURITY DEFINER triggers and
-- functions. Admins read everything; a client reads the entries about their
-- own account (who acted on their behalf). Nobody updates or deletes rows.
-- ---------------------------------------------------------------------------
create table public.audit_log (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  actor_id uuid,
  subject_id uuid,
  action text not null,
  target_table text,
  target_id text,
  details jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);
create index audit_log_subject_id_idx on public.audit_log (subject_id, occurred_at desc);
create index audit_log_actor_id_idx on public.audit_log (actor_id, occurred_at desc);

alter table public.audit_log enable row level security;
create policy "audit: admins read all, clients read their own" on public.audit_log
  for select to authenticated
  using (subject_id = (select auth.uid()) or (select private.is_admin()));
grant select on public.audit_log to authenticated, service_role;

create function private.forbid_audit_change() returns trigger
language plpgsql set search_path = ''
as $$
begin
  raise exception 'audit_log is append-only' using errcode = '42501';
end;
$$;
create trigger audit_log_append_only before update or delete on public.audit_log
  for each row execute function private.forbid_audit_change();
-- TRUNCATE ignores RLS and row triggers; refuse it too.
create trigger audit_log_no_truncate before truncate on public.audit_log
  for each statement execute function private.forbid_audit_change();

create function private.write_audit(
  p_actor uuid, p_subject uuid, p_action text, p_table text, p_target text, p_details jsonb
) returns void
language sql security definer set search_path = ''
as $$
  insert into public.audit_log (actor_id, subject_id, action, target_table, target_id, details)
  values (p_actor, p_subject, p_action, p_table, p_target, coalesce(p_details, '{}'::jsonb))
$$;
revoke all on function private.write_audit(uuid, uuid, text, text, text, jsonb) from public;

-- Audits every write made during impersonation (actor = the admin named in
-- the `act` claim, subject = the client) and every write an admin makes to
-- someone else's data. It runs in the database so no code path can skip it.
create function private.audit_privileged_write() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  actor uuid := private.acting_admin_id();
  uid uuid := (select auth.uid());
  row_data jsonb := case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end;
  target text := coalesce(row_data ->> 'id', row_data ->> 'project_id');
  changes jsonb := '{}'::jsonb;
begin
  if uid is null then
    return null; -- system writes (privileged connection) are audited by their callers
  end if;
  if actor is null then
    if not (select private.is_admin()) then
      return null;
    end if;
    actor := uid;
  end if;
  if tg_op = 'UPDATE' then
    select coalesce(jsonb_object_agg(n.key, jsonb_build_object('from', o.value, 'to', n.value)), '{}'::jsonb)
      into changes
      from jsonb_each(to_jsonb(new)) n join jsonb_each(to_jsonb(old)) o using (key)
      where n.value is distinct from o.value and n.key <> 'updated_at';
  end if;
  perform private.write_audit(
    actor,
    case when actor = uid then coalesce((row_data ->> 'owner_id')::uuid, (row_data ->> 'user_id')::uuid,
                                        case when tg_table_name = 'user_profiles' then (row_data ->> 'id')::uuid end)
         else uid end,
    tg_table_name || '.' || lower(tg_op),
    tg_table_name,
    target,
    jsonb_build_object('impersonating', actor <> uid, 'changes', changes)
  );
  return null;
end;
$$;
create trigger audit_projects after insert or update or delete on public.projects
  for each row execute function private.audit_privileged_write();
create trigger audit_project_members after insert or update or delete on public.project_members
  for each row execute function private.audit_privileged_write();
create trigger audit_user_profiles after update on public.user_profiles
  for each row execute function private.audit_privileged_write();

-- ---------------------------------------------------------------------------
-- impersonation_sessions: an admin acting as a client. Only admins see or
-- create them, only for clients, for at most one hour. Start and stop are
-- written to the audit log by trigger.
-- ---------------------------------------------------------------------------
create table public.impersonation_sessions (
  id uuid primary key default gen_random_uuid(),
  admin_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  client_id uuid not null references public.user_profiles (id) on delete cascade,
  reason text check (char_length(reason) <= 500),
  started_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '1 hour',
  ended_at timestamptz,
  created_at timestamptz not null default now(),
  check (expires_at > started_at and expires_at <= started_at + interval '1 hour'),
  check (admin_id <> client_id)
);
create index impersonation_sessions_admin_id_idx on public.impersonation_sessions (admin_id, started_at desc);
create index impersonation_sessions_client_id_idx on public.impersonation_sessions (client_id);

alter table public.impersonation_sessions enable row level security;
create policy "impersonation: admins read" on public.impersonation_sessions
  for select to authenticated using ((select private.is_admin()));
create policy "impersonation: admins start their own" on public.impersonation_sessions
  for insert to authenticated
  with check (admin_id = (select auth.uid()) and (select private.is_admin()));
create policy "impersonation: admins end their own" on public.impersonation_sessions
  for update to authenticated
  using (admin_id = (select auth.uid()) and (select private.is_admin()))
  with check (admin_id = (select auth.uid()) and (select private.is_admin()));
grant select on public.impersonation_sessions to authenticated;
grant insert (id, admin_id, client_id, reason, started_at, expires_at, ended_at, created_at) on public.impersonation_sessions to authenticated;
grant update (ended_at) on public.impersonation_sessions to authenticated;
grant all on public.impersonation_sessions to service_role;

create function private.audit_impersonation() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    -- For API callers the timestamps are the server's, whatever was sent, and
    -- a session lasts at most one hour on the database clock (the app's clock
    -- may differ by milliseconds). System code (no claims) may backfill.
    if (select auth.uid()) is not null then
      new.started_at := now();
      new.created_at := now();
      new.ended_at := null;
      new.expires_at := least(coalesce(new.expires_at, now() + interval '1 hour'), now() + interval '1 hour');
    end if;
    if not exists (select 1 from public.user_profiles where id = new.client_id and user_type = 'client') then
      raise exception 'only client accounts can be impersonated' using errcode = '42501';
    end if;
    perform private.write_audit(new.admin_id, new.client_id, 'impersonation.start',
      'impersonation_sessions', new.id::text,
      jsonb_build_object('reason', new.reason, 'expires_at', new.expires_at));
  elsif old.ended_at is null and new.ended_at is not null then
    perform private.write_audit(new.admin_id, new.client_id, 'impersonation.stop',
      'impersonation_sessions', new.id::text, '{}'::jsonb);
  elsif old.ended_at is not null then
    raise exception 'an ended impersonation cannot be changed' using errcode = '42501';
  end if;
  return new;
end;
$$;
create trigger audit_impersonation before insert or update on public.impersonation_sessions
  for each row execute function private.audit_impersonation();

-- ---------------------------------------------------------------------------
-- local_auth: used only by the embedded auth adapter (no Supabase project).
-- Not an exposed schema; only the privileged connection reads or writes it.
-- Tokens are stored as SHA-256 hashes, never in clear.
-- ---------------------------------------------------------------------------
create schema if not exists local_auth;
revoke all on schema local_auth from public;

create table local_auth.tokens (
  token_hash text primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  kind text not null check (kind in ('magic_link', 'password_reset', 'refresh')),
  expires_at timestamptz not null,
  used_at timestamptz,
  revoked boolean not null default false,
  created_at timestamptz not null default now()
);
create index tokens_user_id_idx on local_auth.tokens (user_id);
alter table local_auth.tokens enable row level security;
-- States the intent for the advisor and for any future grant: API roles never read tokens.
create policy "tokens: no access for API roles" on local_auth.tokens
  as restrictive for all to anon, authenticated using (false) with check (false);

-- ---------------------------------------------------------------------------
-- email_outbox: every email the app sends. With the embedded email adapter
-- this *is* the delivery (the terminal and the admin Outbox page point here).
-- With Resend the bodies are not kept (status only): a stored magic link
-- would let an admin sign in as a client without an audit trail.
-- Admins read it; only system code writes it.
-- ---------------------------------------------------------------------------
create table public.email_outbox (
  id uuid primary key default gen_random_uuid(),
  to_address text not null,
  user_id uuid references auth.users (id) on delete set null,
  template text not null,
  subject text not null,
  html_body text,
  text_body text,
  provider text not null check (provider in ('outbox', 'resend')),
  provider_message_id text,
  status text not null default 'queued' check (status in ('queued', 'sent', 'failed')),
  error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index email_outbox_user_id_idx on public.email_outbox (user_id);
create index email_outbox_created_at_idx on public.email_outbox (created_at desc);
alter table public.email_outbox enable row level security;
create policy "outbox: admins read" on public.email_outbox
  for select to authenticated using ((select private.is_admin()));
grant select on public.email_outbox to authenticated;
grant all on public.email_outbox to service_role;
