-- Publish and host: deployments (immutable builds of a site version), the
-- project's live pointer, and leads from published sites' contact forms.
--
-- Who may do what:
--  * Owners/editors request a deployment (insert) — refused while the
--    project owner's subscription is past due or unpaid (live sites keep serving).
--  * The publish job (privileged connection, system code) fills in the
--    build result and activates it; activation is atomic and never replaces
--    a newer live deployment with an older one.
--  * Owners/editors roll back and unpublish through private functions that
--    check their rights (projects' live columns have no direct UPDATE grant).
--  * Leads are written by the site host for anonymous visitors (privileged)
--    and read/deleted by the project's members.

create table public.deployments (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity unique,
  project_id uuid not null references public.projects (id) on delete cascade,
  site_version_id uuid references public.site_versions (id) on delete set null,
  version integer not null check (version > 0),
  status text not null default 'queued' check (status in ('queued', 'building', 'checking', 'ready', 'failed')),
  manifest jsonb,
  checks jsonb not null default '[]'::jsonb,
  total_bytes bigint check (total_bytes >= 0),
  error text,
  created_by uuid default auth.uid() references public.user_profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index deployments_project_id_idx on public.deployments (project_id, seq desc);
create index deployments_site_version_id_idx on public.deployments (site_version_id);
create index deployments_created_by_idx on public.deployments (created_by);

alter table public.projects
  add column active_deployment_id uuid references public.deployments (id) on delete set null,
  add column is_published boolean not null default false;
create index projects_active_deployment_id_idx on public.projects (active_deployment_id);
-- ORMs list every column in INSERTs; the trigger below pins the live pointer
-- of a new project to "not published" whatever the client sent.
grant insert (active_deployment_id, is_published) on public.projects to authenticated;
create function private.new_project_is_unpublished() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.active_deployment_id := null;
  new.is_published := false;
  return new;
end;
$$;
create trigger new_project_is_unpublished before insert on public.projects
  for each row execute function private.new_project_is_unpublished();

alter table public.deployments enable row level security;
create policy "deployments: project members and admins read" on public.deployments
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));
create policy "deployments: editors request them" on public.deployments
  for insert to authenticated
  with check (project_id in (select private.editable_project_ids()) and created_by = (select auth.uid()));
grant select on public.deployments to authenticated;
grant insert (id, seq, project_id, site_version_id, version, status, manifest, checks, total_bytes, error, created_by, created_at, finished_at)
  on public.deployments to authenticated;
grant all on public.deployments to service_role;

-- New deployments start queued with nothing built; unpaid owners cannot publish.
create function private.guard_new_deployment() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  owner_status public.subscription_status;
begin
  if (select auth.uid()) is not null and new.project_id not in (select private.editable_project_ids()) then
    return new; -- the insert policy refuses it (FORBIDDEN) without revealing the owner's billing state
  end if;
  new.status := 'queued';
  new.manifest := null;
  new.checks := '[]'::jsonb;
  new.total_bytes := null;
  new.error := null;
  new.created_at := now();
  new.finished_at := null;
  select p.subscription_status into owner_status
    from public.projects pr join public.user_profiles p on p.id = pr.owner_id
    where pr.id = new.project_id;
  if owner_status in ('past_due', 'unpaid') then
    raise exception 'payment_required' using errcode = 'P0001',
      detail = json_build_object('resource', 'subscription', 'status', owner_status)::text;
  end if;
  return new;
end;
$$;
create trigger guard_new_deployment before insert on public.deployments
  for each row execute function private.guard_new_deployment();
-- Foreign keys are checked without RLS: without this, a deployment of my
-- project could name another tenant's site version (and build their content).
create function private.guard_deployment_site_version() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if new.site_version_id is not null and not exists (
    select 1 from public.site_versions v where v.id = new.site_version_id and v.project_id = new.project_id
  ) then
    raise exception 'a deployment must be of its own project''s site version' using errcode = '42501';
  end if;
  return new;
end;
$$;
create trigger guard_deployment_site_version before insert or update of site_version_id, project_id on public.deployments
  for each row execute function private.guard_deployment_site_version();
create trigger audit_deployments after insert on public.deployments
  for each row execute function private.audit_privileged_write();

-- Rollback / republish: make one of the project's ready deployments live.
create function private.activate_deployment(p_project uuid, p_deployment uuid) returns void
language plpgsql security definer set search_path = ''
as $$
begin
  if not exists (select 1 from private.editable_project_ids() e where e = p_project) then
    raise exception 'not allowed' using errcode = '42501';
  end if;
  if not exists (select 1 from public.deployments d where d.id = p_deployment and d.project_id = p_project and d.status = 'ready') then
    raise exception 'deployment_not_ready' using errcode = 'P0001';
  end if;
  update public.projects set active_deployment_id = p_deployment, is_published = true, updated_at = now() where id = p_project;
  perform private.write_audit(coalesce(private.acting_admin_id(), (select auth.uid())), (select owner_id from public.projects where id = p_project),
    'deployments.activate', 'projects', p_project::text, jsonb_build_object('deployment_id', p_deployment));
end;
$$;
revoke all on function private.activate_deployment(uuid, uuid) from public;
grant execute on function private.activate_deployment(uuid, uuid) to authenticated;

create function private.unpublish_project(p_project uuid) returns void
language plpgsql security definer set search_path = ''
as $$
begin
  if not exists (select 1 from private.editable_project_ids() e where e = p_project) then
    raise exception 'not allowed' using errcode = '42501';
  end if;
  update public.projects set is_published = false, updated_at = now() where id = p_project;
  perform private.write_audit(coalesce(private.acting_admin_id(), (select auth.uid())), (select owner_id from public.projects where id = p_project),
    'projects.unpublish', 'projects', p_project::text, '{}'::jsonb);
end;
$$;
revoke all on function private.unpublish_project(uuid) from public;
grant execute on function private.unpublish_project(uuid) to authenticated;

-- ---------------------------------------------------------------------------
-- leads: contact-form submissions from published sites.
-- ---------------------------------------------------------------------------
create table public.leads (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  deployment_id uuid references public.deployments (id) on delete set null,
  locale text,
  section_id text,
  page_path text,
  name text check (char_length(name) <= 200),
  email text check (char_length(email) <= 254),
  phone text check (char_length(phone) <= 50),
  message text check (char_length(message) <= 5000),
  created_at timestamptz not null default now()
);
create index leads_project_id_idx on public.leads (project_id, created_at desc);
create index leads_deployment_id_idx on public.leads (deployment_id);

alter table public.leads enable row level security;
create policy "leads: project members and admins read" on public.leads
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));
create policy "leads: editors delete" on public.leads
  for delete to authenticated
  using (project_id in (select private.editable_project_ids()));
grant select, delete on public.leads to authenticated;
grant all on public.leads to service_role;
create trigger audit_leads after delete on public.leads
  for each row execute function private.audit_privileged_write();

-- ---------------------------------------------------------------------------
-- job_runs: runs of the in-process job runner (the embedded stand-in for
-- Inngest): status, attempts and per-step results, for debugging and for the
-- admin. Written by system code only; admins read.
-- ---------------------------------------------------------------------------
create table public.job_runs (
  id uuid primary key default gen_random_uuid(),
  function_id text not null,
  event_name text not null,
  event_data jsonb not null default '{}'::jsonb,
  status text not null default 'running' check (status in ('running', 'succeeded', 'failed')),
  attempts integer not null default 0,
  steps jsonb not null default '{}'::jsonb,
  error text,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  created_at timestamptz not null default now()
);
create index job_runs_started_at_idx on public.job_runs (started_at desc);
alter table public.job_runs enable row level security;
create policy "job runs: admins read" on public.job_runs
  for select to authenticated using ((select private.is_admin()));
grant select on public.job_runs to authenticated;
grant all on public.job_runs to service_role;
