-- The visual editor (issue 12): named versions of a site and share-a-preview links.

-- ---------------------------------------------------------------------------
-- named_site_versions: a version a person saved under a name ("Before the
-- price change"), with its document, the draft version it was taken from and
-- who saved it. Like site_versions: project members and admins read; owners
-- and editors add (as themselves). Kept as history: nobody updates them, and
-- editors may delete their project's named versions.
-- ---------------------------------------------------------------------------
create table public.named_site_versions (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  name text not null check (char_length(btrim(name)) between 1 and 80),
  document jsonb not null,
  draft_version integer not null check (draft_version > 0),
  created_by uuid default auth.uid() references public.user_profiles (id) on delete set null,
  -- Who saved it, as shown in the list: filled from the profile by the trigger below, so every
  -- member can see the author without reading other members' profiles.
  author_name text not null default '' check (char_length(author_name) <= 320),
  created_at timestamptz not null default now()
);
create index named_site_versions_project_id_idx on public.named_site_versions (project_id, created_at desc);
create index named_site_versions_created_by_idx on public.named_site_versions (created_by);

create function private.stamp_named_version() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  new.created_at := now();
  new.author_name := coalesce(
    (select coalesce(nullif(btrim(p.display_name), ''), p.email) from public.user_profiles p where p.id = new.created_by), '');
  return new;
end;
$$;
create trigger stamp_named_version before insert on public.named_site_versions
  for each row execute function private.stamp_named_version();

alter table public.named_site_versions enable row level security;
create policy "named versions: project members and admins read" on public.named_site_versions
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));
create policy "named versions: editors add" on public.named_site_versions
  for insert to authenticated
  with check (project_id in (select private.editable_project_ids()) and created_by = (select auth.uid()));
create policy "named versions: editors delete" on public.named_site_versions
  for delete to authenticated
  using (project_id in (select private.editable_project_ids()));
grant select, delete on public.named_site_versions to authenticated;
-- author_name and created_at are listed because Drizzle names every column in an insert; the
-- trigger above overwrites both.
grant insert (id, project_id, name, document, draft_version, created_by, author_name, created_at) on public.named_site_versions to authenticated;
grant all on public.named_site_versions to service_role;
create trigger audit_named_site_versions after insert or delete on public.named_site_versions
  for each row execute function private.audit_privileged_write();

-- ---------------------------------------------------------------------------
-- preview_share_links: a link to a project's current draft that anyone holding
-- it may open without an account, for 24 hours, until revoked. Only the
-- SHA-256 of the token is stored (the link is shown once). Project members
-- and admins see the project's links; owners and editors create them (the
-- trigger fixes the 24-hour expiry) and revoke them (revoked_at is the only
-- column they may change). Visitors never read this table: they go through
-- private.shared_preview_draft below, which answers only for a valid token.
-- ---------------------------------------------------------------------------
create table public.preview_share_links (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  created_by uuid default auth.uid() references public.user_profiles (id) on delete set null,
  expires_at timestamptz not null,
  revoked_at timestamptz,
  created_at timestamptz not null default now(),
  check (expires_at <= created_at + interval '24 hours')
);
create index preview_share_links_project_id_idx on public.preview_share_links (project_id, created_at desc);
create index preview_share_links_created_by_idx on public.preview_share_links (created_by);

create function private.stamp_share_link() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.created_at := now();
    new.expires_at := now() + interval '24 hours';
    new.revoked_at := null;
  elsif new.revoked_at is null and old.revoked_at is not null then
    raise exception 'a revoked share link stays revoked' using errcode = '42501';
  end if;
  return new;
end;
$$;
create trigger stamp_share_link before insert or update on public.preview_share_links
  for each row execute function private.stamp_share_link();

alter table public.preview_share_links enable row level security;
create policy "share links: project members and admins read" on public.preview_share_links
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));
create policy "share links: editors create" on public.preview_share_links
  for insert to authenticated
  with check (project_id in (select private.editable_project_ids()) and created_by = (select auth.uid()));
create policy "share links: editors revoke" on public.preview_share_links
  for update to authenticated
  using (project_id in (select private.editable_project_ids()))
  with check (project_id in (select private.editable_project_ids()));
grant select on public.preview_share_links to authenticated;
-- expires_at, revoked_at and created_at: named by every Drizzle insert, overwritten by the trigger.
grant insert (id, project_id, token_hash, created_by, expires_at, revoked_at, created_at) on public.preview_share_links to authenticated;
grant update (revoked_at) on public.preview_share_links to authenticated;
grant all on public.preview_share_links to service_role;
create trigger audit_preview_share_links after insert or update on public.preview_share_links
  for each row execute function private.audit_privileged_write();

-- What a share link shows: the newest draft of its project, to whoever holds
-- a valid (unexpired, unrevoked) token — signed in or not. Nothing else about
-- the project or its people is returned; an invalid link returns no row.
create function private.shared_preview_draft(p_token_hash text)
returns table (project_id uuid, version integer, document jsonb, expires_at timestamptz)
language sql stable security definer set search_path = ''
as $$
  select v.project_id, v.version, v.document, l.expires_at
  from public.preview_share_links l
  join lateral (
    select sv.project_id, sv.version, sv.document from public.site_versions sv
    where sv.project_id = l.project_id order by sv.version desc limit 1
  ) v on true
  where l.token_hash = p_token_hash and l.revoked_at is null and l.expires_at > now()
$$;
revoke all on function private.shared_preview_draft(text) from public;
grant execute on function private.shared_preview_draft(text) to anon, authenticated;
