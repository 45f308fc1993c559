-- What becomes read-only above the plan's limits (issue 13), e.g. when a subscription ends and the
-- account moves to Free at the period's end, or an admin lowers the plan. Nothing is deleted and
-- nothing is taken offline. The rule, exactly:
--
--  * An owner's projects are ranked oldest first (created_at, id). The first max_projects of them
--    (tier_limits of the owner's current tier) stay fully editable. The rest are READ-ONLY:
--      - no new site version (editing, autosave, generation results, restoring a version),
--      - no new generation (generate, rewrite, add a section or a language),
--      - no new named version,
--      - no publish (new deployment), no "make live" (rollback, or live again after unpublishing)
--        and no change of address (slug).
--    Still allowed: viewing and previewing, exporting, renaming, unpublishing and deleting the
--    project — and its live site keeps serving exactly what was live (serving reads deployments,
--    which nothing here touches).
--  * The rule is computed from the current counts on every write, so deleting projects until the
--    owner is within the limit, or upgrading, lifts it immediately: there is no state to clear.
--  * Other limits need nothing new: adding domains, files and team members above the plan is
--    already refused by their insert triggers, while existing ones keep working.
--  * System code (jobs on the privileged connection, where auth.uid() is null) is not stopped, so
--    a publish or generation that was already running when the plan changed finishes.

-- Is this project beyond its owner's plan? Not callable by clients (it would answer for any id).
create function private.project_is_over_plan(p_project uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select coalesce((
    select l.max_projects is not null and (
      select count(*) from public.projects o
      where o.owner_id = pr.owner_id and (o.created_at, o.id) < (pr.created_at, pr.id)
    ) >= l.max_projects
    from public.projects pr
    join public.user_profiles p on p.id = pr.owner_id
    join public.tier_limits l on l.tier = p.tier
    where pr.id = p_project
  ), false);
$$;
revoke all on function private.project_is_over_plan(uuid) from public;

-- The read-only projects among those the caller may see (members of the project, or admins), with
-- the plan limit that makes them so, for the UI to say what and why.
create function private.read_only_projects() returns table (project_id uuid, max_projects integer, tier public.tier)
language sql stable security definer set search_path = ''
as $$
  select pr.id, l.max_projects, p.tier
  from public.projects pr
  join public.user_profiles p on p.id = pr.owner_id
  join public.tier_limits l on l.tier = p.tier
  where (pr.id in (select private.member_project_ids()) or (select private.is_admin()))
    and private.project_is_over_plan(pr.id);
$$;
revoke all on function private.read_only_projects() from public;
grant execute on function private.read_only_projects() to authenticated;

create function private.refuse_write_over_plan(p_project uuid) returns void
language plpgsql stable security definer set search_path = ''
as $$
declare
  owner_tier public.tier;
  max_allowed integer;
begin
  if (select auth.uid()) is null or not private.project_is_over_plan(p_project) then
    return;
  end if;
  select p.tier, l.max_projects into owner_tier, max_allowed
    from public.projects pr
    join public.user_profiles p on p.id = pr.owner_id
    join public.tier_limits l on l.tier = p.tier
    where pr.id = p_project;
  raise exception 'read_only_over_plan' using errcode = 'P0001',
    detail = json_build_object('resource', 'projects', 'limit', max_allowed, 'tier', owner_tier)::text;
end;
$$;
revoke all on function private.refuse_write_over_plan(uuid) from public;

create function private.guard_write_over_plan() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform private.refuse_write_over_plan(new.project_id);
  return new;
end;
$$;

create function private.guard_project_over_plan() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  -- A new address, or putting something live (another deployment, or live again after unpublishing).
  if new.slug is distinct from old.slug
     or (new.is_published and new.active_deployment_id is not null
         and (new.active_deployment_id is distinct from old.active_deployment_id or not old.is_published)) then
    perform private.refuse_write_over_plan(new.id);
  end if;
  return new;
end;
$$;

create trigger guard_write_over_plan before insert on public.site_versions
  for each row execute function private.guard_write_over_plan();
create trigger guard_write_over_plan before insert on public.generations
  for each row execute function private.guard_write_over_plan();
create trigger guard_write_over_plan before insert on public.deployments
  for each row execute function private.guard_write_over_plan();
create trigger guard_write_over_plan before insert on public.named_site_versions
  for each row execute function private.guard_write_over_plan();
create trigger guard_project_over_plan before update of slug, active_deployment_id, is_published on public.projects
  for each row execute function private.guard_project_over_plan();

-- The ranking reads an owner's projects in creation order.
create index projects_owner_created_idx on public.projects (owner_id, created_at, id);
