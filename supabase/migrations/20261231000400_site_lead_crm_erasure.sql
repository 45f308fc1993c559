-- Issue 36, point 5: a site's lead may be pushed to the agency's CRM (20261231000100_site_leads_to_crm.sql).
-- Deleting the lead must erase the CRM contact made from it too (LGPD art. 18 VI / GDPR art. 17),
-- durably: nothing about the deletion may be lost while the CRM is down.
--
-- Leads go three ways, none of them through app code: an editor's DELETE under RLS ("leads: editors
-- delete"), the cascade of a project's deletion, and the cascade of an account's deletion. So the
-- erasure is asked for here, by an AFTER DELETE trigger on public.leads, in the deleting
-- transaction (like 20261202000100_domain_canonical.sql's rebuild event): no path can skip it, and
-- it exists exactly when the deletion committed.
--
-- private.crm_contact_erasures: CRM contacts to erase, by the CRM's id (never the email: HubSpot
-- blocklists an address it cannot find). A row is the durable record of the request; the
-- `crm-erase-contacts` job (queued with it, one event per contact and transaction) deletes it once
-- the CRM confirmed, and the hourly `crm-sweep-contact-erasures` retries what the job gave up on —
-- the job's retries span minutes; the sweep's, as long as the CRM stays down.
--
-- Who may see and change it: nobody through the API. System code only (the job and the sweep on
-- the privileged connection, the trigger as its definer); anon and authenticated have no grant, and
-- a restrictive policy refuses them even if one were added.
create table private.crm_contact_erasures (
  contact_id text primary key check (char_length(contact_id) between 1 and 100),
  requested_at timestamptz not null default now(),
  -- The last failure, for the sweep and the admin (never a token).
  last_error text check (char_length(last_error) <= 500),
  created_at timestamptz not null default now()
);
create index crm_contact_erasures_requested_at_idx on private.crm_contact_erasures (requested_at);
revoke all on private.crm_contact_erasures from public, anon, authenticated;
alter table private.crm_contact_erasures enable row level security;
create policy "crm_contact_erasures: no access for API roles" on private.crm_contact_erasures
  as restrictive for all to anon, authenticated using (false) with check (false);
grant all on private.crm_contact_erasures to service_role;

-- The question the request asks for every deleted lead: does another stored lead still stand on
-- this contact? The CRM keeps one contact per email for the whole agency, so a person who left two
-- forms (or a site form and the URL analyzer) is one contact; erasing it while another lead of
-- theirs is kept would take that lead's record out of the CRM. The last lead to go erases it.
create index leads_crm_contact_id_idx on public.leads (crm_contact_id) where crm_contact_id is not null;
create index analyzer_leads_crm_contact_id_idx on public.analyzer_leads (crm_contact_id) where crm_contact_id is not null;

-- Records the erasure of a contact no stored lead uses any more, and queues its job in the outbox
-- (one event per contact per transaction: a project's deletion that takes ten leads of one person
-- queues one). Returns whether it asked. Called by the trigger below, and by the CRM push when the
-- lead it pushed was deleted while the CRM answered (host/unsafe-push-site-lead-to-crm.ts).
create function private.request_crm_contact_erasure(p_contact_id text) returns boolean
language plpgsql security definer set search_path = ''
as $$
begin
  if p_contact_id is null
     or exists (select 1 from public.leads where crm_contact_id = p_contact_id)
     or exists (select 1 from public.analyzer_leads where crm_contact_id = p_contact_id) then
    return false;
  end if;
  insert into private.crm_contact_erasures (contact_id) values (p_contact_id) on conflict (contact_id) do nothing;
  perform private.enqueue_job_event('crm/contacts.erase', jsonb_build_object('contactIds', jsonb_build_array(p_contact_id)),
    'crm-erase:' || p_contact_id || ':' || txid_current()::text);
  return true;
end;
$$;
revoke all on function private.request_crm_contact_erasure(text) from public;
grant execute on function private.request_crm_contact_erasure(text) to service_role;

-- AFTER (not BEFORE) and per row: row triggers fire once the statement is done, so a statement
-- that deletes every lead of a contact sees none left and asks once.
create function private.erase_crm_contact_of_deleted_lead() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform private.request_crm_contact_erasure(old.crm_contact_id);
  return null;
end;
$$;
revoke all on function private.erase_crm_contact_of_deleted_lead() from public;
create trigger erase_crm_contact_after_lead_delete after delete on public.leads
  for each row when (old.crm_contact_id is not null)
  execute function private.erase_crm_contact_of_deleted_lead();
