-- Newsletter sign-ups on published sites, with double opt-in (issue 9 #2).
--
-- A site's newsletter form files the address with the site's leads, as a lead of kind
-- 'newsletter' that stays pending (confirmed_at is null) until the subscriber opens the link the
-- host mails them; only then is it a subscriber. Contact-form leads are kind 'contact'.
--
-- Who sees and changes what is unchanged: project members (and admins) read their projects'
-- leads, editors delete them, and only system code (the host, for anonymous visitors) writes —
-- including the confirmation. The confirmation token is stored only as its SHA-256 hash, and even
-- the hash is kept out of the request role's reach: select is granted per column, without it.

alter table public.leads
  add column kind text not null default 'contact' check (kind in ('contact', 'newsletter')),
  add column confirmed_at timestamptz,
  add column confirm_token_hash text check (confirm_token_hash ~ '^[0-9a-f]{64}$');

-- The confirm link is looked up by its hash (one row per link).
create unique index leads_confirm_token_hash_idx on public.leads (confirm_token_hash) where confirm_token_hash is not null;
-- "Has this address already signed up to this site's newsletter?" (no second mail to it).
create index leads_newsletter_email_idx on public.leads (project_id, lower(email)) where kind = 'newsletter';

revoke select on public.leads from authenticated;
grant select (id, project_id, deployment_id, locale, section_id, page_path, name, email, phone, message, created_at, kind, confirmed_at)
  on public.leads to authenticated;
