-- Cancelling an upload while its last chunk is in flight: a cancel that has returned wins.
--
-- private.complete_upload compared the reservation's expiry with now(), the time its own
-- transaction began. A completion whose transaction began just before a cancel, and reached the
-- row (waiting on the cancel's lock) just after it, saw the cancel's expiry (the cancel's now(),
-- later than its own) as still in the future and kept the file the person had cancelled. Both
-- sides now use clock_timestamp(): the cancel stamps when it really ran, and the completion, once
-- it holds the row lock, compares with when it really got it — after any cancel that committed.
--
-- Who may see and change what is unchanged (see 20261124000100_storage.sql); only the times
-- compared differ. create or replace keeps the functions' grants.

create or replace function private.cancel_upload(p_upload uuid) returns void
language plpgsql security definer set search_path = ''
as $$
begin
  update public.storage_uploads set expires_at = least(expires_at, clock_timestamp())
    where id = p_upload and owner_id = (select auth.uid());
  if found and private.acting_admin_id() is not null then
    perform private.write_audit(private.acting_admin_id(), (select auth.uid()), 'storage_uploads.cancel', 'storage_uploads',
      p_upload::text, jsonb_build_object('impersonating', true));
  end if;
end;
$$;

create or replace function private.complete_upload(
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
  -- clock_timestamp(): read after the lock, so a cancel that committed while we waited counts.
  if u.expires_at <= clock_timestamp() then
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
