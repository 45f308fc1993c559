-- Monthly reports (issue 18): one PDF per client and month — traffic, leads, performance,
-- uptime and incidents, tickets and SLA, usage and the invoice total — rendered by a cron job on
-- the 1st (agency time zone) or by an admin on demand, kept in the storage port and mailed once.
--
-- monthly_reports: one row per client and month (the month's first day, agency time).
--  * Who may see it: the client whose report it is; agency admins see every client's. An admin
--    impersonating a client sees what the client sees. The PDF's bytes are only ever served by
--    the app after reading this row under the caller's RLS (/api/reports/<id>/pdf).
--  * Who may add or replace it: the monthly job (privileged connection), and agency admins
--    (generate for any client and month: audited by the trigger below). Clients never write.
--  * emailed_at is the job's alone (no grant to anyone signed in): it is how a rerun of the job
--    knows the mail already went, so a client never gets the same month twice.
--  * Nobody deletes one through the API; the rows go with the account (on delete cascade).
create table public.monthly_reports (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.user_profiles (id) on delete cascade,
  month date not null check (extract(day from month) = 1),
  locale text not null check (locale in ('en', 'pt-BR')),
  -- Where the PDF lives in the storage port (reports/<owner>/<month>/<random>.pdf).
  blob_key text not null check (blob_key ~ '^reports/[a-z0-9/._-]+\.pdf$'),
  size_bytes integer not null check (size_bytes > 0),
  -- null: the monthly job; else the admin who generated it.
  generated_by uuid references public.user_profiles (id) on delete set null,
  generated_at timestamptz not null default now(),
  emailed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (owner_id, month)
);
create index monthly_reports_generated_by_idx on public.monthly_reports (generated_by);
create index monthly_reports_month_idx on public.monthly_reports (month);

alter table public.monthly_reports enable row level security;
create policy "monthly reports: clients read their own, admins all" on public.monthly_reports
  for select to authenticated
  using (owner_id = (select auth.uid()) or (select private.is_admin()));
create policy "monthly reports: admins generate" on public.monthly_reports
  for insert to authenticated
  with check ((select private.is_admin()));
create policy "monthly reports: admins regenerate" on public.monthly_reports
  for update to authenticated
  using ((select private.is_admin()))
  with check ((select private.is_admin()));
grant select on public.monthly_reports to authenticated;
-- Every column may be named in an insert (query builders list them all, with DEFAULT); the
-- trigger below decides generated_by, generated_at and emailed_at whatever the insert says.
grant insert (id, owner_id, month, locale, blob_key, size_bytes, generated_by, generated_at, emailed_at, created_at, updated_at)
  on public.monthly_reports to authenticated;
grant update (locale, blob_key, size_bytes, generated_by, generated_at, updated_at) on public.monthly_reports to authenticated;
grant all on public.monthly_reports to service_role;

-- Who generated it and when, and whether it was mailed, are the database's, not the caller's to
-- choose: someone signed in (an admin) is recorded as the generator, and never marks a mail sent.
create function private.pin_monthly_report() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if (select auth.uid()) is not null then
    new.generated_by := (select auth.uid());
    new.generated_at := now();
    if tg_op = 'INSERT' then
      new.emailed_at := null;
      new.created_at := now();
    else
      new.emailed_at := old.emailed_at;
    end if;
  end if;
  new.updated_at := now();
  return new;
end;
$$;
create trigger pin_monthly_report before insert or update on public.monthly_reports
  for each row execute function private.pin_monthly_report();
create trigger audit_monthly_reports after insert or update on public.monthly_reports
  for each row execute function private.audit_privileged_write();

-- Mail attachments (the report's PDF): their names, types and sizes, next to the mail in the
-- outbox (the bytes stay with what they belong to, e.g. the report). Not readable through the
-- API, like the other columns admins were never granted.
alter table public.email_outbox add column attachments jsonb;
