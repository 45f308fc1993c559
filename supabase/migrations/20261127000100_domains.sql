-- Custom domains (issue 14): a client puts a project on their own domain after proving they own
-- it (a TXT token issued to that project) and pointing it at us (CNAME or A/AAAA).
--
-- Who may see and change what:
--  * domains: the project's owner adds a domain (the tier's limit is enforced here, under a lock on
--    the owner's profile so N concurrent adds of the last allowed domain let exactly one through),
--    chooses which of the project's domains is primary, and removes one. Agency admins read every
--    domain and may remove one (audited). Status, token and check results are written only by
--    system code (the verification step and the lifecycle crons): clients have no grant on them.
--  * domain_events: the status history of a domain, written by trigger whenever its status changes
--    (and by system code for checks, reminders and releases). The domain's owner and admins read it.
--  * Ownership: the same name may sit in several projects while unproven, but only one row per name
--    holds a proof (status other than 'waiting'); proving ownership with another project's token
--    releases the previous holder (system code, in one transaction with the new proof).
--  * private.domain_routing_version: a counter bumped by every change that can alter which host
--    serves what; serving processes compare it to drop their cached host lookups, so a change made
--    by any process reaches every other one (not only the one that made it).

create type public.domain_status as enum ('waiting', 'verified', 'live', 'needs_attention');

create table public.domains (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  -- The project owner's, set by the trigger (the tier limit counts per owner).
  owner_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  -- ASCII (punycode), lower case, no trailing dot: what DNS and the Host header carry.
  name text not null check (char_length(name) between 3 and 253 and name ~ '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$'),
  -- Unicode form people typed and read (`pão.com.br`).
  display_name text not null check (char_length(display_name) between 3 and 253),
  is_apex boolean not null,
  is_primary boolean not null default false,
  verification_token text not null default replace(gen_random_uuid()::text, '-', '') check (verification_token ~ '^[0-9a-f]{32}$'),
  status public.domain_status not null default 'waiting',
  -- Per-record result of the last check: [{ kind, name, expected, found, ok }], for the page.
  check_result jsonb,
  last_checked_at timestamptz,
  next_check_at timestamptz not null default now(),
  check_count integer not null default 0 check (check_count >= 0),
  verified_at timestamptz,
  live_at timestamptz,
  -- First failing check of a live domain in the current run of failures; null while healthy.
  failing_since timestamptz,
  -- Reminder emails already sent for a waiting domain (day 2, day 7) and for a failing one (day 3).
  reminders_sent text[] not null default '{}',
  -- Set when another project proved ownership of this name: shown to the owner.
  released_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (project_id, name)
);
-- One proven holder per name: the lookup for serving and for Caddy's `ask` uses it too.
create unique index domains_proven_name_idx on public.domains (name) where status <> 'waiting';
create index domains_name_idx on public.domains (name);
create unique index domains_one_primary_idx on public.domains (project_id) where is_primary;
create index domains_owner_idx on public.domains (owner_id);
create index domains_next_check_idx on public.domains (next_check_at);

alter table public.domains enable row level security;
create policy "domains: owners and admins read" on public.domains
  for select to authenticated using (owner_id = (select auth.uid()) or (select private.is_admin()));
create policy "domains: owners add to their projects" on public.domains
  for insert to authenticated
  with check (owner_id = (select auth.uid()) and project_id in (select private.owned_project_ids()));
create policy "domains: owners choose the primary" on public.domains
  for update to authenticated using (owner_id = (select auth.uid())) with check (owner_id = (select auth.uid()));
create policy "domains: owners and admins remove" on public.domains
  for delete to authenticated using (owner_id = (select auth.uid()) or (select private.is_admin()));
grant select on public.domains to authenticated;
-- Every column is named in INSERTs (ORMs list them all); the trigger pins the server-side ones.
grant insert (id, project_id, owner_id, name, display_name, is_apex, is_primary, verification_token, status, check_result,
  last_checked_at, next_check_at, check_count, verified_at, live_at, failing_since, reminders_sent, released_at, created_at,
  updated_at) on public.domains to authenticated;
grant update (is_primary) on public.domains to authenticated;
grant delete on public.domains to authenticated;
grant all on public.domains to service_role;

-- How many custom domains an owner holds (every state counts: a waiting domain is an attempt
-- in progress, and the page shows it).
create function private.domains_owned(p_owner uuid) returns integer
language sql stable security definer set search_path = ''
as $$
  select count(*)::integer from public.domains where owner_id = p_owner
$$;
revoke all on function private.domains_owned(uuid) from public;

-- A new domain: server-side columns pinned (a client cannot insert a proven or live domain, or
-- choose its token), the owner taken from the project, and the tier's limit checked under the
-- owner's profile lock — concurrent adds queue here and the later ones count the earlier rows.
create function private.enforce_domain_limit() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  project_owner uuid;
  owner_tier public.tier;
  max_allowed integer;
begin
  select p.owner_id into project_owner from public.projects p where p.id = new.project_id;
  if (select auth.uid()) is not null then
    if new.owner_id is distinct from (select auth.uid()) or project_owner is distinct from (select auth.uid()) then
      return new; -- not the caller's own project: the insert policy refuses it (FORBIDDEN)
    end if;
    new.id := gen_random_uuid();
    new.verification_token := replace(gen_random_uuid()::text, '-', '');
    new.status := 'waiting';
    new.check_result := null;
    new.last_checked_at := null;
    new.next_check_at := now();
    new.check_count := 0;
    new.verified_at := null;
    new.live_at := null;
    new.failing_since := null;
    new.reminders_sent := '{}';
    new.released_at := null;
  end if;
  if project_owner is null then
    raise exception 'domain project not found' using errcode = '23503';
  end if;
  new.owner_id := project_owner;
  new.created_at := now();
  new.updated_at := now();
  select p.tier into owner_tier from public.user_profiles p where p.id = project_owner for update;
  if owner_tier is null then
    raise exception 'domain owner has no profile' using errcode = '23503';
  end if;
  select l.max_domains into max_allowed from public.tier_limits l where l.tier = owner_tier;
  if max_allowed is not null and private.domains_owned(project_owner) >= max_allowed then
    raise exception 'tier_limit:domains' using errcode = 'P0001',
      detail = json_build_object('resource', 'domains', 'limit', max_allowed, 'tier', owner_tier)::text;
  end if;
  return new;
end;
$$;
create trigger enforce_domain_limit before insert on public.domains
  for each row execute function private.enforce_domain_limit();

create trigger domains_touch_updated_at before update on public.domains
  for each row execute function private.touch_updated_at();

create trigger audit_domains after insert or update or delete on public.domains
  for each row execute function private.audit_privileged_write();

-- ---------------------------------------------------------------------------
-- domain_events: the status history
-- ---------------------------------------------------------------------------
create table public.domain_events (
  id bigint generated always as identity primary key,
  domain_id uuid not null references public.domains (id) on delete cascade,
  owner_id uuid not null references public.user_profiles (id) on delete cascade,
  name text not null,
  from_status public.domain_status,
  to_status public.domain_status,
  -- 'added', 'status', 'checked', 'reminder', 'released', 'stopped_serving', …
  kind text not null check (kind ~ '^[a-z_]{1,40}$'),
  detail jsonb,
  created_at timestamptz not null default now()
);
create index domain_events_domain_idx on public.domain_events (domain_id, created_at desc);
create index domain_events_owner_idx on public.domain_events (owner_id);

alter table public.domain_events enable row level security;
create policy "domain events: owners and admins read" on public.domain_events
  for select to authenticated using (owner_id = (select auth.uid()) or (select private.is_admin()));
grant select on public.domain_events to authenticated;
grant all on public.domain_events to service_role;

create function private.record_domain_status() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    insert into public.domain_events (domain_id, owner_id, name, from_status, to_status, kind)
      values (new.id, new.owner_id, new.name, null, new.status, 'added');
  elsif new.status is distinct from old.status then
    insert into public.domain_events (domain_id, owner_id, name, from_status, to_status, kind, detail)
      values (new.id, new.owner_id, new.name, old.status, new.status, 'status', new.check_result);
  end if;
  return null;
end;
$$;
create trigger record_domain_status after insert or update of status on public.domains
  for each row execute function private.record_domain_status();

-- ---------------------------------------------------------------------------
-- Cross-process cache invalidation for host routing.
-- ---------------------------------------------------------------------------
create table private.domain_routing_version (
  id boolean primary key default true check (id),
  version bigint not null default 0
);
insert into private.domain_routing_version (id, version) values (true, 0);

create function private.bump_domain_routing_version() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  update private.domain_routing_version set version = version + 1 where id;
  return null;
end;
$$;
-- Only changes that alter routing or the `ask` answer: checks that change nothing (the crons touch
-- last_checked_at every few hours) leave every cache warm. A new domain is 'waiting' (not routed).
create trigger bump_domain_routing_version_on_change after update on public.domains
  for each row when (old.status is distinct from new.status or old.is_primary is distinct from new.is_primary
                     or old.failing_since is distinct from new.failing_since)
  execute function private.bump_domain_routing_version();
create trigger bump_domain_routing_version_on_delete after delete on public.domains
  for each row execute function private.bump_domain_routing_version();
