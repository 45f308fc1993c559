-- Issue 37, point 4: AI observability. One row per model call (each attempt of each provider in
-- the fallback chain, src/lib/ai/generate-structured.ts), written at that one choke point:
-- the model, the endpoint's host (never a key or a path), the prompt template's name and version,
-- input and output tokens, latency, time to first token, the fallback step (position in the
-- chain, 0 = the first provider), the outcome, a cost estimate from the price table
-- (src/lib/ai/model-prices.json), the trace id, and the project and account it was for.
--
-- account_id is the project owner's, set by the database from project_id (ai_calls_set_account),
-- so no caller can charge a call to the wrong client.
--
-- Who may see and change it:
--  * Agency admins read every row (the admin page "AI usage" lists them per client and month).
--  * Clients read nothing, not even their own account's rows: the rows are the agency's
--    operating data (which models and hosts answer, what the agency pays for them), not the
--    client's; what a client uses is already theirs to see in usage_events and generations.
--    An admin impersonating a client reads as that client: nothing.
--  * Nobody writes through the API: no insert, update or delete grant to anon or authenticated.
--    Only the system writer (src/lib/ai/record-ai-calls.ts, `unsafeRecordAiCalls`, on the
--    privileged connection) inserts; the rows are never updated, and deleted only with the
--    account or project they belong to (cascade).

create table public.ai_calls (
  id uuid primary key default gen_random_uuid(),
  created_at timestamptz not null default now(),
  account_id uuid references public.user_profiles (id) on delete cascade,
  project_id uuid references public.projects (id) on delete cascade,
  generation_id uuid,
  trace_id text not null check (char_length(trace_id) between 1 and 128),
  provider text not null check (provider in ('vllm', 'openai', 'offline')),
  model text not null check (char_length(model) between 1 and 200),
  endpoint_host text check (char_length(endpoint_host) <= 255),
  template_name text not null check (char_length(template_name) between 1 and 100),
  template_version integer not null check (template_version >= 1),
  input_tokens integer not null default 0 check (input_tokens >= 0),
  output_tokens integer not null default 0 check (output_tokens >= 0),
  usage_source text not null check (usage_source in ('provider', 'estimated', 'none')),
  latency_ms integer not null check (latency_ms >= 0),
  first_token_ms integer check (first_token_ms >= 0),
  fallback_step smallint not null check (fallback_step >= 0),
  attempt smallint not null check (attempt >= 1),
  outcome text not null check (outcome in ('ok', 'error', 'fallback')),
  error_code text check (char_length(error_code) <= 50),
  -- Null when the model is not in the price table (an unknown cost is not a zero cost).
  cost_usd numeric check (cost_usd >= 0)
);
create index ai_calls_account_created_idx on public.ai_calls (account_id, created_at desc);
create index ai_calls_project_id_idx on public.ai_calls (project_id);
create index ai_calls_trace_id_idx on public.ai_calls (trace_id);
create index ai_calls_created_at_idx on public.ai_calls (created_at desc);

alter table public.ai_calls enable row level security;
create policy "ai calls: admins read" on public.ai_calls
  for select to authenticated
  using ((select private.is_admin()));
revoke all on public.ai_calls from anon, authenticated;
grant select on public.ai_calls to authenticated;
grant all on public.ai_calls to service_role;

-- The account a call was for is its project's owner, whatever the writer passed.
create function private.ai_calls_set_account() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if new.project_id is not null then
    new.account_id := (select p.owner_id from public.projects p where p.id = new.project_id);
  end if;
  return new;
end;
$$;
create trigger ai_calls_set_account before insert on public.ai_calls
  for each row execute function private.ai_calls_set_account();
