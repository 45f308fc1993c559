-- Issue 36, point 2: `Idempotency-Key` on every POST of the public REST API (/api/v1).
--
-- api_idempotency_keys: one row per (owner, idempotency key) the owner's API keys sent with a POST.
-- The first request with a key claims the row (insert … on conflict do nothing: the unique index
-- is the arbiter, so of ten concurrent requests exactly one claims it and runs), the API stores
-- its response on the row when it is done, and a later request with the same key gets that
-- response replayed instead of a second effect. A different request (method, path or body hash)
-- with a used key is refused; one that arrives while the first still runs is told to retry.
--
-- Keys belong to the owner, not to one API key: two of an account's tools (or a rotated key)
-- retrying the same operation must not do it twice, and one account's keys can never see,
-- collide with or replay another account's — owner_id is part of the unique key and of every
-- policy.
--
-- Rows live 24 hours: a request with an older row for its key (or with a claim abandoned for
-- five minutes, a process that died mid-request) deletes it first (api/run-idempotent-request.ts).
--
-- Who may see and change it:
--  * The owner reads their own rows (their own responses); nobody else, not even admins: a row
--    holds a response body, which is the owner's data.
--  * The owner inserts, completes (response_status, response_body, completed_at: the only columns
--    the request role may update) and deletes their own rows, always through an API key of their
--    own and never while an admin acts as them: only API calls write here, and an API call never
--    carries an impersonation.
--  * A claim is inserted as now() and in flight (the insert policy checks it), so a row cannot be
--    made to outlive its 24 hours or to start out with a response.

create table public.api_idempotency_keys (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.user_profiles (id) on delete cascade,
  -- The key that made the claim (for support: which tool sent it); keys are never deleted.
  api_key_id uuid not null references public.api_keys (id) on delete cascade,
  idempotency_key text not null check (char_length(idempotency_key) between 1 and 255),
  -- SHA-256 (hex) of the method, path and raw body: "the same request" means these bytes.
  request_hash text not null check (request_hash ~ '^[0-9a-f]{64}$'),
  response_status smallint check (response_status between 200 and 299),
  response_body jsonb,
  created_at timestamptz not null default now(),
  completed_at timestamptz,
  -- In flight (nothing stored) or done (status, body and time together).
  check ((completed_at is null) = (response_status is null) and (completed_at is null) = (response_body is null)),
  unique (owner_id, idempotency_key)
);
create index api_idempotency_keys_api_key_id_idx on public.api_idempotency_keys (api_key_id);

alter table public.api_idempotency_keys enable row level security;
create policy "api idempotency keys: owner reads" on public.api_idempotency_keys
  for select to authenticated
  using (owner_id = (select auth.uid()));
create policy "api idempotency keys: owner claims through an own key" on public.api_idempotency_keys
  for insert to authenticated
  with check (
    owner_id = (select auth.uid())
    and (select private.acting_admin_id()) is null
    and exists (select 1 from public.api_keys k where k.id = api_key_id and k.owner_id = (select auth.uid()))
    -- A claim starts now and in flight (Drizzle names every column, so the grant cannot leave
    -- these out; the check keeps them at their defaults).
    and created_at = now()
    and completed_at is null
  );
create policy "api idempotency keys: owner completes" on public.api_idempotency_keys
  for update to authenticated
  using (owner_id = (select auth.uid()) and (select private.acting_admin_id()) is null)
  with check (owner_id = (select auth.uid()) and (select private.acting_admin_id()) is null);
create policy "api idempotency keys: owner releases and expires" on public.api_idempotency_keys
  for delete to authenticated
  using (owner_id = (select auth.uid()) and (select private.acting_admin_id()) is null);

-- Start from nothing (hosted Supabase grants ALL by default; TRUNCATE would bypass the policies).
revoke all on public.api_idempotency_keys from anon, authenticated;
grant select on public.api_idempotency_keys to authenticated;
grant insert on public.api_idempotency_keys to authenticated;
grant update (response_status, response_body, completed_at) on public.api_idempotency_keys to authenticated;
grant delete on public.api_idempotency_keys to authenticated;
grant all on public.api_idempotency_keys to service_role;
