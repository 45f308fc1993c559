-- Team members by invitation only. Before this, a project owner could insert any user id into
-- project_members — a person joined without consent, and private.project_member_emails then
-- disclosed their email. Now:
--  * an owner (or an admin) invites an email address with a role; the invitation stores only a
--    hash of the link's token, and shows nobody whether that address has an account;
--  * the invitee accepts through private.accept_project_invitation(token): signed in with that
--    very email, confirmed; the membership is created then (the tier's team-member limit applies,
--    counting members and pending invitations) — so no email is disclosed before acceptance;
--  * nobody inserts into project_members directly any more (owners still change roles and remove
--    members; the owner's own row is created with the project).

create table public.project_invitations (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  email text not null check (email = lower(btrim(email)) and char_length(email) between 3 and 254 and email like '%_@_%'),
  role text not null default 'editor' check (role in ('editor', 'viewer')),
  token_hash text not null unique check (char_length(token_hash) = 64),
  invited_by uuid references public.user_profiles (id) on delete set null default auth.uid(),
  expires_at timestamptz not null default now() + interval '7 days',
  accepted_at timestamptz,
  accepted_by uuid references public.user_profiles (id) on delete set null,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
create index project_invitations_project_id_idx on public.project_invitations (project_id, created_at desc);
create index project_invitations_invited_by_idx on public.project_invitations (invited_by);
create index project_invitations_accepted_by_idx on public.project_invitations (accepted_by);
-- One open invitation per address and project (inviting again replaces the link).
create unique index project_invitations_open_idx on public.project_invitations (project_id, email)
  where accepted_at is null and revoked_at is null;

alter table public.project_invitations enable row level security;
create policy "invitations: owners and admins read their project's" on public.project_invitations
  for select to authenticated
  using (project_id in (select private.owned_project_ids()) or (select private.is_admin()));
create policy "invitations: owners and admins invite" on public.project_invitations
  for insert to authenticated
  with check ((project_id in (select private.owned_project_ids()) or (select private.is_admin())) and invited_by = (select auth.uid()));
create policy "invitations: owners and admins revoke" on public.project_invitations
  for update to authenticated
  using (project_id in (select private.owned_project_ids()) or (select private.is_admin()))
  with check (project_id in (select private.owned_project_ids()) or (select private.is_admin()));
grant select on public.project_invitations to authenticated;
-- Every column is named in INSERTs (ORMs list them all); the trigger pins the server-side ones.
grant insert (id, project_id, email, role, token_hash, invited_by, expires_at, accepted_at, accepted_by, revoked_at, created_at)
  on public.project_invitations to authenticated;
grant update (revoked_at) on public.project_invitations to authenticated;
grant all on public.project_invitations to service_role;

-- Pending invitations count against the team limit like members do, so an owner can't invite
-- past it; the server pins the timestamps and the inviter.
create function private.guard_new_invitation() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  owner uuid;
  max_allowed integer;
  taken integer;
begin
  if (select auth.uid()) is not null
     and not (new.project_id in (select private.owned_project_ids()) or (select private.is_admin())) then
    return new; -- the insert policy refuses it (FORBIDDEN)
  end if;
  new.created_at := now();
  new.expires_at := least(greatest(new.expires_at, now() + interval '1 hour'), now() + interval '30 days');
  new.accepted_at := null;
  new.accepted_by := null;
  new.revoked_at := null;
  select pr.owner_id into owner from public.projects pr where pr.id = new.project_id;
  perform 1 from public.user_profiles p where p.id = owner for update;
  -- Replacing an open invitation to the same address (a resend) frees its place first.
  update public.project_invitations set revoked_at = now()
    where project_id = new.project_id and email = new.email and accepted_at is null and revoked_at is null;
  if exists (select 1 from public.project_members m join public.user_profiles p on p.id = m.user_id
             where m.project_id = new.project_id and lower(p.email) = new.email) then
    raise exception 'already a member' using errcode = '23505';
  end if;
  select l.max_team_members into max_allowed
    from public.user_profiles p join public.tier_limits l on l.tier = p.tier where p.id = owner;
  if max_allowed is not null then
    select (select count(*) from public.project_members where project_id = new.project_id)
         + (select count(*) from public.project_invitations where project_id = new.project_id
              and accepted_at is null and revoked_at is null and expires_at > now())
      into taken;
    if taken >= max_allowed then
      raise exception 'tier_limit:team_members' using errcode = 'P0001',
        detail = json_build_object('resource', 'team_members', 'limit', max_allowed)::text;
    end if;
  end if;
  return new;
end;
$$;
create trigger guard_new_invitation before insert on public.project_invitations
  for each row execute function private.guard_new_invitation();
create trigger audit_project_invitations after insert or update on public.project_invitations
  for each row execute function private.audit_privileged_write();

-- Accepting: the caller's own confirmed email must be the invited one.
create function private.accept_project_invitation(p_token_hash text) returns uuid
language plpgsql security definer set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  caller_email text;
  confirmed boolean;
  invitation public.project_invitations;
  owner uuid;
  max_allowed integer;
begin
  if caller is null then
    raise exception 'sign in first' using errcode = '42501';
  end if;
  select * into invitation from public.project_invitations where token_hash = p_token_hash for update;
  if invitation.id is null or invitation.revoked_at is not null or invitation.accepted_at is not null
     or invitation.expires_at <= now() then
    raise exception 'invitation_invalid' using errcode = 'P0001';
  end if;
  select lower(u.email), u.email_confirmed_at is not null into caller_email, confirmed from auth.users u where u.id = caller;
  if caller_email is distinct from invitation.email or not confirmed then
    raise exception 'invitation_other_email' using errcode = 'P0001';
  end if;
  -- The plan may have shrunk since the invitation was sent: the team limit is checked again
  -- (this function runs past RLS, where the member trigger leaves the check to the policy).
  select pr.owner_id into owner from public.projects pr where pr.id = invitation.project_id;
  perform 1 from public.user_profiles p where p.id = owner for update;
  select l.max_team_members into max_allowed
    from public.user_profiles p join public.tier_limits l on l.tier = p.tier where p.id = owner;
  if max_allowed is not null and (select count(*) from public.project_members where project_id = invitation.project_id) >= max_allowed then
    raise exception 'tier_limit:team_members' using errcode = 'P0001',
      detail = json_build_object('resource', 'team_members', 'limit', max_allowed)::text;
  end if;
  update public.project_invitations set accepted_at = now(), accepted_by = caller where id = invitation.id;
  insert into public.project_members (project_id, user_id, role) values (invitation.project_id, caller, invitation.role)
  on conflict (project_id, user_id) do nothing;
  perform private.write_audit(caller, caller, 'projects.join', 'project_members', invitation.project_id::text,
    jsonb_build_object('invitation_id', invitation.id, 'role', invitation.role));
  return invitation.project_id;
end;
$$;
revoke all on function private.accept_project_invitation(text) from public;
grant execute on function private.accept_project_invitation(text) to authenticated;

-- No direct inserts into project_members any more: the owner's row comes with the project
-- (private.add_owner_membership), everyone else's with an accepted invitation.
drop policy "members: owners and admins add" on public.project_members;
revoke insert on public.project_members from authenticated;

-- Removing: an owner or admin removes a member, or a member leaves on their own; never the owner
-- (delete or hand over the project instead). One policy, so each row is checked once.
drop policy "members: owners and admins remove" on public.project_members;
create policy "members: owners and admins remove, members leave" on public.project_members
  for delete to authenticated
  using (
    role <> 'owner'
    and (user_id = (select auth.uid()) or project_id in (select private.owned_project_ids()) or (select private.is_admin()))
  );
