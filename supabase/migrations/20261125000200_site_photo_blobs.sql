-- ---------------------------------------------------------------------------
-- site_photo_blobs: every photo variant the publish build has put into the site blob store
-- (blobs/<sha256>), and when a build last used it. The blob store cannot list its keys, so this
-- is how the garbage-collection cron finds variants that no deployment references any more:
-- a variant stays while any live or rollback-able (ready) deployment's manifest names it, or a
-- build used it recently (a build in flight has not recorded its deployment's manifest yet).
-- Written and read by system code only (the publish job and the cron); admins may read it.
-- ---------------------------------------------------------------------------
create table public.site_photo_blobs (
  sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  last_used_at timestamptz not null default now(),
  created_at timestamptz not null default now()
);
create index site_photo_blobs_last_used_at_idx on public.site_photo_blobs (last_used_at);
alter table public.site_photo_blobs enable row level security;
create policy "site photo blobs: admins read" on public.site_photo_blobs
  for select to authenticated using ((select private.is_admin()));
grant select on public.site_photo_blobs to authenticated;
grant all on public.site_photo_blobs to service_role;
