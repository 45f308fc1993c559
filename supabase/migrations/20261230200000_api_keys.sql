-- Issue 36, point 1: API keys for the public REST API (/api/v1).
--
-- api_keys: one row per key. The secret is shown once, when it is made; only its SHA-256 is kept
-- (secret_hash) with a short visible prefix (`pm_live_ab12cd34`) so a person can tell keys apart.
-- A key carries scopes (what the API lets it do) and may expire; revoking it is setting
-- revoked_at, after which the next call is refused. Rows are never deleted: the list and the audit
-- log keep showing what existed.
--
-- Who may see and change it:
--  * The owner reads their own keys (every column but secret_hash, which no API role can read);
--    admins (private.is_admin()) read every key. Nobody else sees a row.
--  * The owner creates keys for themselves only, never while an admin acts as them (a key would
--    outlive the impersonation). Scope `agency` (act across clients) only for an agency admin
--    who passed the second factor: never more than the role allows.
--  * The owner (or an admin) revokes a key: the only column the request role may update is
--    revoked_at, and only from "not revoked" to now(); a revoked key stays revoked.
--  * last_used_at is written by the system (the API's key check, privileged connection).
--  * Creating and revoking are written to audit_log by a trigger, so no code path skips it
--    (`api_keys.insert` / `api_keys.update`, the log's table.operation convention; details say
--    which key, its scopes, and whether an admin acting as the client did it).

create table public.api_keys (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.user_profiles (id) on delete cascade,
  name text not null check (char_length(btrim(name)) between 1 and 100),
  prefix text not null check (prefix ~ '^pm_live_[A-Za-z0-9_-]{8}$'),
  secret_hash text not null unique check (secret_hash ~ '^[0-9a-f]{64}$'),
  scopes text[] not null check (
    cardinality(scopes) between 1 and 7
    and scopes <@ array['read', 'write', 'generate', 'publish', 'leads', 'tickets', 'agency']::text[]
  ),
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz not null default now(),
  check (expires_at is null or expires_at > created_at)
);
create index api_keys_owner_id_idx on public.api_keys (owner_id, created_at desc);

alter table public.api_keys enable row level security;
create policy "api keys: owner and admins read" on public.api_keys
  for select to authenticated
  using (owner_id = (select auth.uid()) or (select private.is_admin()));
create policy "api keys: owner creates, agency scope for admins only" on public.api_keys
  for insert to authenticated
  with check (
    owner_id = (select auth.uid())
    and (select private.acting_admin_id()) is null
    and (not ('agency' = any (scopes)) or (select private.is_admin()))
  );
create policy "api keys: owner and admins revoke" on public.api_keys
  for update to authenticated
  using (owner_id = (select auth.uid()) or (select private.is_admin()))
  with check (owner_id = (select auth.uid()) or (select private.is_admin()));

-- Start from nothing (hosted Supabase grants ALL by default; TRUNCATE would bypass the policies).
revoke all on public.api_keys from anon, authenticated;
grant select (id, owner_id, name, prefix, scopes, expires_at, last_used_at, revoked_at, created_at)
  on public.api_keys to authenticated;
grant insert (id, owner_id, name, prefix, secret_hash, scopes, expires_at, last_used_at, revoked_at, created_at)
  on public.api_keys to authenticated;
grant update (revoked_at) on public.api_keys to authenticated;
grant all on public.api_keys to service_role;

-- The database's say on the lifecycle: a new key starts unused and unrevoked, stamped now; a
-- revocation is stamped now() and is final.
create function private.guard_api_key() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if (select auth.uid()) is null then
    return new; -- system writes (last_used_at) on the privileged connection
  end if;
  if tg_op = 'INSERT' then
    new.created_at := now();
    new.last_used_at := null;
    new.revoked_at := null;
    return new;
  end if;
  if old.revoked_at is not null then
    raise exception 'an API key stays revoked' using errcode = '42501';
  end if;
  if new.revoked_at is not null then
    new.revoked_at := now();
  end if;
  return new;
end;
$$;
create trigger guard_api_key before insert or update on public.api_keys
  for each row execute function private.guard_api_key();

create function private.audit_api_key() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  actor uuid := coalesce(private.acting_admin_id(), uid);
begin
  if tg_op = 'UPDATE' and (new.revoked_at is null or old.revoked_at is not null) then
    return null; -- last_used_at and other system bookkeeping
  end if;
  perform private.write_audit(
    actor,
    new.owner_id,
    'api_keys.' || lower(tg_op),
    'api_keys',
    new.id::text,
    jsonb_build_object(
      'event', case when tg_op = 'INSERT' then 'created' else 'revoked' end,
      'impersonating', actor is distinct from uid,
      'name', new.name, 'prefix', new.prefix, 'scopes', to_jsonb(new.scopes), 'expires_at', new.expires_at
    )
  );
  return null;
end;
$$;
create trigger audit_api_keys after insert or update on public.api_keys
  for each row execute function private.audit_api_key();
