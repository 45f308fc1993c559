-- Issue 34, point 7: the terms of use and the privacy notice, editable by the agency.
--
-- legal_texts: one Markdown text per page (terms | privacy) and interface language. Saving is
-- publishing: there is no draft, the row is what visitors read. A page with no row shows the
-- built-in text of the message catalogs.
--
-- Who may see and change it:
--  * Everyone reads it, signed in or not (anon too): the pages are public and sign-up links them.
--  * Agency admins (private.is_admin(): an active admin who passed the second factor) insert,
--    change and delete rows (delete = back to the built-in text). Clients, an admin acting as a
--    client, and visitors change nothing.
--  * updated_at and updated_by are the database's: a trigger sets them on every write, so the
--    "last updated" date and its author cannot be forged by the caller.
--  * Every admin write is audited by private.audit_privileged_write (actor = the admin).

create table public.legal_texts (
  id uuid primary key default gen_random_uuid(),
  page text not null check (page in ('terms', 'privacy')),
  locale text not null check (private.is_ui_locale(locale)),
  body text not null check (char_length(btrim(body)) between 1 and 40000),
  updated_by uuid references public.user_profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (page, locale)
);
create index legal_texts_updated_by_idx on public.legal_texts (updated_by);

alter table public.legal_texts enable row level security;
create policy "legal texts: everyone reads" on public.legal_texts
  for select to anon, authenticated using (true);
create policy "legal texts: admins add" on public.legal_texts
  for insert to authenticated with check ((select private.is_admin()));
create policy "legal texts: admins change" on public.legal_texts
  for update to authenticated using ((select private.is_admin())) with check ((select private.is_admin()));
create policy "legal texts: admins remove" on public.legal_texts
  for delete to authenticated using ((select private.is_admin()));

-- Hosted Supabase grants ALL on new tables to anon and authenticated by default; TRUNCATE would
-- bypass the policies above, so start from nothing and grant only what the policies expect.
revoke all on public.legal_texts from anon, authenticated;
grant select on public.legal_texts to anon, authenticated;
-- Every column, as Drizzle names them all in an insert (`default` for the unset ones); the
-- trigger below overwrites updated_at and updated_by whatever the caller sends.
grant insert (id, page, locale, body, updated_by, created_at, updated_at) on public.legal_texts to authenticated;
grant update (body) on public.legal_texts to authenticated;
grant delete on public.legal_texts to authenticated;
grant all on public.legal_texts to service_role;

create function private.stamp_legal_text() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.updated_at := now();
  new.updated_by := (select auth.uid());
  return new;
end;
$$;
create trigger stamp_legal_text before insert or update on public.legal_texts
  for each row execute function private.stamp_legal_text();

create trigger audit_legal_texts after insert or update or delete on public.legal_texts
  for each row execute function private.audit_privileged_write();
