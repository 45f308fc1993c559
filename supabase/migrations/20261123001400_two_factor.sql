-- Two-factor authentication (TOTP + recovery codes). Agency admins can act as any client, so the
-- database itself only treats someone as an admin when their session passed the second factor:
-- `aal` = 'aal2' in the verified claims (Supabase Auth writes it; the embedded auth writes the
-- same). A stolen admin password alone opens no client's data.
create or replace function private.is_admin() returns boolean
language sql stable security definer set search_path = ''
as $$
  select coalesce((select auth.jwt()) ->> 'aal', '') = 'aal2' and exists (
    select 1 from public.user_profiles
    where id = (select auth.uid()) and user_type = 'admin' and account_status = 'active'
  )
$$;

-- Embedded auth: the factor (its secret sealed with the auth secret) and the recovery codes
-- (hashed). Supabase Auth keeps its own (auth.mfa_factors).
create table local_auth.mfa_factors (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  secret_sealed text not null,
  status text not null check (status in ('unverified', 'verified')),
  -- Replay protection: a code's 30-second step is accepted once.
  last_used_step bigint,
  created_at timestamptz not null default now(),
  verified_at timestamptz
);
create unique index mfa_factors_one_verified on local_auth.mfa_factors (user_id) where status = 'verified';
create index mfa_factors_user_idx on local_auth.mfa_factors (user_id);
alter table local_auth.mfa_factors enable row level security;
create policy "mfa_factors: no access for API roles" on local_auth.mfa_factors
  as restrictive for all to anon, authenticated using (false) with check (false);

create table local_auth.mfa_recovery_codes (
  user_id uuid not null references auth.users (id) on delete cascade,
  code_hash text not null,
  used_at timestamptz,
  primary key (user_id, code_hash)
);
alter table local_auth.mfa_recovery_codes enable row level security;
create policy "mfa_recovery_codes: no access for API roles" on local_auth.mfa_recovery_codes
  as restrictive for all to anon, authenticated using (false) with check (false);

-- A session's assurance level survives refresh rotations like its id does.
alter table local_auth.tokens add column aal text check (aal in ('aal1', 'aal2'));
