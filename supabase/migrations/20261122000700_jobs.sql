-- Jobs: the event outbox, and the durable state of the embedded job engine (the stand-in for
-- Inngest when it is not configured): runs, their memoised steps, cron schedules, throttles and
-- dedupe keys. Everything here is written by system code (the privileged connection) except
-- events, which user transactions record through private.enqueue_job_event so an event is
-- committed with the row it announces, or not at all. Admins read everything (the Jobs page);
-- nobody else reads or writes these tables through the API.

-- job_runs before this migration held the old in-memory runner's history: debugging records of
-- runs that cannot resume. The new engine's runs have another shape, so the table starts over.
drop table if exists public.job_runs;

-- ---------------------------------------------------------------------------
-- job_events: every event sent, in order. With Inngest it is the outbox (dispatched_at = when
-- Inngest accepted it); with the embedded engine it is also the queue (dispatched_at = when the
-- runs it triggers were created).
-- ---------------------------------------------------------------------------
create table public.job_events (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity unique,
  name text not null check (char_length(name) between 1 and 200),
  data jsonb not null default '{}'::jsonb,
  -- The sender's event id (Inngest's dedupe id): the same id within 24 hours is one event.
  external_id text check (char_length(external_id) <= 200),
  sent_by uuid,
  ts timestamptz not null default now(),
  dispatched_at timestamptz,
  attempts integer not null default 0,
  last_error text,
  next_attempt_at timestamptz not null default now(),
  created_at timestamptz not null default now()
);
create index job_events_pending_idx on public.job_events (next_attempt_at, seq) where dispatched_at is null;
create index job_events_created_at_idx on public.job_events (created_at);

-- ---------------------------------------------------------------------------
-- job_dedupe: keys that suppress duplicates for a while — event ids (scope 'event') and function
-- idempotency keys (scope 'fn:<function id>'), 24 hours each, as in Inngest.
-- ---------------------------------------------------------------------------
create table public.job_dedupe (
  scope text not null,
  key text not null,
  expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  primary key (scope, key)
);
create index job_dedupe_expires_at_idx on public.job_dedupe (expires_at);

-- ---------------------------------------------------------------------------
-- job_runs: one run of one function for one event (or cron tick). `run_at` is when it may
-- execute next (a retry's backoff, a sleep's wake-up, a throttle's slot); a worker owns a
-- running run until `lease_until` and renews the lease while it works, so a crashed worker's
-- run is picked up again after the lease runs out — from its last memoised step.
-- ---------------------------------------------------------------------------
create table public.job_runs (
  id uuid primary key default gen_random_uuid(),
  function_id text not null,
  kind text not null default 'main' check (kind in ('main', 'failure')),
  event_id uuid references public.job_events (id) on delete set null,
  event_name text not null,
  event_data jsonb not null default '{}'::jsonb,
  event_external_id text,
  event_ts timestamptz not null default now(),
  status text not null default 'queued' check (status in ('queued', 'running', 'sleeping', 'succeeded', 'failed', 'cancelled')),
  run_at timestamptz not null default now(),
  attempt integer not null default 0 check (attempt >= 0),
  concurrency_keys text[] not null default '{}',
  throttle_key text,
  lease_owner text,
  lease_until timestamptz,
  output jsonb,
  error jsonb,
  -- The run this one handles the failure of (kind 'failure'), or re-runs (an admin's retry).
  failure_of uuid references public.job_runs (id) on delete set null,
  rerun_of uuid references public.job_runs (id) on delete set null,
  started_at timestamptz,
  finished_at timestamptz,
  created_at timestamptz not null default now()
);
create index job_runs_runnable_idx on public.job_runs (run_at) where status in ('queued', 'sleeping');
create index job_runs_running_idx on public.job_runs (lease_until) where status = 'running';
create index job_runs_function_idx on public.job_runs (function_id, created_at desc);
create index job_runs_created_at_idx on public.job_runs (created_at desc);
create index job_runs_event_id_idx on public.job_runs (event_id);
create index job_runs_failure_of_idx on public.job_runs (failure_of);
create index job_runs_rerun_of_idx on public.job_runs (rerun_of);

-- ---------------------------------------------------------------------------
-- job_steps: each step's memoised outcome. A completed step is never run again for its run.
-- ---------------------------------------------------------------------------
create table public.job_steps (
  run_id uuid not null references public.job_runs (id) on delete cascade,
  step_id text not null,
  op text not null check (op in ('run', 'sleep', 'sendEvent')),
  status text not null check (status in ('completed', 'failed', 'errored', 'sleeping')),
  output jsonb,
  error jsonb,
  attempts integer not null default 0,
  wake_at timestamptz,
  started_at timestamptz,
  finished_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (run_id, step_id)
);

-- ---------------------------------------------------------------------------
-- job_schedules: the next tick of each cron function. A tick missed while nothing ran fires
-- once, late, and the schedule moves past now (never N catch-up runs).
-- ---------------------------------------------------------------------------
create table public.job_schedules (
  function_id text primary key,
  cron text not null,
  next_at timestamptz not null,
  last_at timestamptz,
  created_at timestamptz not null default now()
);

-- job_throttles: per function and key, the theoretical arrival time of the next start (GCRA).
create table public.job_throttles (
  function_id text not null,
  key text not null,
  tat timestamptz not null,
  created_at timestamptz not null default now(),
  primary key (function_id, key)
);

alter table public.job_events enable row level security;
alter table public.job_dedupe enable row level security;
alter table public.job_runs enable row level security;
alter table public.job_steps enable row level security;
alter table public.job_schedules enable row level security;
alter table public.job_throttles enable row level security;
create policy "job events: admins read" on public.job_events for select to authenticated using ((select private.is_admin()));
create policy "job runs: admins read" on public.job_runs for select to authenticated using ((select private.is_admin()));
create policy "job steps: admins read" on public.job_steps for select to authenticated using ((select private.is_admin()));
create policy "job schedules: admins read" on public.job_schedules for select to authenticated using ((select private.is_admin()));
-- Dedupe keys and throttle state are engine internals: no API access at all.
create policy "job dedupe: nobody through the API" on public.job_dedupe for select to authenticated using (false);
create policy "job throttles: nobody through the API" on public.job_throttles for select to authenticated using (false);
grant select on public.job_events, public.job_runs, public.job_steps, public.job_schedules to authenticated;
grant all on public.job_events, public.job_dedupe, public.job_runs, public.job_steps, public.job_schedules, public.job_throttles to service_role;

-- Records an event in the caller's transaction (the outbox): it exists if and only if the rows it
-- announces were committed. An external id seen in the last 24 hours makes it a duplicate: null
-- is returned and nothing is recorded. The application validates names and payloads against the
-- event catalog before calling this; the jobs that receive an event re-validate it and check the
-- rows it names, so a forged event can make nothing happen that its sender could not do.
create function private.enqueue_job_event(p_name text, p_data jsonb, p_external_id text) returns uuid
language plpgsql security definer set search_path = ''
as $$
declare
  new_id uuid;
begin
  if p_external_id is not null then
    insert into public.job_dedupe (scope, key, expires_at) values ('event', p_external_id, now() + interval '24 hours')
    on conflict (scope, key) do update set expires_at = excluded.expires_at, created_at = now()
      where public.job_dedupe.expires_at <= now();
    if not found then
      return null;
    end if;
  end if;
  insert into public.job_events (name, data, external_id, sent_by)
  values (p_name, coalesce(p_data, '{}'::jsonb), p_external_id, (select auth.uid()))
  returning id into new_id;
  return new_id;
end;
$$;
revoke all on function private.enqueue_job_event(text, jsonb, text) from public;
grant execute on function private.enqueue_job_event(text, jsonb, text) to authenticated, service_role;
