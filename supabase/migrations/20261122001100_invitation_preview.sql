-- What an invitation link shows before it is accepted: the project's name, the role, who invited
-- and the invited address — to whoever holds the link (it was mailed to them), signed in. Nothing
-- about any account is revealed; an invalid or spent link shows nothing.
create function private.invitation_preview(p_token_hash text)
returns table (project_name text, role text, email text, inviter_email text, expires_at timestamptz)
language sql stable security definer set search_path = ''
as $$
  select pr.name, i.role, i.email, p.email, i.expires_at
  from public.project_invitations i
  join public.projects pr on pr.id = i.project_id
  left join public.user_profiles p on p.id = i.invited_by
  where i.token_hash = p_token_hash and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
    and (select auth.uid()) is not null
$$;
revoke all on function private.invitation_preview(text) from public;
grant execute on function private.invitation_preview(text) to authenticated;
