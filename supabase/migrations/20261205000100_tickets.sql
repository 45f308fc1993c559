-- Support tickets (issue 17): clients open tickets within their plan's monthly allowance; the
-- agency answers them against a first-response SLA that depends on the client's plan.
--
-- Who may see and change what:
--  * support_settings: one row for the agency — its time zone (the month a ticket counts in is the
--    calendar month there), whether SLAs run on calendar or business hours, the weekly schedule,
--    holidays, and the first-response SLA per plan. Everyone signed in reads it (clients are shown
--    their SLA and reset date); admins change it.
--  * support_ticket_counters: tickets opened per client and month. Written only by the insert
--    trigger (one atomic upsert per ticket: N concurrent creates of the last allowed ticket let
--    exactly one through) and by a merge (a duplicate gives its slot back). The client reads their
--    own, admins all.
--  * support_tickets: a client opens tickets for themselves (server-side columns pinned by the
--    trigger), resolves them and reopens them within 7 days; admins read all, assign, change
--    status and priority, and merge duplicates. SLA clock columns are written only by the trigger
--    and by system code (the SLA engine and its crons).
--  * support_ticket_messages: the conversation. The ticket's client and admins read and add to
--    it; who wrote it (client or agency) is the database's, not the caller's say.
--  * support_ticket_notes: internal notes. Admins only — a client's role cannot read one row.
--  * support_ticket_events: status/assignment/SLA history, written by triggers and system code;
--    the ticket's client and admins read it.
--  * support_ticket_ratings: CSAT 1–5 and an optional comment, one per ticket, by its client once
--    it is resolved or closed. The client and admins read it.
--  * support_canned_replies: the agency's saved answers. Admins only.
-- Every write an admin makes to a client's ticket, and every write made while impersonating, is
-- audited by private.audit_privileged_write (tables carry owner_id = the client, its subject).

-- ---------------------------------------------------------------------------
-- support_settings
-- ---------------------------------------------------------------------------
create table public.support_settings (
  id boolean primary key default true check (id),
  time_zone text not null default 'America/Sao_Paulo' check (char_length(time_zone) between 1 and 64),
  sla_hours text not null default 'calendar' check (sla_hours in ('calendar', 'business')),
  -- [{ "day": 0-6 (0 = Sunday), "start": "HH:MM", "end": "HH:MM" }], in the agency's time zone.
  business_hours jsonb not null default '[{"day":1,"start":"09:00","end":"18:00"},{"day":2,"start":"09:00","end":"18:00"},{"day":3,"start":"09:00","end":"18:00"},{"day":4,"start":"09:00","end":"18:00"},{"day":5,"start":"09:00","end":"18:00"}]'::jsonb
    check (jsonb_typeof(business_hours) = 'array'),
  holidays date[] not null default '{}',
  -- Minutes to a first response per plan; a missing or null entry means no SLA.
  first_response_minutes jsonb not null default '{"free": null, "basic": 1440, "pro": 240, "enterprise": 60}'::jsonb
    check (jsonb_typeof(first_response_minutes) = 'object'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
insert into public.support_settings (id) values (true);

alter table public.support_settings enable row level security;
create policy "support settings: everyone signed in reads" on public.support_settings
  for select to authenticated using (true);
create policy "support settings: admins change" on public.support_settings
  for update to authenticated using ((select private.is_admin())) with check ((select private.is_admin()));
grant select on public.support_settings to authenticated;
grant update (time_zone, sla_hours, business_hours, holidays, first_response_minutes) on public.support_settings to authenticated;
grant all on public.support_settings to service_role;

-- A time zone that PostgreSQL does not know is refused here, not when a ticket is counted.
create function private.check_support_settings() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if not exists (select 1 from pg_catalog.pg_timezone_names where name = new.time_zone) then
    raise exception 'unknown time zone' using errcode = '23514';
  end if;
  new.updated_at := now();
  return new;
end;
$$;
create trigger check_support_settings before update on public.support_settings
  for each row execute function private.check_support_settings();

-- The month a moment counts in: the calendar month in the agency's time zone (first day), and
-- when that month ends (the reset the client is shown).
create function private.support_month(p_at timestamptz) returns date
language sql stable security definer set search_path = ''
as $$
  select date_trunc('month', p_at at time zone s.time_zone)::date from public.support_settings s where s.id
$$;

create function private.support_month_end(p_at timestamptz) returns timestamptz
language sql stable security definer set search_path = ''
as $$
  select (date_trunc('month', p_at at time zone s.time_zone) + interval '1 month') at time zone s.time_zone
  from public.support_settings s where s.id
$$;
grant execute on function private.support_month(timestamptz) to authenticated, service_role;
grant execute on function private.support_month_end(timestamptz) to authenticated, service_role;

-- ---------------------------------------------------------------------------
-- support_ticket_counters
-- ---------------------------------------------------------------------------
create table public.support_ticket_counters (
  owner_id uuid not null references public.user_profiles (id) on delete cascade,
  month date not null,
  used integer not null default 0 check (used >= 0),
  created_at timestamptz not null default now(),
  primary key (owner_id, month)
);

alter table public.support_ticket_counters enable row level security;
create policy "ticket counters: clients read their own, admins all" on public.support_ticket_counters
  for select to authenticated using (owner_id = (select auth.uid()) or (select private.is_admin()));
grant select on public.support_ticket_counters to authenticated;
grant all on public.support_ticket_counters to service_role;

-- ---------------------------------------------------------------------------
-- support_tickets
-- ---------------------------------------------------------------------------
create table public.support_tickets (
  id uuid primary key default gen_random_uuid(),
  number bigint generated always as identity unique,
  -- The client who opened it (named like every tenant column, so the audit trigger finds its subject).
  owner_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  project_id uuid references public.projects (id) on delete set null,
  subject text not null check (char_length(subject) between 1 and 200),
  description text not null check (char_length(description) between 1 and 10000),
  priority text not null default 'medium' check (priority in ('low', 'medium', 'high', 'urgent')),
  status text not null default 'open' check (status in ('open', 'in_progress', 'waiting_for_client', 'resolved', 'closed')),
  -- The plan when it was opened: its SLA is the one promised then.
  tier public.tier not null default 'free',
  -- The month it counts in (the agency's time zone), for the counter and for a merge's refund.
  month date not null default current_date,
  assignee_id uuid references public.user_profiles (id) on delete set null,
  merged_into_id uuid references public.support_tickets (id) on delete set null,
  -- SLA clock (first response). sla_minutes null: no SLA on this plan.
  sla_minutes integer check (sla_minutes > 0),
  sla_hours text not null default 'calendar' check (sla_hours in ('calendar', 'business')),
  sla_clock_started_at timestamptz,
  sla_consumed_minutes double precision not null default 0 check (sla_consumed_minutes >= 0),
  sla_paused_at timestamptz,
  first_response_due_at timestamptz,
  sla_warn_at timestamptz,
  first_responded_at timestamptz,
  sla_warned_at timestamptz,
  sla_breached_at timestamptz,
  resolved_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index support_tickets_owner_idx on public.support_tickets (owner_id, created_at desc);
create index support_tickets_project_idx on public.support_tickets (project_id);
create index support_tickets_assignee_idx on public.support_tickets (assignee_id);
create index support_tickets_merged_into_idx on public.support_tickets (merged_into_id);
create index support_tickets_due_idx on public.support_tickets (first_response_due_at) where first_responded_at is null;
create index support_tickets_warn_idx on public.support_tickets (sla_warn_at) where first_responded_at is null and sla_warned_at is null;

alter table public.support_tickets enable row level security;
create policy "tickets: clients read their own, admins all" on public.support_tickets
  for select to authenticated using (owner_id = (select auth.uid()) or (select private.is_admin()));
create policy "tickets: clients open their own" on public.support_tickets
  for insert to authenticated
  with check (owner_id = (select auth.uid())
              and (project_id is null or project_id in (select private.owned_project_ids())));
create policy "tickets: clients and admins update" on public.support_tickets
  for update to authenticated
  using (owner_id = (select auth.uid()) or (select private.is_admin()))
  with check (owner_id = (select auth.uid()) or (select private.is_admin()));
grant select on public.support_tickets to authenticated;
-- Every column is named in INSERTs (ORMs list them all); the trigger pins the server-side ones.
grant insert (id, number, owner_id, project_id, subject, description, priority, status, tier, month, assignee_id, merged_into_id,
  sla_minutes, sla_hours, sla_clock_started_at, sla_consumed_minutes, sla_paused_at, first_response_due_at, sla_warn_at,
  first_responded_at, sla_warned_at, sla_breached_at, resolved_at, closed_at, created_at, updated_at)
  on public.support_tickets to authenticated;
grant update (status, priority, assignee_id, merged_into_id) on public.support_tickets to authenticated;
-- The ticket number people quote ("#42") comes from the identity's sequence.
grant usage on sequence public.support_tickets_number_seq to authenticated;
grant all on public.support_tickets to service_role;

-- A new ticket: server-side columns pinned, the plan's SLA and a calendar-hours due time set
-- (system code replaces it when the agency runs on business hours), and the month's allowance
-- taken in one atomic upsert of the counter row — concurrent creates queue on that row, and the
-- one that finds it full gets tier_limit:tickets. System inserts (no caller) keep their
-- created_at: tests and imports place a ticket in time.
create function private.open_support_ticket() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  settings public.support_settings;
  max_allowed integer;
  used_now integer;
begin
  select * into settings from public.support_settings where id;
  if (select auth.uid()) is not null then
    if new.owner_id is distinct from (select auth.uid()) then
      return new; -- someone else's ticket: the insert policy refuses it (FORBIDDEN)
    end if;
    new.id := gen_random_uuid();
    new.created_at := now();
    new.status := 'open';
    new.assignee_id := null;
    new.merged_into_id := null;
    new.first_responded_at := null;
    new.sla_warned_at := null;
    new.sla_breached_at := null;
    new.resolved_at := null;
    new.closed_at := null;
  end if;
  new.updated_at := now();
  select p.tier into new.tier from public.user_profiles p where p.id = new.owner_id;
  if new.tier is null then
    raise exception 'ticket owner has no profile' using errcode = '23503';
  end if;
  new.month := date_trunc('month', new.created_at at time zone settings.time_zone)::date;
  new.sla_minutes := nullif(settings.first_response_minutes ->> new.tier::text, '')::integer;
  new.sla_hours := settings.sla_hours;
  new.sla_consumed_minutes := 0;
  new.sla_paused_at := null;
  new.sla_clock_started_at := new.created_at;
  new.first_response_due_at := case when new.sla_minutes is not null then new.created_at + make_interval(mins => new.sla_minutes) end;
  new.sla_warn_at := case when new.sla_minutes is not null then new.created_at + make_interval(secs => new.sla_minutes * 48) end;

  select l.max_tickets_per_month into max_allowed from public.tier_limits l where l.tier = new.tier;
  insert into public.support_ticket_counters as c (owner_id, month, used)
    values (new.owner_id, new.month, 1)
    on conflict (owner_id, month) do update set used = c.used + 1
      where max_allowed is null or c.used < max_allowed
    returning c.used into used_now;
  if used_now is null or (max_allowed is not null and used_now > max_allowed) then
    raise exception 'tier_limit:tickets' using errcode = 'P0001',
      detail = json_build_object('resource', 'tickets', 'limit', max_allowed, 'tier', new.tier,
        'resets_at', (new.month + interval '1 month') at time zone settings.time_zone)::text;
  end if;
  return new;
end;
$$;
create trigger open_support_ticket before insert on public.support_tickets
  for each row execute function private.open_support_ticket();

-- Status rules. A client resolves their open ticket and reopens a resolved one within 7 days
-- (nothing else); an admin moves it freely, assigns it to an admin, and merges it into another
-- ticket of the same client. Timestamps follow the status.
create function private.guard_support_ticket_update() returns trigger
language plpgsql security invoker set search_path = ''
as $$
begin
  if current_user in ('authenticated', 'anon') and not (select private.is_admin()) then
    if (new.priority, new.assignee_id, new.merged_into_id) is distinct from (old.priority, old.assignee_id, old.merged_into_id) then
      raise exception 'only the agency changes this' using errcode = '42501';
    end if;
    if new.status is distinct from old.status and not (
      (new.status = 'resolved' and old.status in ('open', 'in_progress', 'waiting_for_client'))
      or (new.status = 'open' and old.status = 'resolved' and old.resolved_at > now() - interval '7 days')
    ) then
      raise exception 'ticket status change not allowed' using errcode = '42501';
    end if;
  end if;
  if new.assignee_id is distinct from old.assignee_id and new.assignee_id is not null
     and not exists (select 1 from public.user_profiles p where p.id = new.assignee_id and p.user_type = 'admin') then
    raise exception 'ticket assignee must be an agency admin' using errcode = '23514';
  end if;
  if new.merged_into_id is distinct from old.merged_into_id then
    if new.merged_into_id = new.id or old.merged_into_id is not null
       or not exists (select 1 from public.support_tickets t where t.id = new.merged_into_id and t.owner_id = new.owner_id and t.merged_into_id is null) then
      raise exception 'ticket merge not allowed' using errcode = '42501';
    end if;
    new.status := 'closed';
  end if;
  if new.status is distinct from old.status then
    new.resolved_at := case when new.status = 'resolved' then now() when new.status in ('open', 'in_progress', 'waiting_for_client') then null else old.resolved_at end;
    new.closed_at := case when new.status = 'closed' then now() else null end;
  end if;
  new.updated_at := now();
  return new;
end;
$$;
create trigger guard_support_ticket_update before update on public.support_tickets
  for each row execute function private.guard_support_ticket_update();

create trigger audit_support_tickets after insert or update on public.support_tickets
  for each row execute function private.audit_privileged_write();

-- ---------------------------------------------------------------------------
-- support_ticket_events
-- ---------------------------------------------------------------------------
create table public.support_ticket_events (
  id bigint generated always as identity primary key,
  ticket_id uuid not null references public.support_tickets (id) on delete cascade,
  owner_id uuid not null references public.user_profiles (id) on delete cascade,
  actor_id uuid,
  -- 'created', 'status', 'assigned', 'priority', 'merged', 'first_response', 'sla_warned', 'sla_breached', 'rated'
  kind text not null check (kind ~ '^[a-z_]{1,40}$'),
  from_status text,
  to_status text,
  detail jsonb,
  created_at timestamptz not null default now()
);
create index support_ticket_events_ticket_idx on public.support_ticket_events (ticket_id, created_at);
create index support_ticket_events_owner_idx on public.support_ticket_events (owner_id);

alter table public.support_ticket_events enable row level security;
create policy "ticket events: clients read their own, admins all" on public.support_ticket_events
  for select to authenticated using (owner_id = (select auth.uid()) or (select private.is_admin()));
grant select on public.support_ticket_events to authenticated;
grant all on public.support_ticket_events to service_role;

create function private.record_support_ticket_event() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  actor uuid := coalesce(private.acting_admin_id(), (select auth.uid()));
begin
  if tg_op = 'INSERT' then
    insert into public.support_ticket_events (ticket_id, owner_id, actor_id, kind, to_status)
      values (new.id, new.owner_id, actor, 'created', new.status);
    return null;
  end if;
  if new.merged_into_id is distinct from old.merged_into_id then
    insert into public.support_ticket_events (ticket_id, owner_id, actor_id, kind, detail)
      values (new.id, new.owner_id, actor, 'merged', jsonb_build_object('into', new.merged_into_id));
  end if;
  if new.status is distinct from old.status then
    insert into public.support_ticket_events (ticket_id, owner_id, actor_id, kind, from_status, to_status)
      values (new.id, new.owner_id, actor, 'status', old.status, new.status);
  end if;
  if new.assignee_id is distinct from old.assignee_id then
    insert into public.support_ticket_events (ticket_id, owner_id, actor_id, kind, detail)
      values (new.id, new.owner_id, actor, 'assigned', jsonb_build_object('assignee', new.assignee_id));
  end if;
  if new.priority is distinct from old.priority then
    insert into public.support_ticket_events (ticket_id, owner_id, actor_id, kind, detail)
      values (new.id, new.owner_id, actor, 'priority', jsonb_build_object('from', old.priority, 'to', new.priority));
  end if;
  if new.first_responded_at is not null and old.first_responded_at is null then
    insert into public.support_ticket_events (ticket_id, owner_id, actor_id, kind, detail)
      values (new.id, new.owner_id, actor, 'first_response',
              jsonb_build_object('within_sla', new.first_response_due_at is null or new.first_responded_at <= new.first_response_due_at));
  end if;
  if new.sla_warned_at is not null and old.sla_warned_at is null then
    insert into public.support_ticket_events (ticket_id, owner_id, kind, detail)
      values (new.id, new.owner_id, 'sla_warned', jsonb_build_object('due', new.first_response_due_at));
  end if;
  if new.sla_breached_at is not null and old.sla_breached_at is null then
    insert into public.support_ticket_events (ticket_id, owner_id, kind, detail)
      values (new.id, new.owner_id, 'sla_breached', jsonb_build_object('due', new.first_response_due_at));
  end if;
  return null;
end;
$$;
create trigger record_support_ticket_event after insert or update on public.support_tickets
  for each row execute function private.record_support_ticket_event();

-- A merged duplicate gives its month's slot back: the client asked once.
create function private.refund_merged_ticket() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  update public.support_ticket_counters set used = greatest(used - 1, 0)
    where owner_id = new.owner_id and month = new.month;
  return null;
end;
$$;
create trigger refund_merged_ticket after update of merged_into_id on public.support_tickets
  for each row when (old.merged_into_id is null and new.merged_into_id is not null)
  execute function private.refund_merged_ticket();

-- ---------------------------------------------------------------------------
-- support_ticket_messages
-- ---------------------------------------------------------------------------
create table public.support_ticket_messages (
  id uuid primary key default gen_random_uuid(),
  ticket_id uuid not null references public.support_tickets (id) on delete cascade,
  owner_id uuid not null references public.user_profiles (id) on delete cascade,
  author_id uuid default auth.uid() references public.user_profiles (id) on delete set null,
  from_agency boolean not null default false,
  body text not null check (char_length(body) between 1 and 10000),
  created_at timestamptz not null default now()
);
create index support_ticket_messages_ticket_idx on public.support_ticket_messages (ticket_id, created_at);
create index support_ticket_messages_owner_idx on public.support_ticket_messages (owner_id);
create index support_ticket_messages_author_idx on public.support_ticket_messages (author_id);

-- The tickets a caller may write to: their own that are still open, or any (admins) not closed.
create function private.writable_ticket_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select t.id from public.support_tickets t
  where t.merged_into_id is null and t.status <> 'closed'
    and ((t.owner_id = (select auth.uid()) and t.status <> 'resolved') or (select private.is_admin()))
$$;
grant execute on function private.writable_ticket_ids() to authenticated;

alter table public.support_ticket_messages enable row level security;
create policy "ticket messages: clients read their own, admins all" on public.support_ticket_messages
  for select to authenticated using (owner_id = (select auth.uid()) or (select private.is_admin()));
create policy "ticket messages: on tickets the caller may write to" on public.support_ticket_messages
  for insert to authenticated with check (ticket_id in (select private.writable_ticket_ids()));
grant select on public.support_ticket_messages to authenticated;
grant insert (id, ticket_id, owner_id, author_id, from_agency, body, created_at) on public.support_ticket_messages to authenticated;
grant all on public.support_ticket_messages to service_role;

-- Who wrote it is the database's: the author is the caller, agency if they are an admin (an
-- impersonating admin writes as the client). The first agency message is the first response; a
-- client's message on a ticket waiting for them puts it back in the agency's court.
create function private.pin_support_ticket_message() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  select t.owner_id into new.owner_id from public.support_tickets t where t.id = new.ticket_id;
  if new.owner_id is null then
    raise exception 'ticket not found' using errcode = '23503';
  end if;
  if (select auth.uid()) is not null then
    new.id := gen_random_uuid();
    new.author_id := (select auth.uid());
    new.from_agency := (select private.is_admin());
    new.created_at := now();
  end if;
  return new;
end;
$$;
create trigger pin_support_ticket_message before insert on public.support_ticket_messages
  for each row execute function private.pin_support_ticket_message();

create function private.apply_support_ticket_message() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if new.from_agency then
    update public.support_tickets set
      first_responded_at = coalesce(first_responded_at, new.created_at),
      status = case when status = 'open' then 'in_progress' else status end
    where id = new.ticket_id;
  else
    update public.support_tickets set status = 'open' where id = new.ticket_id and status = 'waiting_for_client';
  end if;
  return null;
end;
$$;
create trigger apply_support_ticket_message after insert on public.support_ticket_messages
  for each row execute function private.apply_support_ticket_message();

create trigger audit_support_ticket_messages after insert on public.support_ticket_messages
  for each row execute function private.audit_privileged_write();

-- ---------------------------------------------------------------------------
-- support_ticket_notes: internal, admins only
-- ---------------------------------------------------------------------------
create table public.support_ticket_notes (
  id uuid primary key default gen_random_uuid(),
  ticket_id uuid not null references public.support_tickets (id) on delete cascade,
  owner_id uuid not null references public.user_profiles (id) on delete cascade,
  author_id uuid default auth.uid() references public.user_profiles (id) on delete set null,
  body text not null check (char_length(body) between 1 and 10000),
  created_at timestamptz not null default now()
);
create index support_ticket_notes_ticket_idx on public.support_ticket_notes (ticket_id, created_at);
create index support_ticket_notes_owner_idx on public.support_ticket_notes (owner_id);
create index support_ticket_notes_author_idx on public.support_ticket_notes (author_id);

alter table public.support_ticket_notes enable row level security;
create policy "ticket notes: admins only" on public.support_ticket_notes
  for select to authenticated using ((select private.is_admin()));
create policy "ticket notes: admins add" on public.support_ticket_notes
  for insert to authenticated with check ((select private.is_admin()));
grant select on public.support_ticket_notes to authenticated;
grant insert (id, ticket_id, owner_id, author_id, body, created_at) on public.support_ticket_notes to authenticated;
grant all on public.support_ticket_notes to service_role;

create function private.pin_support_ticket_note() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  select t.owner_id into new.owner_id from public.support_tickets t where t.id = new.ticket_id;
  if new.owner_id is null then
    raise exception 'ticket not found' using errcode = '23503';
  end if;
  if (select auth.uid()) is not null then
    new.id := gen_random_uuid();
    new.author_id := (select auth.uid());
    new.created_at := now();
  end if;
  return new;
end;
$$;
create trigger pin_support_ticket_note before insert on public.support_ticket_notes
  for each row execute function private.pin_support_ticket_note();

-- ---------------------------------------------------------------------------
-- support_ticket_ratings (CSAT)
-- ---------------------------------------------------------------------------
create table public.support_ticket_ratings (
  ticket_id uuid primary key references public.support_tickets (id) on delete cascade,
  owner_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  score smallint not null check (score between 1 and 5),
  comment text check (char_length(comment) <= 1000),
  created_at timestamptz not null default now()
);
create index support_ticket_ratings_owner_idx on public.support_ticket_ratings (owner_id);

alter table public.support_ticket_ratings enable row level security;
create policy "ticket ratings: clients read their own, admins all" on public.support_ticket_ratings
  for select to authenticated using (owner_id = (select auth.uid()) or (select private.is_admin()));
create policy "ticket ratings: clients rate their resolved tickets" on public.support_ticket_ratings
  for insert to authenticated
  with check (owner_id = (select auth.uid()) and ticket_id in (
    select t.id from public.support_tickets t
    where t.owner_id = (select auth.uid()) and t.status in ('resolved', 'closed') and t.merged_into_id is null));
grant select on public.support_ticket_ratings to authenticated;
grant insert (ticket_id, owner_id, score, comment, created_at) on public.support_ticket_ratings to authenticated;
grant all on public.support_ticket_ratings to service_role;

create function private.pin_support_ticket_rating() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  new.created_at := now();
  insert into public.support_ticket_events (ticket_id, owner_id, actor_id, kind, detail)
    values (new.ticket_id, new.owner_id, coalesce(private.acting_admin_id(), (select auth.uid())), 'rated',
            jsonb_build_object('score', new.score));
  return new;
end;
$$;
create trigger pin_support_ticket_rating before insert on public.support_ticket_ratings
  for each row execute function private.pin_support_ticket_rating();
create trigger audit_support_ticket_ratings after insert on public.support_ticket_ratings
  for each row execute function private.audit_privileged_write();

-- ---------------------------------------------------------------------------
-- support_canned_replies: admins only
-- ---------------------------------------------------------------------------
create table public.support_canned_replies (
  id uuid primary key default gen_random_uuid(),
  title text not null check (char_length(title) between 1 and 120),
  body text not null check (char_length(body) between 1 and 10000),
  created_by uuid default auth.uid() references public.user_profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index support_canned_replies_created_by_idx on public.support_canned_replies (created_by);

alter table public.support_canned_replies enable row level security;
create policy "canned replies: admins read" on public.support_canned_replies
  for select to authenticated using ((select private.is_admin()));
create policy "canned replies: admins add" on public.support_canned_replies
  for insert to authenticated with check ((select private.is_admin()));
create policy "canned replies: admins change" on public.support_canned_replies
  for update to authenticated using ((select private.is_admin())) with check ((select private.is_admin()));
create policy "canned replies: admins remove" on public.support_canned_replies
  for delete to authenticated using ((select private.is_admin()));
grant select, delete on public.support_canned_replies to authenticated;
grant insert (id, title, body, created_by, created_at, updated_at) on public.support_canned_replies to authenticated;
grant update (title, body) on public.support_canned_replies to authenticated;
grant all on public.support_canned_replies to service_role;
-- (private.touch_updated_at also guards an owner_id this table does not have.)
create function private.touch_canned_reply() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;
create trigger touch_canned_reply before update on public.support_canned_replies
  for each row execute function private.touch_canned_reply();
