-- Held-back addresses are capped: a project keeps at most its 3 most recent old addresses (each
-- for 30 days). Without a cap, renaming one project again and again could hoard any number of
-- names for its owner.
create or replace function private.hold_retired_slug() returns trigger
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
    delete from private.retired_slugs r
      where r.project_id = new.id
        and r.slug not in (select k.slug from private.retired_slugs k where k.project_id = new.id order by k.retired_at desc, k.slug limit 3);
  end if;
  return new;
end;
$$;
