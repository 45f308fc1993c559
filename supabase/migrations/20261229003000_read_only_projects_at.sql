-- Issue 35: a downgrade says, before it is confirmed, exactly which projects become read-only.
-- The rule stays the one of 20261201000100_read_only_over_plan.sql (an owner's projects ranked
-- oldest first; those beyond the plan's max_projects are read-only); this migration only moves its
-- ranking into one function, project_beyond_limit, so the rule for the current plan
-- (project_is_over_plan, used by the write guards) and the preview for another plan
-- (read_only_projects_at) cannot drift apart.

-- Would this project be beyond `p_max` projects of its owner (null: unlimited)? System arithmetic,
-- not callable by clients (it would answer for any id).
create function private.project_beyond_limit(p_project uuid, p_max integer) returns boolean
language sql stable security definer set search_path = ''
as $$
  select coalesce((
    select p_max is not null and (
      select count(*) from public.projects o
      where o.owner_id = pr.owner_id and (o.created_at, o.id) < (pr.created_at, pr.id)
    ) >= p_max
    from public.projects pr
    where pr.id = p_project
  ), false);
$$;
revoke all on function private.project_beyond_limit(uuid, integer) from public;

-- Same signature and answer as before, now through the shared ranking.
create or replace function private.project_is_over_plan(p_project uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select coalesce((
    select private.project_beyond_limit(pr.id, l.max_projects)
    from public.projects pr
    join public.user_profiles p on p.id = pr.owner_id
    join public.tier_limits l on l.tier = p.tier
    where pr.id = p_project
  ), false);
$$;
revoke all on function private.project_is_over_plan(uuid) from public;

-- The caller's OWN projects that would be read-only if their plan were `p_tier` (a plan change's
-- preview). Only projects the caller owns: another owner's plan does not change with the caller's.
-- Security definer only to reach project_beyond_limit; it reads nothing the caller could not.
create function private.read_only_projects_at(p_tier public.tier)
returns table (project_id uuid, max_projects integer, tier public.tier)
language sql stable security definer set search_path = ''
as $$
  select pr.id, l.max_projects, l.tier
  from public.projects pr
  join public.tier_limits l on l.tier = p_tier
  where pr.owner_id = (select auth.uid())
    and private.project_beyond_limit(pr.id, l.max_projects);
$$;
revoke all on function private.read_only_projects_at(public.tier) from public;
grant execute on function private.read_only_projects_at(public.tier) to authenticated;
