-- Publishing, hardened after review:
--  * "Make live" (rollback, republish after unpublish) is publishing too: a past-due or unpaid
--    owner can't put a site live that way either (live sites keep serving; nothing is taken down).
--  * A person's explicit choice wins over publishes still in flight: rollback and unpublish stamp
--    projects.live_changed_at, and the publish job only activates deployments requested after it
--    (src/modules/host/unsafe-publish-steps.ts, unsafeActivateIfNewest).

alter table public.projects add column live_changed_at timestamptz;
comment on column public.projects.live_changed_at is
  'When a person last chose what is live (rollback or unpublish); publishes requested earlier do not override it.';

create or replace function private.activate_deployment(p_project uuid, p_deployment uuid) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  owner_status public.subscription_status;
begin
  if not exists (select 1 from private.editable_project_ids() e where e = p_project) then
    raise exception 'not allowed' using errcode = '42501';
  end if;
  if not exists (select 1 from public.deployments d where d.id = p_deployment and d.project_id = p_project and d.status = 'ready') then
    raise exception 'deployment_not_ready' using errcode = 'P0001';
  end if;
  select p.subscription_status into owner_status
    from public.projects pr join public.user_profiles p on p.id = pr.owner_id
    where pr.id = p_project;
  if owner_status in ('past_due', 'unpaid') then
    raise exception 'payment_required' using errcode = 'P0001',
      detail = json_build_object('resource', 'subscription', 'status', owner_status)::text;
  end if;
  update public.projects
    set active_deployment_id = p_deployment, is_published = true, live_changed_at = now(), updated_at = now()
    where id = p_project;
  perform private.write_audit(coalesce(private.acting_admin_id(), (select auth.uid())), (select owner_id from public.projects where id = p_project),
    'deployments.activate', 'projects', p_project::text, jsonb_build_object('deployment_id', p_deployment));
end;
$$;

create or replace function private.unpublish_project(p_project uuid) returns void
language plpgsql security definer set search_path = ''
as $$
begin
  if not exists (select 1 from private.editable_project_ids() e where e = p_project) then
    raise exception 'not allowed' using errcode = '42501';
  end if;
  update public.projects set is_published = false, live_changed_at = now(), updated_at = now() where id = p_project;
  perform private.write_audit(coalesce(private.acting_admin_id(), (select auth.uid())), (select owner_id from public.projects where id = p_project),
    'projects.unpublish', 'projects', p_project::text, '{}'::jsonb);
end;
$$;

-- Who published a deployment, for every member of the project (user_profiles' own policy only
-- shows a person their own row). Emails of the project's current members only, to its members
-- and admins.
create function private.project_member_emails(p_project uuid) returns table (user_id uuid, email text)
language sql stable security definer set search_path = ''
as $$
  select p.id, p.email
  from public.project_members m
  join public.user_profiles p on p.id = m.user_id
  where m.project_id = p_project
    and (p_project in (select private.member_project_ids()) or (select private.is_admin()));
$$;
revoke all on function private.project_member_emails(uuid) from public;
grant execute on function private.project_member_emails(uuid) to authenticated;
