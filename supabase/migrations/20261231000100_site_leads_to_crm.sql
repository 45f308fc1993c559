-- Issue 36, point 5: a lead can go several places at once. A site's form lead is stored first,
-- then — each from the outbox written in the lead's own transaction, each retried on its own —
-- the owner's notification, the owner's webhook endpoints (lead.created), and, when the site's
-- owner opts in, the agency's CRM (the CRM port: HubSpot when HUBSPOT_TOKEN is set).
--
-- projects.leads_to_crm: the site's choice. The column lives on the projects table (one row per
-- site) but belongs to the host module, like the live pointer (20261120000300_publish.sql): only
-- host code reads and writes it. Who may change it: whoever may update the project's row —
-- its owner (and an admin with a second factor), by the existing "projects: owners and admins
-- update" policy; this grant only adds the column to what that role may set. Members read it
-- with the row, as they read the project.
alter table public.projects add column leads_to_crm boolean not null default false;
grant update (leads_to_crm) on public.projects to authenticated;

-- leads: where the CRM push of a lead stands. Written by the push job only (system code, the
-- privileged connection); members read them with the lead (the existing select policy), so the
-- leads page could say "in the CRM" or why not. The request role has no insert or update grant
-- on leads at all, so nobody but the job sets them.
--  * crm_requested_at: the lead was stored while its site sent leads to the CRM (null: never asked).
--  * crm_synced_at / crm_contact_id: done, and the CRM's id of the contact.
--  * crm_error: the last failure, for the job's retries and the hourly sweep (never a token).
alter table public.leads
  add column crm_requested_at timestamptz,
  add column crm_synced_at timestamptz,
  add column crm_contact_id text check (char_length(crm_contact_id) <= 100),
  add column crm_error text check (char_length(crm_error) <= 500);
-- The hourly sweep's question: leads asked for and not yet in the CRM, oldest first.
create index leads_crm_waiting_idx on public.leads (crm_requested_at)
  where crm_requested_at is not null and crm_synced_at is null;
