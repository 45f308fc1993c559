-- Issue 36, point 1: keys "created per account (and per project where it makes sense)". A key may
-- be restricted to one project: the API then refuses every other project (as if it did not exist,
-- 404) and its lists show that project only (api/key-project.ts). RLS still decides what the owner
-- may reach at all; the restriction only narrows it.
--
-- Who may see and change it:
--  * It is set when the key is made and never changed (no update grant): widening a key would be
--    a new key. The owner reads it with the key, as before.
--  * The owner may restrict a key only to a project they own or are a member of: a key of client A
--    can never name client B's project (the insert policy below, replacing the one of
--    20261230200000_api_keys.sql with that one condition added).
--  * Deleting the project deletes its keys (cascade): a key must never outlive its project and
--    silently become an account-wide one, which `set null` would make it.
alter table public.api_keys add column project_id uuid references public.projects (id) on delete cascade;
create index api_keys_project_id_idx on public.api_keys (project_id);

drop policy "api keys: owner creates, agency scope for admins only" on public.api_keys;
create policy "api keys: owner creates, agency scope for admins only, own projects only" on public.api_keys
  for insert to authenticated
  with check (
    owner_id = (select auth.uid())
    and (select private.acting_admin_id()) is null
    and (not ('agency' = any (scopes)) or (select private.is_admin()))
    and (
      project_id is null
      or project_id in (select private.owned_project_ids())
      or project_id in (select private.member_project_ids())
    )
  );
grant select (project_id) on public.api_keys to authenticated;
grant insert (project_id) on public.api_keys to authenticated;
