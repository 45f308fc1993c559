-- The free URL analyzer's leads (issue 16): a visitor who asked for their report by email, or for
-- a faster site, with their explicit consent.

-- ---------------------------------------------------------------------------
-- analyzer_leads: one row per email address and analysis (a second request
-- with the same address for the same analysis is the same lead, not a new
-- one). Visitors have no account: they never read this table, not even their
-- own row (the result page and the mails are built by system code). Admins
-- read every lead (the agency's view: leads, scores, sequence state, funnel).
-- Only system code writes: the capture, the nurture job (which mails went
-- out), the one-click unsubscribe (a signed token, no session), the link to an
-- account on sign-up and the CRM push. No client role has a write grant.
--
-- LGPD: the consent is explicit (an unticked box the visitor ticked), its
-- purpose is the text of `consent_version` (src/modules/analyzer/lead-input.ts),
-- and when it was given is kept. Unsubscribing withdraws it for every lead of
-- the same address.
-- ---------------------------------------------------------------------------
create table public.analyzer_leads (
  id uuid primary key default gen_random_uuid(),
  analysis_id uuid not null references public.analyzer_analyses (id) on delete cascade,
  email text not null
    check (char_length(email) between 3 and 254 and email = lower(email) and position('@' in email) > 1),
  name text check (char_length(name) <= 120),
  phone text check (char_length(phone) <= 40),
  company text check (char_length(company) <= 120),
  locale text not null default 'en' check (locale in ('en', 'pt-BR')),
  -- Which button captured them: "Email me this report" or "Build me a faster site".
  intent text not null check (intent in ('report', 'build')),
  consent_version text not null check (char_length(consent_version) between 1 and 40),
  consent_at timestamptz not null default now(),
  client_ip_hash text check (char_length(client_ip_hash) <= 128),
  -- The nurture sequence (days 3, 7, 14 and 30): running, or why it stopped.
  nurture_state text not null default 'active'
    check (nurture_state in ('active', 'unsubscribed', 'signed_up', 'completed', 'superseded')),
  -- Mails sent, by kind (report, welcome, day3, day7, day14, day30) → when.
  emails_sent jsonb not null default '{}'::jsonb check (jsonb_typeof(emails_sent) = 'object'),
  unsubscribed_at timestamptz,
  -- The account made with this address (sign-up from the report's link, or later).
  user_id uuid references auth.users (id) on delete set null,
  signed_up_at timestamptz,
  -- The CRM (HubSpot) contact once pushed; the last error while it is not.
  crm_contact_id text check (char_length(crm_contact_id) <= 100),
  crm_synced_at timestamptz,
  crm_error text check (char_length(crm_error) <= 500),
  created_at timestamptz not null default now(),
  unique (email, analysis_id)
);
create index analyzer_leads_analysis_id_idx on public.analyzer_leads (analysis_id);
create index analyzer_leads_user_id_idx on public.analyzer_leads (user_id);
create index analyzer_leads_created_at_idx on public.analyzer_leads (created_at);

alter table public.analyzer_leads enable row level security;
create policy "analyzer leads: admins read" on public.analyzer_leads
  for select to authenticated
  using ((select private.is_admin()));
grant select on public.analyzer_leads to authenticated;
grant all on public.analyzer_leads to service_role;
