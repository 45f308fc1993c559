-- The free URL analyzer (issue 16): one row per analysis a visitor asked for.

-- ---------------------------------------------------------------------------
-- analyzer_analyses: the queue and the results. Visitors have no account, so
-- nobody reads this table through the API except admins (the agency's view of
-- the analyses); a visitor sees their result through the server, which looks
-- it up by its unguessable id (the shareable link). Rows are written only by
-- system code (the request, the analysis job): no client grant to write.
-- The client's IP is stored only as a salted hash (rate limits are in the
-- rate-limit store; this is for abuse review).
-- ---------------------------------------------------------------------------
create table public.analyzer_analyses (
  id uuid primary key default gen_random_uuid(),
  -- The normalized URL (WHATWG serialization, no fragment): the 24 h cache key.
  url text not null check (char_length(url) between 1 and 2048),
  host text not null check (char_length(host) between 1 and 255),
  status text not null default 'queued'
    check (status in ('queued', 'loading', 'measuring', 'scoring', 'done', 'failed')),
  locale text not null default 'en' check (locale in ('en', 'pt-BR')),
  -- The compact result (src/modules/analyzer/analysis-result.ts) once done.
  result jsonb,
  -- Why it failed: an error message key and its values, rendered in the reader's language.
  error jsonb,
  client_ip_hash text check (char_length(client_ip_hash) <= 128),
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz
);
create index analyzer_analyses_url_idx on public.analyzer_analyses (url, created_at desc);
create index analyzer_analyses_queue_idx on public.analyzer_analyses (created_at) where status = 'queued';
create index analyzer_analyses_created_at_idx on public.analyzer_analyses (created_at);

alter table public.analyzer_analyses enable row level security;
create policy "analyzer analyses: admins read" on public.analyzer_analyses
  for select to authenticated
  using ((select private.is_admin()));
grant select on public.analyzer_analyses to authenticated;
grant all on public.analyzer_analyses to service_role;
