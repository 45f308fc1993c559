-- Outgoing webhooks (issue 36, point 4): endpoints an account registers, the messages (one per
-- event and endpoint) the delivery job sends, and a log row per attempt.

-- ---------------------------------------------------------------------------
-- webhook_endpoints: where an account's events go. The owner reads, adds,
-- changes and removes their own; nobody else sees them (not even admins: an
-- endpoint URL often carries a token of the receiving tool). The failure
-- streak and "disabled because failing" are written by the delivery job only:
-- the owner may change url, description, events and switch it on or off.
-- ---------------------------------------------------------------------------
create table public.webhook_endpoints (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.user_profiles (id) on delete cascade,
  url text not null check (char_length(url) between 10 and 2000),
  description text not null default '' check (char_length(description) <= 200),
  event_types text[] not null check (cardinality(event_types) between 1 and 20),
  is_enabled boolean not null default true,
  -- Why it is off: 'owner' (switched off by hand) or 'failing' (the job gave up on it).
  disabled_reason text check (disabled_reason in ('owner', 'failing')),
  -- Consecutive failed attempts, and since when nothing was delivered (null while healthy).
  failure_streak integer not null default 0,
  failing_since timestamptz,
  -- The first characters of the signing secret, so the owner can tell secrets apart.
  secret_hint text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (is_enabled = (disabled_reason is null))
);
create index webhook_endpoints_owner_id_idx on public.webhook_endpoints (owner_id);

alter table public.webhook_endpoints enable row level security;
create policy "webhook endpoints: owner reads" on public.webhook_endpoints
  for select to authenticated
  using (owner_id = (select auth.uid()));
create policy "webhook endpoints: owner adds" on public.webhook_endpoints
  for insert to authenticated
  with check (owner_id = (select auth.uid()));
create policy "webhook endpoints: owner changes" on public.webhook_endpoints
  for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));
create policy "webhook endpoints: owner removes" on public.webhook_endpoints
  for delete to authenticated
  using (owner_id = (select auth.uid()));
-- Insert on the whole row (Drizzle names every column, writing DEFAULT for the unset ones); what an
-- owner could set there about their own endpoint (a streak, a hint) harms nobody else.
grant select, insert, delete on public.webhook_endpoints to authenticated;
grant update (url, description, event_types, is_enabled, disabled_reason, updated_at) on public.webhook_endpoints to authenticated;
grant all on public.webhook_endpoints to service_role;
-- Writes made while impersonating (and by admins) are audited like every other table's.
create trigger audit_webhook_endpoints after insert or update or delete on public.webhook_endpoints
  for each row execute function private.audit_privileged_write();

-- ---------------------------------------------------------------------------
-- The signing secrets (whsec_…), in the private schema: shown to the owner
-- once, when created or regenerated, and read afterwards only by the delivery
-- job on the privileged connection: no API role reads them (no grant, and a policy refusing all).
-- ---------------------------------------------------------------------------
create table private.webhook_endpoint_secrets (
  endpoint_id uuid primary key references public.webhook_endpoints (id) on delete cascade,
  secret text not null check (secret like 'whsec_%'),
  created_at timestamptz not null default now()
);
revoke all on private.webhook_endpoint_secrets from public, anon, authenticated;
alter table private.webhook_endpoint_secrets enable row level security;
create policy "webhook_endpoint_secrets: no access for API roles" on private.webhook_endpoint_secrets
  as restrictive for all to anon, authenticated using (false) with check (false);

-- Sets an endpoint's secret (and the hint the owner sees) in the owner's transaction (create,
-- regenerate): the caller must own the endpoint (checked here: the table has no policy for them).
create function private.set_webhook_endpoint_secret(p_endpoint_id uuid, p_secret text) returns void
language plpgsql security definer set search_path = ''
as $$
begin
  if not exists (select 1 from public.webhook_endpoints e where e.id = p_endpoint_id and e.owner_id = (select auth.uid())) then
    raise exception 'not the owner of this webhook endpoint' using errcode = '42501';
  end if;
  insert into private.webhook_endpoint_secrets (endpoint_id, secret) values (p_endpoint_id, p_secret)
  on conflict (endpoint_id) do update set secret = excluded.secret, created_at = now();
  update public.webhook_endpoints set secret_hint = left(p_secret, 10) || '…', updated_at = now() where id = p_endpoint_id;
end;
$$;
revoke all on function private.set_webhook_endpoint_secret(uuid, text) from public;
grant execute on function private.set_webhook_endpoint_secret(uuid, text) to authenticated, service_role;

-- ---------------------------------------------------------------------------
-- webhook_messages: one per (event, endpoint), written by system code in the
-- transaction of the write the event announces (a lead, a publish). Its id is
-- the `webhook-id` header of every attempt, so receivers can dedupe. The owner
-- reads them through the webhooks module after RLS showed them the endpoint.
-- ---------------------------------------------------------------------------
create table private.webhook_messages (
  id text primary key check (id ~ '^msg_[A-Za-z0-9]{10,64}$'),
  endpoint_id uuid not null references public.webhook_endpoints (id) on delete cascade,
  event_type text not null check (char_length(event_type) between 1 and 64),
  -- What happened, deterministic ('lead.created:<lead id>'): an event raised twice is one message.
  event_key text not null check (char_length(event_key) between 1 and 300),
  payload jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  created_at timestamptz not null default now(),
  delivered_at timestamptz,
  unique (endpoint_id, event_key)
);
create index webhook_messages_endpoint_idx on private.webhook_messages (endpoint_id, created_at desc);
revoke all on private.webhook_messages from public, anon, authenticated;
alter table private.webhook_messages enable row level security;
create policy "webhook_messages: no access for API roles" on private.webhook_messages
  as restrictive for all to anon, authenticated using (false) with check (false);

-- webhook_attempts: the delivery log, one row per HTTP attempt.
create table private.webhook_attempts (
  id bigint generated always as identity primary key,
  message_id text not null references private.webhook_messages (id) on delete cascade,
  endpoint_id uuid not null references public.webhook_endpoints (id) on delete cascade,
  status_code integer check (status_code between 100 and 599),
  latency_ms integer not null check (latency_ms >= 0),
  -- The start of the receiver's answer (capped by the module, and here).
  response_excerpt text not null default '' check (char_length(response_excerpt) <= 1000),
  error text check (char_length(error) <= 300),
  is_success boolean not null,
  created_at timestamptz not null default now()
);
create index webhook_attempts_message_idx on private.webhook_attempts (message_id, id);
create index webhook_attempts_endpoint_idx on private.webhook_attempts (endpoint_id, id desc);
revoke all on private.webhook_attempts from public, anon, authenticated;
alter table private.webhook_attempts enable row level security;
create policy "webhook_attempts: no access for API roles" on private.webhook_attempts
  as restrictive for all to anon, authenticated using (false) with check (false);
