-- Site performance (issue 18): scheduled Lighthouse mobile runs of every live site's home page and
-- of the pages its client pinned, through the analyzer's engine (src/modules/insights/
-- unsafe-run-performance-checks.ts). How often a site is measured depends on its owner's plan
-- (src/modules/insights/performance-plan.ts); how many pages a site may pin is a plan limit, kept
-- with the others in tier_limits.
--
-- performance_metrics: one row per run of one page — the four Lighthouse scores, LCP, CLS and TBT
-- (the lab stand-in for INP) and the grade (src/modules/insights/performance-grade.ts writes the
-- rule down). A run that failed (site unreachable, Lighthouse error) is a row too, with its error
-- code and no figures, so the schedule moves on instead of retrying every few minutes.
--  * Who may see them: the site's members (private.member_project_ids) and agency admins.
--  * Who may change them: nobody signed in. Only the performance cron, on the privileged
--    connection, writes them; nobody edits or deletes a measurement (the project's deletion
--    removes its rows).
--
-- performance_pinned_pages: the pages of a site (a path on the site, never '/', which is always
-- measured) that its client wants measured too.
--  * Who may see them: the site's members and agency admins.
--  * Who may add or remove one: the site's owner and editors (private.editable_project_ids) — an
--    admin impersonating them too, audited with both ids. At most tier_limits.
--    max_performance_pages per site, counted under a per-site lock so concurrent pins cannot pass
--    the limit. Nobody changes a pin (remove it and pin another page).
alter table public.tier_limits add column max_performance_pages integer check (max_performance_pages >= 0);
update public.tier_limits set max_performance_pages = case tier
  when 'free' then 1
  when 'basic' then 3
  when 'pro' then 10
  else 25
end;
alter table public.tier_limits alter column max_performance_pages set not null;

create table public.performance_metrics (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  -- The page's path on the site ('/' is the home page) and the URL that was measured.
  path text not null check (path ~ '^/' and char_length(path) <= 300),
  url text not null check (char_length(url) between 1 and 2048),
  measured_at timestamptz not null default now(),
  performance_score smallint check (performance_score between 0 and 100),
  accessibility_score smallint check (accessibility_score between 0 and 100),
  best_practices_score smallint check (best_practices_score between 0 and 100),
  seo_score smallint check (seo_score between 0 and 100),
  lcp_ms integer check (lcp_ms >= 0),
  cls real check (cls >= 0),
  tbt_ms integer check (tbt_ms >= 0),
  grade text check (grade in ('A+', 'A', 'B', 'C', 'D', 'F')),
  -- Set when the run failed; a failed run has no grade.
  error_code text check (char_length(error_code) between 1 and 100),
  lighthouse_version text check (char_length(lighthouse_version) <= 40),
  duration_ms integer check (duration_ms >= 0),
  check (error_code is null or grade is null)
);
create index performance_metrics_project_path_idx on public.performance_metrics (project_id, path, measured_at desc);
create index performance_metrics_project_measured_idx on public.performance_metrics (project_id, measured_at desc);

create table public.performance_pinned_pages (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  path text not null check (path ~ '^/[^[:space:]]+$' and char_length(path) <= 300),
  pinned_by uuid default auth.uid() references public.user_profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (project_id, path)
);
create index performance_pinned_pages_pinned_by_idx on public.performance_pinned_pages (pinned_by);

alter table public.performance_metrics enable row level security;
alter table public.performance_pinned_pages enable row level security;

create policy "performance metrics: members and admins read" on public.performance_metrics
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));
grant select on public.performance_metrics to authenticated;
grant all on public.performance_metrics to service_role;

create policy "performance pinned pages: members and admins read" on public.performance_pinned_pages
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));
create policy "performance pinned pages: owners and editors pin" on public.performance_pinned_pages
  for insert to authenticated
  with check (project_id in (select private.editable_project_ids()));
create policy "performance pinned pages: owners and editors unpin" on public.performance_pinned_pages
  for delete to authenticated
  using (project_id in (select private.editable_project_ids()));
grant select, delete on public.performance_pinned_pages to authenticated;
grant insert (id, project_id, path, pinned_by, created_at) on public.performance_pinned_pages to authenticated;
grant all on public.performance_pinned_pages to service_role;

-- How many pages a site may pin: its owner's plan's limit. Readable by the site's members and
-- admins (null for anyone else).
create function private.performance_page_limit(p_project uuid) returns integer
language sql stable security definer set search_path = ''
as $$
  select l.max_performance_pages
  from public.projects p
  join public.user_profiles u on u.id = p.owner_id
  join public.tier_limits l on l.tier = u.tier
  where p.id = p_project
    and ((select auth.uid()) is null
         or p_project in (select private.member_project_ids())
         or (select private.is_admin()))
$$;
grant execute on function private.performance_page_limit(uuid) to authenticated, service_role;

-- The plan's limit, counted under a lock on the site (concurrent pins wait for each other), and
-- the pinner and time are the database's, not the caller's.
create function private.pin_performance_page() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  max_allowed integer;
  pinned integer;
begin
  -- Someone who may not pin on this site learns nothing about it (not even that it is full):
  -- refused before anything is counted. (The insert policy says the same, after this trigger.)
  if (select auth.uid()) is not null and new.project_id not in (select private.editable_project_ids()) then
    raise exception 'only the site''s owner and editors pin its pages' using errcode = '42501';
  end if;
  perform pg_advisory_xact_lock(hashtextextended('performance_pinned_pages:' || new.project_id::text, 0));
  select l.max_performance_pages into max_allowed
    from public.projects p
    join public.user_profiles u on u.id = p.owner_id
    join public.tier_limits l on l.tier = u.tier
    where p.id = new.project_id;
  select count(*) into pinned from public.performance_pinned_pages where project_id = new.project_id;
  if max_allowed is not null and pinned >= max_allowed then
    raise exception 'tier_limit:performance_pages' using errcode = 'P0001',
      detail = json_build_object('resource', 'performance_pages', 'limit', max_allowed)::text;
  end if;
  if (select auth.uid()) is not null then
    new.pinned_by := (select auth.uid());
    new.created_at := now();
  end if;
  return new;
end;
$$;
create trigger pin_performance_page before insert on public.performance_pinned_pages
  for each row execute function private.pin_performance_page();
create trigger audit_performance_pinned_pages after insert or delete on public.performance_pinned_pages
  for each row execute function private.audit_privileged_write();
