-- The request path's login role. Requests run as `anon` or `authenticated` (src/lib/db/with-rls.ts
-- sets the role per transaction), but the connection itself logs in as someone: if that someone is
-- the superuser or the table owner, a future SQL injection inside withRls could `reset role` and
-- read everything. `authenticator` (Supabase's name for exactly this role, used by PostgREST) can
-- log in and switch to the API roles, and owns nothing and may do nothing else: `noinherit`
-- means it holds none of their privileges until it switches. On Supabase the role already
-- exists; elsewhere the operator gives it a password (`alter role authenticator password …`) and
-- points DATABASE_REQUEST_URL at it (README, "Database roles").
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'authenticator') then
    create role authenticator login noinherit;
  end if;
  -- On Supabase it is already a member of both (and the migration role may not be allowed to grant it).
  if not pg_has_role('authenticator', 'anon', 'member') then
    grant anon to authenticator;
  end if;
  if not pg_has_role('authenticator', 'authenticated', 'member') then
    grant authenticated to authenticator;
  end if;
end
$$;
