-- Issue 36, point 1: "creating and revoking is audited" — for a key restricted to one project
-- (20261231000200_api_key_projects.sql) the audit line must say which project, or the log cannot
-- answer "who could reach this client's site through the API, and since when". The trigger of
-- 20261230200000_api_keys.sql is redefined with one change: `project_id` in the details of both
-- the creation and the revocation (null for an account-wide key, so every line has the field).
--
-- Who may see and change it: unchanged. audit_log stays append-only, written only by this
-- security-definer trigger; the key's owner reads the lines about them, admins read every line.
create or replace function private.audit_api_key() returns trigger
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
      'name', new.name, 'prefix', new.prefix, 'scopes', to_jsonb(new.scopes), 'expires_at', new.expires_at,
      'project_id', new.project_id
    )
  );
  return null;
end;
$$;
