-- Site traffic (issue 18): privacy-friendly counters of every published site, per project and per
-- UTC day, written by the site-serving path. The serving process sums requests in memory (see
-- src/modules/host/site-traffic-meter.ts) and writes one batch every few seconds through
-- private.record_site_traffic. No cookies are set and no IP address, user agent or referrer is
-- kept: a row is a count, never a visitor.
--
-- site_traffic_days: requests by status class, bandwidth (bytes on the wire), visits (successful
-- HTML page views) and the peak requests in one second, per site per day.
-- site_traffic_pages: page views per page per site per day, at most 200 distinct pages a day (the
-- rest fold into the row whose path is 'other'), so random URLs cannot grow the table.
-- site_traffic_countries: requests per country (an ISO 3166 two-letter code from the CDN's
-- header, or 'unknown'), so at most 677 rows per site per day.
--  * Who may see them: the site's members (private.member_project_ids) and agency admins.
--  * Who may change them: nobody signed in. Only the serving process, on the privileged
--    connection, through private.record_site_traffic (granted to service_role only).
-- site_traffic_batches: the keys of batches already written, so a batch retried after an error
-- whose commit did land counts once. Written by the serving process only; admins read; kept 7 days.
create table public.site_traffic_days (
  project_id uuid not null references public.projects (id) on delete cascade,
  day date not null,
  requests bigint not null default 0 check (requests >= 0),
  visits bigint not null default 0 check (visits >= 0),
  bytes bigint not null default 0 check (bytes >= 0),
  peak_rps integer not null default 0 check (peak_rps >= 0),
  status_2xx bigint not null default 0 check (status_2xx >= 0),
  status_3xx bigint not null default 0 check (status_3xx >= 0),
  status_4xx bigint not null default 0 check (status_4xx >= 0),
  status_5xx bigint not null default 0 check (status_5xx >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (project_id, day)
);

create table public.site_traffic_pages (
  project_id uuid not null references public.projects (id) on delete cascade,
  day date not null,
  path text not null check (char_length(path) between 1 and 300),
  requests bigint not null default 0 check (requests >= 0),
  created_at timestamptz not null default now(),
  primary key (project_id, day, path)
);

create table public.site_traffic_countries (
  project_id uuid not null references public.projects (id) on delete cascade,
  day date not null,
  country text not null check (country ~ '^[A-Z]{2}$' or country = 'unknown'),
  requests bigint not null default 0 check (requests >= 0),
  created_at timestamptz not null default now(),
  primary key (project_id, day, country)
);

create table public.site_traffic_batches (
  key text primary key check (char_length(key) between 8 and 200),
  created_at timestamptz not null default now()
);
create index site_traffic_batches_created_at_idx on public.site_traffic_batches (created_at);

alter table public.site_traffic_days enable row level security;
alter table public.site_traffic_pages enable row level security;
alter table public.site_traffic_countries enable row level security;
alter table public.site_traffic_batches enable row level security;

create policy "site traffic days: members and admins read" on public.site_traffic_days
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));
create policy "site traffic pages: members and admins read" on public.site_traffic_pages
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));
create policy "site traffic countries: members and admins read" on public.site_traffic_countries
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));

create policy "site traffic batches: admins read" on public.site_traffic_batches
  for select to authenticated using ((select private.is_admin()));

grant select on public.site_traffic_days, public.site_traffic_pages, public.site_traffic_countries,
  public.site_traffic_batches to authenticated;
grant all on public.site_traffic_days, public.site_traffic_pages, public.site_traffic_countries,
  public.site_traffic_batches to service_role;

-- One batch from a serving process, in one transaction; false when its key was written before.
--   p_batch = { days: [{ project_id, day, requests, visits, bytes, peak_rps, s2, s3, s4, s5 }],
--               pages: [{ project_id, day, path, requests }], countries: [{ project_id, day, country, requests }] }
-- The day rows are upserted first: their row locks serialize concurrent batches of the same site
-- and day, so the page cap below counts what is really there.
create function private.record_site_traffic(p_key text, p_batch jsonb, p_page_cap integer default 200) returns boolean
language plpgsql security definer set search_path = ''
as $$
declare
  v_new integer;
begin
  insert into public.site_traffic_batches (key) values (p_key) on conflict (key) do nothing;
  get diagnostics v_new = row_count;
  if v_new = 0 then
    return false;
  end if;
  delete from public.site_traffic_batches where created_at < now() - interval '7 days';

  insert into public.site_traffic_days as t
    (project_id, day, requests, visits, bytes, peak_rps, status_2xx, status_3xx, status_4xx, status_5xx)
  select r.project_id, r.day, r.requests, r.visits, r.bytes, r.peak_rps, r.s2, r.s3, r.s4, r.s5
  from jsonb_to_recordset(coalesce(p_batch -> 'days', '[]'::jsonb))
    as r(project_id uuid, day date, requests bigint, visits bigint, bytes bigint, peak_rps integer,
         s2 bigint, s3 bigint, s4 bigint, s5 bigint)
  order by r.project_id, r.day
  on conflict (project_id, day) do update set
    requests = t.requests + excluded.requests,
    visits = t.visits + excluded.visits,
    bytes = t.bytes + excluded.bytes,
    peak_rps = greatest(t.peak_rps, excluded.peak_rps),
    status_2xx = t.status_2xx + excluded.status_2xx,
    status_3xx = t.status_3xx + excluded.status_3xx,
    status_4xx = t.status_4xx + excluded.status_4xx,
    status_5xx = t.status_5xx + excluded.status_5xx,
    updated_at = now();

  insert into public.site_traffic_countries as t (project_id, day, country, requests)
  select r.project_id, r.day, r.country, sum(r.requests)
  from jsonb_to_recordset(coalesce(p_batch -> 'countries', '[]'::jsonb))
    as r(project_id uuid, day date, country text, requests bigint)
  group by r.project_id, r.day, r.country
  on conflict (project_id, day, country) do update set requests = t.requests + excluded.requests;

  -- Pages: known paths add up; new paths take the free places of the day's cap, most viewed
  -- first; the rest (and the batch's own 'other') add to 'other'.
  with incoming as (
    select r.project_id, r.day, r.path, sum(r.requests) as requests
    from jsonb_to_recordset(coalesce(p_batch -> 'pages', '[]'::jsonb))
      as r(project_id uuid, day date, path text, requests bigint)
    group by r.project_id, r.day, r.path
  ),
  ranked as (
    select i.*,
      exists (select 1 from public.site_traffic_pages p
              where p.project_id = i.project_id and p.day = i.day and p.path = i.path) as is_known,
      (select count(*) from public.site_traffic_pages p
       where p.project_id = i.project_id and p.day = i.day and p.path <> 'other') as stored
    from incoming i
  ),
  placed as (
    select r.*,
      case when r.is_known or r.path = 'other' then true
        else r.stored + row_number() over (
          partition by r.project_id, r.day, (r.is_known or r.path = 'other') order by r.requests desc, r.path) <= p_page_cap
      end as fits
    from ranked r
  )
  insert into public.site_traffic_pages as t (project_id, day, path, requests)
  select project_id, day, case when fits then path else 'other' end, sum(requests)
  from placed
  group by project_id, day, case when fits then path else 'other' end
  on conflict (project_id, day, path) do update set requests = t.requests + excluded.requests;

  return true;
end;
$$;
revoke all on function private.record_site_traffic(text, jsonb, integer) from public;
grant execute on function private.record_site_traffic(text, jsonb, integer) to service_role;
