-- Uptime (issue 18): an HTTP check of every live host of every live site — its `<slug>` address
-- and each custom domain it is served at — by the uptime cron (src/modules/insights/
-- unsafe-run-uptime-checks.ts), every 5 minutes, or every minute on Pro and Enterprise
-- (src/modules/insights/uptime-plan.ts). Two failed checks in a row open an incident; the first
-- success resolves it (src/modules/insights/uptime-state.ts).
--
-- Storage stays bounded (a check a minute of many hosts adds up: 1,440 rows per host per day):
--  * uptime_checks keeps the raw checks for UPTIME_CHECK_RETENTION_DAYS (7) only; a daily cron
--    deletes older ones (unsafePruneUptimeChecks), so the table holds at most ~10k rows per host.
--  * uptime_daily is the per-host, per-day (UTC) rollup: checks and failures, incremented in the
--    same transaction as each raw check, so its counts are exactly the checks' counts, kept for
--    good at one row per host per day. Monthly uptime % is computed from it:
--    (checks − failures) / checks.
--  * uptime_incidents and uptime_monitors are small: an incident is rare, a monitor is one row
--    per host.
--
-- Who sees what (all four tables): the site's members (private.member_project_ids) and agency
-- admins read; nobody signed in writes, changes or deletes anything — only the uptime cron, on
-- the privileged connection, records checks and incidents (a client must not be able to hide an
-- outage or fake an uptime figure). A project's deletion removes its rows.

-- uptime_monitors: the state of one monitored host — when it was checked last, how many checks in
-- a row failed, since when, and its open incident. What the cron's next decision is made from.
create table public.uptime_monitors (
  project_id uuid not null references public.projects (id) on delete cascade,
  host text not null check (char_length(host) between 1 and 300),
  last_checked_at timestamptz,
  consecutive_failures integer not null default 0 check (consecutive_failures >= 0),
  -- The first failed check of the current run of failures (null while the host answers).
  first_failed_at timestamptz,
  first_cause text check (char_length(first_cause) between 1 and 40),
  first_status_code smallint check (first_status_code between 100 and 599),
  open_incident_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (project_id, host)
);

-- uptime_checks: one row per check of one host (raw; kept 7 days, see above).
create table public.uptime_checks (
  id bigint generated always as identity primary key,
  project_id uuid not null references public.projects (id) on delete cascade,
  host text not null check (char_length(host) between 1 and 300),
  checked_at timestamptz not null,
  is_up boolean not null,
  status_code smallint check (status_code between 100 and 599),
  -- Why it failed (insights/uptime-probe.ts): timeout, http_status, connection, dns, tls, blocked, other.
  cause text check (char_length(cause) between 1 and 40),
  response_ms integer check (response_ms >= 0),
  created_at timestamptz not null default now(),
  check (is_up = (cause is null))
);
create index uptime_checks_project_checked_idx on public.uptime_checks (project_id, checked_at desc);
create index uptime_checks_checked_idx on public.uptime_checks (checked_at);

-- uptime_daily: per host and UTC day, how many checks ran and how many failed.
create table public.uptime_daily (
  project_id uuid not null references public.projects (id) on delete cascade,
  host text not null check (char_length(host) between 1 and 300),
  day date not null,
  checks integer not null default 0 check (checks >= 0),
  failures integer not null default 0 check (failures between 0 and checks),
  response_ms_total bigint not null default 0 check (response_ms_total >= 0),
  created_at timestamptz not null default now(),
  primary key (project_id, day, host)
);

-- uptime_incidents: a host that failed two checks in a row, from its first failed check
-- (opened_at) until its first successful one (resolved_at). `resolution` says how it ended:
-- 'recovered' (a check succeeded), or 'unmonitored' (the host stopped being live — the site was
-- unpublished or the domain removed — so nobody can say when it came back).
create table public.uptime_incidents (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  host text not null check (char_length(host) between 1 and 300),
  opened_at timestamptz not null,
  -- The second failed check, when the incident was opened and the client notified.
  confirmed_at timestamptz not null,
  resolved_at timestamptz,
  resolution text check (resolution in ('recovered', 'unmonitored')),
  cause text not null check (char_length(cause) between 1 and 40),
  status_code smallint check (status_code between 100 and 599),
  failed_checks integer not null default 2 check (failed_checks >= 2),
  created_at timestamptz not null default now(),
  check (resolved_at is null or resolved_at >= opened_at),
  check ((resolved_at is null) = (resolution is null))
);
create index uptime_incidents_project_opened_idx on public.uptime_incidents (project_id, opened_at desc);
-- At most one open incident per host, whatever two cron runs do at once.
create unique index uptime_incidents_one_open_idx on public.uptime_incidents (project_id, host) where resolved_at is null;

alter table public.uptime_monitors
  add constraint uptime_monitors_open_incident_fkey foreign key (open_incident_id) references public.uptime_incidents (id) on delete set null;
create index uptime_monitors_open_incident_idx on public.uptime_monitors (open_incident_id);

alter table public.uptime_monitors enable row level security;
alter table public.uptime_checks enable row level security;
alter table public.uptime_daily enable row level security;
alter table public.uptime_incidents enable row level security;

create policy "uptime monitors: members and admins read" on public.uptime_monitors
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));
create policy "uptime checks: members and admins read" on public.uptime_checks
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));
create policy "uptime daily: members and admins read" on public.uptime_daily
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));
create policy "uptime incidents: members and admins read" on public.uptime_incidents
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));

-- Read-only for people; Supabase's default grants give anon and authenticated everything, so take
-- it back explicitly.
revoke all on public.uptime_monitors, public.uptime_checks, public.uptime_daily, public.uptime_incidents from anon, authenticated;
grant select on public.uptime_monitors, public.uptime_checks, public.uptime_daily, public.uptime_incidents to authenticated;
grant all on public.uptime_monitors, public.uptime_checks, public.uptime_daily, public.uptime_incidents to service_role;
