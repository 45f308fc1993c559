-- A site's old address is held for its owner for 30 days after the project moves to a new one.
-- Without the hold, another tenant could claim the address a moment later and receive the old
-- site's visitors, links and search ranking. The owner (any of their projects) can take it back.
-- Kept in `private`: nothing outside these triggers reads or writes it.

create table private.retired_slugs (
  slug text primary key,
  project_id uuid not null references public.projects (id) on delete cascade,
  owner_id uuid not null,
  retired_at timestamptz not null default now()
);
create index retired_slugs_project_id_idx on private.retired_slugs (project_id);
revoke all on private.retired_slugs from public, anon, authenticated;
alter table private.retired_slugs enable row level security;
create policy "retired_slugs: no access for API roles" on private.retired_slugs
  as restrictive for all to anon, authenticated using (false) with check (false);

-- Security definer: the caller (authenticated) has no privileges on the table.
create function private.guard_held_slug() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if exists (
    select 1 from private.retired_slugs r
    where r.slug = new.slug and r.owner_id <> new.owner_id and r.retired_at > now() - interval '30 days'
  ) then
    -- The same answer as a taken address (CONFLICT in the app), without saying whose it was.
    raise exception 'slug_held' using errcode = '23505', constraint = 'projects_slug_key';
  end if;
  return new;
end;
$$;
create trigger guard_held_slug before insert or update of slug on public.projects
  for each row execute function private.guard_held_slug();

create function private.hold_retired_slug() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if new.slug is distinct from old.slug then
    insert into private.retired_slugs (slug, project_id, owner_id, retired_at)
      values (old.slug, old.id, old.owner_id, now())
      on conflict (slug) do update
        set project_id = excluded.project_id, owner_id = excluded.owner_id, retired_at = excluded.retired_at;
    -- Taking an address back ends its hold.
    delete from private.retired_slugs where slug = new.slug;
  end if;
  return new;
end;
$$;
create trigger hold_retired_slug after update of slug on public.projects
  for each row execute function private.hold_retired_slug();
