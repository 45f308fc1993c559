/**
 * The smallest slice of a Supabase database that our migrations and the splinter
 * lints assume: the API roles, an `auth` schema with `auth.users` and the JWT helper
 * functions, and Supabase's default grants on `public`. Idempotent, and safe to run
 * while another test run does the same on a shared cluster (roles are cluster-wide).
 */
export const SUPABASE_COMPAT_SQL = /* sql */ `
do $$
declare
  role_name text;
begin
  foreach role_name in array array['anon', 'authenticated', 'service_role'] loop
    -- One block per role so a concurrent run creating the same role only undoes that role.
    begin
      if not exists (select from pg_catalog.pg_roles where rolname = role_name) then
        if role_name = 'service_role' then
          -- As on Supabase: the backend role is exempt from RLS.
          execute format('create role %I nologin noinherit bypassrls', role_name);
        else
          execute format('create role %I nologin noinherit', role_name);
        end if;
      end if;
    exception when duplicate_object or unique_violation then
      null;
    end;
  end loop;
end
$$;

create schema if not exists auth;

create table if not exists auth.users (
  id uuid primary key,
  email text,
  is_anonymous boolean not null default false,
  raw_app_meta_data jsonb,
  raw_user_meta_data jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create or replace function auth.uid() returns uuid
language sql stable
as $$ select (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')::uuid $$;

create or replace function auth.jwt() returns jsonb
language sql stable
as $$ select nullif(current_setting('request.jwt.claims', true), '')::jsonb $$;

create or replace function auth.role() returns text
language sql stable
as $$ select nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role' $$;

create or replace function auth.email() returns text
language sql stable
as $$ select nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email' $$;

grant usage on schema auth to anon, authenticated, service_role;
grant execute on function auth.uid(), auth.jwt(), auth.role(), auth.email() to anon, authenticated, service_role;

-- Supabase grants the API roles everything in public by default and leaves RLS to
-- decide; without this, lints that look for anon/authenticated access (0013, 0016,
-- 0023, 0028, 0029, ...) could never fire here.
grant usage on schema public to anon, authenticated, service_role;
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to anon, authenticated, service_role;
`;
