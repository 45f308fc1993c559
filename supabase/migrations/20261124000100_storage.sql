-- Files: each client's own storage (photos, logos, documents), with plan quotas the database
-- enforces under concurrency.
--
-- Who may see and change what:
--  * storage_folders: the owner creates, renames, moves and trashes their folders; admins read.
--  * storage_uploads: an upload in progress holds a *reservation* of its declared size. The owner
--    inserts one (the trigger reserves the space under a lock on the owner's profile, so N parallel
--    uploads can never pass the plan) and cancels it through private.cancel_upload; admins read.
--    A reservation counts until it expires (24 hours) or is cancelled; the abandoned-uploads cron
--    (system code) then removes its row and whatever bytes arrived.
--  * storage_items: a file exists only once its bytes are checked (type from the content, size):
--    private.complete_upload turns the owner's reservation into the file in one transaction. The
--    owner renames, moves, trashes and restores files (restoring counts against the plan again);
--    the purge cron (system code) deletes trashed files and their bytes. Admins read.
--  * Blob keys are chosen here, never from a file name, so no name can address another object or
--    escape a directory: bytes arrive at 'uploads/<id>'; completing moves them to 'files/<id>' (a
--    key no upload can write), which is what is checked and served; thumbnails are
--    'thumbs/<id>.webp'.
--  * tier_limits gains max_file_bytes: the largest single file a plan takes.

alter table public.tier_limits add column max_file_bytes bigint check (max_file_bytes >= 0);
update public.tier_limits set max_file_bytes = case tier
  when 'free' then 25::bigint * 1024 * 1024
  when 'basic' then 100::bigint * 1024 * 1024
  when 'pro' then 1024::bigint * 1024 * 1024
  when 'enterprise' then 5::bigint * 1024 * 1024 * 1024
end;

-- A file or folder name as people see it: no control characters, no slashes, not '.'/'..', no
-- leading or trailing spaces. The application sanitizes names to this shape before it writes.
create function private.is_valid_file_name(p_name text) returns boolean
language sql immutable set search_path = ''
as $$
  select p_name is not null and char_length(p_name) between 1 and 255 and p_name = btrim(p_name)
     and p_name !~ '[[:cntrl:]/\\]' and p_name not in ('.', '..')
$$;

-- ---------------------------------------------------------------------------
-- storage_folders
-- ---------------------------------------------------------------------------
create table public.storage_folders (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  parent_id uuid,
  name text not null check (private.is_valid_file_name(name)),
  trashed_at timestamptz,
  -- Everything trashed by one "delete" shares a batch, so "undo" restores exactly that.
  trash_batch uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (owner_id, id),
  -- The owner is part of the key: a folder can only sit in a folder of the same owner.
  foreign key (owner_id, parent_id) references public.storage_folders (owner_id, id) on delete cascade,
  check (parent_id is distinct from id),
  check ((trashed_at is null) = (trash_batch is null))
);
create index storage_folders_owner_parent_idx on public.storage_folders (owner_id, parent_id);
create index storage_folders_trashed_idx on public.storage_folders (trashed_at) where trashed_at is not null;
create index storage_folders_trash_batch_idx on public.storage_folders (trash_batch) where trash_batch is not null;

alter table public.storage_folders enable row level security;
create policy "folders: owners and admins read" on public.storage_folders
  for select to authenticated using (owner_id = (select auth.uid()) or (select private.is_admin()));
create policy "folders: owners create their own" on public.storage_folders
  for insert to authenticated with check (owner_id = (select auth.uid()));
create policy "folders: owners change their own" on public.storage_folders
  for update to authenticated using (owner_id = (select auth.uid())) with check (owner_id = (select auth.uid()));
grant select on public.storage_folders to authenticated;
grant insert (id, owner_id, parent_id, name, trashed_at, trash_batch, created_at, updated_at) on public.storage_folders to authenticated;
grant update (parent_id, name, trashed_at, trash_batch) on public.storage_folders to authenticated;
grant all on public.storage_folders to service_role;

-- ---------------------------------------------------------------------------
-- storage_uploads: reservations
-- ---------------------------------------------------------------------------
create table public.storage_uploads (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  folder_id uuid,
  name text not null check (private.is_valid_file_name(name)),
  size_bytes bigint not null check (size_bytes > 0),
  blob_key text not null unique,
  expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  foreign key (owner_id, folder_id) references public.storage_folders (owner_id, id) on delete set null (folder_id)
);
create index storage_uploads_owner_idx on public.storage_uploads (owner_id, expires_at);
create index storage_uploads_folder_idx on public.storage_uploads (owner_id, folder_id);
create index storage_uploads_expires_idx on public.storage_uploads (expires_at);

alter table public.storage_uploads enable row level security;
create policy "uploads: owners and admins read" on public.storage_uploads
  for select to authenticated using (owner_id = (select auth.uid()) or (select private.is_admin()));
create policy "uploads: owners start their own" on public.storage_uploads
  for insert to authenticated with check (owner_id = (select auth.uid()));
grant select on public.storage_uploads to authenticated;
-- Every column is named in INSERTs (ORMs list them all); the trigger pins the server-side ones.
grant insert (id, owner_id, folder_id, name, size_bytes, blob_key, expires_at, created_at) on public.storage_uploads to authenticated;
grant all on public.storage_uploads to service_role;

-- ---------------------------------------------------------------------------
-- storage_items: files
-- ---------------------------------------------------------------------------
create table public.storage_items (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.user_profiles (id) on delete cascade,
  folder_id uuid,
  name text not null check (private.is_valid_file_name(name)),
  -- Determined from the bytes (magic numbers), never from the name or the browser's claim.
  content_type text not null check (content_type ~ '^[a-z0-9.+-]+/[a-z0-9.+-]+$'),
  size_bytes bigint not null check (size_bytes >= 0),
  blob_key text not null unique check (blob_key ~ '^files/[0-9a-f-]{36}$'),
  thumbnail_key text unique check (thumbnail_key ~ '^thumbs/[0-9a-f-]{36}\.webp$'),
  width integer check (width > 0),
  height integer check (height > 0),
  -- Images only: the build caches its variants by the source's hash.
  content_sha256 text check (content_sha256 ~ '^[0-9a-f]{64}$'),
  trashed_at timestamptz,
  trash_batch uuid,
  created_by uuid references public.user_profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (owner_id, folder_id) references public.storage_folders (owner_id, id) on delete set null (folder_id),
  check ((trashed_at is null) = (trash_batch is null))
);
create index storage_items_owner_folder_idx on public.storage_items (owner_id, folder_id);
create index storage_items_created_by_idx on public.storage_items (created_by);
create index storage_items_trashed_idx on public.storage_items (trashed_at) where trashed_at is not null;
create index storage_items_trash_batch_idx on public.storage_items (trash_batch) where trash_batch is not null;

alter table public.storage_items enable row level security;
create policy "files: owners and admins read" on public.storage_items
  for select to authenticated using (owner_id = (select auth.uid()) or (select private.is_admin()));
create policy "files: owners change their own" on public.storage_items
  for update to authenticated using (owner_id = (select auth.uid())) with check (owner_id = (select auth.uid()));
grant select on public.storage_items to authenticated;
grant update (folder_id, name, trashed_at, trash_batch) on public.storage_items to authenticated;
grant all on public.storage_items to service_role;

-- ---------------------------------------------------------------------------
-- Quota: one sum for enforcement and display.
-- ---------------------------------------------------------------------------
-- Bytes counted against a plan: live files plus open reservations. Trashed files don't count
-- (restoring one counts it again, checked like an upload); expired or cancelled reservations don't.
create function private.storage_bytes_used(p_owner uuid) returns bigint
language sql stable security definer set search_path = ''
as $$
  select (coalesce((select sum(size_bytes) from public.storage_items where owner_id = p_owner and trashed_at is null), 0)
        + coalesce((select sum(size_bytes) from public.storage_uploads where owner_id = p_owner and expires_at > now()), 0))::bigint
$$;
revoke all on function private.storage_bytes_used(uuid) from public;

-- Takes the owner's profile lock (serialising every reservation and restore of one owner), then
-- refuses `p_extra` more bytes if they would pass the plan. Concurrent callers wait on the lock
-- and then see each other's reservations, so the total can never go past the limit.
create function private.assert_storage_room(p_owner uuid, p_extra bigint, p_file_size bigint) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  owner_tier public.tier;
  max_total bigint;
  max_file bigint;
  used bigint;
begin
  select p.tier into owner_tier from public.user_profiles p where p.id = p_owner for update;
  if owner_tier is null then
    raise exception 'file owner has no profile' using errcode = '23503';
  end if;
  select l.max_storage_bytes, l.max_file_bytes into max_total, max_file from public.tier_limits l where l.tier = owner_tier;
  if p_file_size is not null and max_file is not null and p_file_size > max_file then
    raise exception 'tier_limit:file_size' using errcode = 'P0001',
      detail = json_build_object('resource', 'file_size', 'limit', max_file, 'tier', owner_tier)::text;
  end if;
  if max_total is not null then
    used := private.storage_bytes_used(p_owner);
    if used + p_extra > max_total then
      raise exception 'tier_limit:storage' using errcode = 'P0001',
        detail = json_build_object('resource', 'storage', 'limit', max_total, 'used', used, 'tier', owner_tier)::text;
    end if;
  end if;
end;
$$;
revoke all on function private.assert_storage_room(uuid, bigint, bigint) from public;

-- A new reservation: server-chosen id, key and expiry; the space is reserved or refused.
create function private.reserve_upload() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if (select auth.uid()) is not null and new.owner_id is distinct from (select auth.uid()) then
    return new; -- the insert policy refuses it (FORBIDDEN) without revealing anyone's quota
  end if;
  -- Never a client's id: the blob key derives from it and must not name an existing object.
  if (select auth.uid()) is not null then
    new.id := gen_random_uuid();
  end if;
  new.blob_key := 'uploads/' || new.id::text;
  new.created_at := now();
  new.expires_at := now() + interval '24 hours';
  perform private.assert_storage_room(new.owner_id, new.size_bytes, new.size_bytes);
  return new;
end;
$$;
create trigger reserve_upload before insert on public.storage_uploads
  for each row execute function private.reserve_upload();

-- The owner gives up an upload: its reservation stops counting at once; the cron removes the
-- row and any bytes that arrived.
create function private.cancel_upload(p_upload uuid) returns void
language plpgsql security definer set search_path = ''
as $$
begin
  update public.storage_uploads set expires_at = least(expires_at, now())
    where id = p_upload and owner_id = (select auth.uid());
  if found and private.acting_admin_id() is not null then
    perform private.write_audit(private.acting_admin_id(), (select auth.uid()), 'storage_uploads.cancel', 'storage_uploads',
      p_upload::text, jsonb_build_object('impersonating', true));
  end if;
end;
$$;
revoke all on function private.cancel_upload(uuid) from public;
grant execute on function private.cancel_upload(uuid) to authenticated;

-- The bytes are in, moved to 'files/<id>' and checked (the application read their type from the
-- content and measured them): the reservation becomes a file. Never more than was reserved, so the
-- plan still holds.
create function private.complete_upload(
  p_upload uuid, p_size bigint, p_content_type text, p_width integer, p_height integer,
  p_thumbnail_key text, p_sha256 text
) returns uuid
language plpgsql security definer set search_path = ''
as $$
declare
  u public.storage_uploads;
  target_folder uuid;
begin
  select * into u from public.storage_uploads where id = p_upload for update;
  if u.id is null or u.owner_id is distinct from (select auth.uid()) then
    raise exception 'upload not found' using errcode = '42501';
  end if;
  if u.expires_at <= now() then
    raise exception 'upload_expired' using errcode = 'P0001';
  end if;
  if p_size is null or p_size < 0 or p_size > u.size_bytes then
    raise exception 'upload_size_mismatch' using errcode = 'P0001';
  end if;
  if p_thumbnail_key is not null and p_thumbnail_key <> 'thumbs/' || u.id::text || '.webp' then
    raise exception 'invalid thumbnail key' using errcode = '22023';
  end if;
  -- A folder trashed while the upload ran: the file lands at the top level, where it is seen.
  select f.id into target_folder from public.storage_folders f
    where f.id = u.folder_id and f.owner_id = u.owner_id and f.trashed_at is null;
  delete from public.storage_uploads where id = u.id;
  insert into public.storage_items
    (id, owner_id, folder_id, name, content_type, size_bytes, blob_key, thumbnail_key, width, height, content_sha256, created_by)
  values
    (u.id, u.owner_id, target_folder, u.name, p_content_type, p_size, 'files/' || u.id::text, p_thumbnail_key, p_width, p_height, p_sha256,
     coalesce(private.acting_admin_id(), (select auth.uid())));
  return u.id;
end;
$$;
revoke all on function private.complete_upload(uuid, bigint, text, integer, integer, text, text) from public;
grant execute on function private.complete_upload(uuid, bigint, text, integer, integer, text, text) to authenticated;

-- ---------------------------------------------------------------------------
-- Guards on owners' writes. System code (the purge cron, on the privileged connection) has no
-- claims and is not guarded.
-- ---------------------------------------------------------------------------
create function private.guard_storage_item_update() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  new.updated_at := now();
  if (select auth.uid()) is null then
    return new;
  end if;
  -- Trashing is stamped by the server: an old date would make the purge skip the undo window.
  if new.trashed_at is not null then
    new.trashed_at := coalesce(old.trashed_at, now());
  end if;
  if old.trashed_at is not null and new.trashed_at is null then
    -- Restored: it counts again, so it must fit the plan (another upload may have taken its place).
    perform private.assert_storage_room(new.owner_id, new.size_bytes, null);
    if new.folder_id is not null and not exists (
      select 1 from public.storage_folders f where f.id = new.folder_id and f.trashed_at is null
    ) then
      new.folder_id := null;
    end if;
  end if;
  return new;
end;
$$;
create trigger guard_storage_item_update before update on public.storage_items
  for each row execute function private.guard_storage_item_update();

-- Whether p_candidate is p_folder or lies inside it (a move there would make a cycle).
create function private.is_folder_within(p_candidate uuid, p_folder uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  with recursive up(id, parent_id, depth) as (
    select f.id, f.parent_id, 0 from public.storage_folders f where f.id = p_candidate
    union all
    select f.id, f.parent_id, up.depth + 1 from public.storage_folders f join up on f.id = up.parent_id where up.depth < 100
  )
  select exists (select 1 from up where id = p_folder)
$$;
revoke all on function private.is_folder_within(uuid, uuid) from public;

create function private.guard_storage_folder_write() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  new.updated_at := now();
  if (select auth.uid()) is null then
    return new;
  end if;
  if tg_op = 'INSERT' then
    new.created_at := now();
    new.trashed_at := null;
    new.trash_batch := null;
    return new;
  end if;
  if new.trashed_at is not null then
    new.trashed_at := coalesce(old.trashed_at, now());
  end if;
  if new.parent_id is distinct from old.parent_id and new.parent_id is not null
     and private.is_folder_within(new.parent_id, new.id) then
    raise exception 'a folder cannot move into itself' using errcode = '23514';
  end if;
  if old.trashed_at is not null and new.trashed_at is null and new.parent_id is not null and not exists (
    select 1 from public.storage_folders f where f.id = new.parent_id and f.trashed_at is null
  ) then
    new.parent_id := null;
  end if;
  return new;
end;
$$;
create trigger guard_storage_folder_write before insert or update on public.storage_folders
  for each row execute function private.guard_storage_folder_write();

-- Every write while impersonating (and every admin write) is audited.
create trigger audit_storage_folders after insert or update on public.storage_folders
  for each row execute function private.audit_privileged_write();
create trigger audit_storage_uploads after insert on public.storage_uploads
  for each row execute function private.audit_privileged_write();
create trigger audit_storage_items after insert or update on public.storage_items
  for each row execute function private.audit_privileged_write();

-- ---------------------------------------------------------------------------
-- Entitlements gain the storage quota and the per-file limit (same helper as the trigger).
-- ---------------------------------------------------------------------------
create or replace function private.entitlements(p_user uuid) returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  profile public.user_profiles;
  limits public.tier_limits;
  period_start timestamptz := private.usage_period_start(now());
begin
  if caller is not null and caller is distinct from p_user and not (select private.is_admin()) then
    raise exception 'not allowed' using errcode = '42501';
  end if;
  select * into profile from public.user_profiles where id = p_user;
  if profile.id is null then
    return null;
  end if;
  select * into limits from public.tier_limits where tier = profile.tier;
  return jsonb_build_object(
    'user_id', profile.id,
    'tier', profile.tier,
    'subscription_status', profile.subscription_status,
    'account_status', profile.account_status,
    'period_start', period_start,
    'period_end', private.usage_period_end(now()),
    'limits', jsonb_build_object(
      'projects', limits.max_projects,
      'domains', limits.max_domains,
      'storage_bytes', limits.max_storage_bytes,
      'file_bytes', limits.max_file_bytes,
      'team_members', limits.max_team_members,
      'tickets_per_month', limits.max_tickets_per_month,
      'generations_per_month', limits.max_generations_per_month,
      'ai_tokens_per_month', limits.max_ai_tokens_per_month
    ),
    'usage', jsonb_build_object(
      'projects', private.projects_owned(p_user),
      'generations', private.generations_used(p_user, period_start),
      'ai_tokens', private.tokens_committed(p_user, period_start),
      'storage_bytes', private.storage_bytes_used(p_user),
      'bandwidth_bytes', private.usage_total(p_user, 'bandwidth_bytes', period_start),
      'container_hours', private.usage_total(p_user, 'container_hours', period_start)
    )
  );
end;
$$;
