-- Lead purposes and fields (issue 32 #1, #5).
--
-- A published site's forms are for one of several purposes — a contact message, a booking, a
-- quote request, a newsletter sign-up (src/modules/document/lead-forms.ts, the one list the
-- renderer and the host derive from; tests/db/lead-purposes.test.ts fails when this check and
-- that list drift). `kind` holds the purpose. A booking's date, time and service, a quote's
-- address and service are kept in `details` (field name → what the visitor typed), beside the
-- name/email/phone/message columns every lead has.
--
-- A newsletter sign-up records the visitor's explicit consent: when it was given and the words
-- they agreed to, as the form showed them.
--
-- Who sees and changes what is unchanged: project members (and admins) read their projects'
-- leads, editors delete them, only system code (the host, for anonymous visitors) writes. The new
-- columns are readable like the others; the confirmation token's hash stays out of reach.

alter table public.leads drop constraint leads_kind_check;
alter table public.leads
  add constraint leads_kind_check check (kind in ('contact', 'booking', 'quote', 'newsletter')),
  add column details jsonb not null default '{}'::jsonb
    check (jsonb_typeof(details) = 'object' and octet_length(details::text) <= 4000),
  add column consented_at timestamptz,
  add column consent_text text check (char_length(consent_text) <= 500);

grant select (details, consented_at, consent_text) on public.leads to authenticated;
