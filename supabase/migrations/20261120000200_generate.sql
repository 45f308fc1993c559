-- Generate: generations (one AI request each), site_versions (the saved
-- drafts of a project's site document) and usage_events (the append-only
-- metering outbox that a later job pushes to Stripe).
--
-- Quotas: a generation is reserved *before* any model call by inserting a
-- 'running' row; the insert trigger locks the owner's profile and counts this
-- month's running + succeeded generations and used AI tokens against
-- tier_limits, so concurrent requests cannot overspend. Failed and cancelled
-- generations do not count (people are not charged for them).
--
-- Status changes and usage events go through SECURITY DEFINER functions in
-- the unexposed `private` schema, called by the server with the caller's
-- claims: API roles have no UPDATE on generations and no INSERT on
-- usage_events, so nobody can mark a delivered generation "failed" or delete usage.

-- Projects where the caller may change content (owner or editor).
create function private.editable_project_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select project_id from public.project_members
  where user_id = (select auth.uid()) and role in ('owner', 'editor')
$$;

create table public.generations (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  user_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  kind text not null check (kind in ('site', 'rewrite_section', 'add_section', 'add_locale', 'continue')),
  status text not null default 'running' check (status in ('running', 'succeeded', 'failed', 'cancelled')),
  prompt text not null default '' check (char_length(prompt) <= 4000),
  options jsonb not null default '{}'::jsonb,
  provider text,
  model text,
  input_tokens integer not null default 0 check (input_tokens >= 0),
  output_tokens integer not null default 0 check (output_tokens >= 0),
  error text,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  created_at timestamptz not null default now()
);
create index generations_project_id_idx on public.generations (project_id, created_at desc);
create index generations_user_id_idx on public.generations (user_id, created_at desc);

alter table public.generations enable row level security;
create policy "generations: project members and admins read" on public.generations
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));
create policy "generations: editors start them on their projects" on public.generations
  for insert to authenticated
  with check (
    user_id = (select auth.uid())
    and project_id in (select private.editable_project_ids())
  );
grant select on public.generations to authenticated;
grant insert (id, project_id, user_id, kind, status, prompt, options, provider, model, input_tokens, output_tokens,
              error, started_at, finished_at, created_at) on public.generations to authenticated;
grant all on public.generations to service_role;

-- ---------------------------------------------------------------------------
-- site_versions: append-only history of a project's site document; the
-- newest row is the draft. Members read; owners and editors add versions.
-- ---------------------------------------------------------------------------
create table public.site_versions (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  version integer not null check (version > 0),
  document jsonb not null,
  source text not null check (source in ('generate', 'rewrite_section', 'add_section', 'add_locale', 'continue', 'edit', 'restore')),
  generation_id uuid references public.generations (id) on delete set null,
  created_by uuid default auth.uid() references public.user_profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (project_id, version)
);
create index site_versions_generation_id_idx on public.site_versions (generation_id);
create index site_versions_created_by_idx on public.site_versions (created_by);

-- Foreign keys ignore RLS: a version may only cite a generation of its own project.
create function private.guard_version_generation() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if new.generation_id is not null and not exists (
    select 1 from public.generations g where g.id = new.generation_id and g.project_id = new.project_id
  ) then
    raise exception 'a site version must cite its own project''s generation' using errcode = '42501';
  end if;
  return new;
end;
$$;
create trigger guard_version_generation before insert or update of generation_id, project_id on public.site_versions
  for each row execute function private.guard_version_generation();

alter table public.site_versions enable row level security;
create policy "versions: project members and admins read" on public.site_versions
  for select to authenticated
  using (project_id in (select private.member_project_ids()) or (select private.is_admin()));
create policy "versions: editors add" on public.site_versions
  for insert to authenticated
  with check (project_id in (select private.editable_project_ids()) and created_by = (select auth.uid()));
grant select on public.site_versions to authenticated;
grant insert (id, project_id, version, document, source, generation_id, created_by, created_at) on public.site_versions to authenticated;
grant all on public.site_versions to service_role;

-- ---------------------------------------------------------------------------
-- usage_events: append-only metering outbox. Idempotency keys make retries
-- safe; pushed_at is set by the metering job. Owners see their own events,
-- admins see all; nobody updates or deletes through the API.
-- ---------------------------------------------------------------------------
create table public.usage_events (
  id bigint generated always as identity primary key,
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  project_id uuid references public.projects (id) on delete set null,
  metric text not null check (metric in ('page_generate', 'ai_token', 'container_hours', 'storage_gb', 'bandwidth_bytes')),
  quantity numeric not null check (quantity >= 0),
  idempotency_key text not null unique check (char_length(idempotency_key) between 8 and 200),
  properties jsonb not null default '{}'::jsonb,
  occurred_at timestamptz not null default now(),
  pushed_at timestamptz,
  created_at timestamptz not null default now()
);
create index usage_events_user_id_idx on public.usage_events (user_id, metric, occurred_at desc);
create index usage_events_project_id_idx on public.usage_events (project_id);
create index usage_events_unpushed_idx on public.usage_events (occurred_at) where pushed_at is null;

alter table public.usage_events enable row level security;
create policy "usage: own events or admin" on public.usage_events
  for select to authenticated
  using (user_id = (select auth.uid()) or (select private.is_admin()));
grant select on public.usage_events to authenticated;
grant all on public.usage_events to service_role;

-- Only the metering job's pushed_at and the FK's "set null" on project
-- deletion may change a usage event. (API roles have no UPDATE/DELETE grant at
-- all; this also guards the privileged connection against accidents.)
create function private.guard_usage_update() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if (new.id, new.user_id, new.metric, new.quantity, new.idempotency_key, new.properties, new.occurred_at, new.created_at)
     is distinct from
     (old.id, old.user_id, old.metric, old.quantity, old.idempotency_key, old.properties, old.occurred_at, old.created_at)
     or (new.project_id is distinct from old.project_id and new.project_id is not null) then
    raise exception 'usage events are append-only' using errcode = '42501';
  end if;
  return new;
end;
$$;
create trigger usage_events_append_only before update on public.usage_events
  for each row execute function private.guard_usage_update();


-- Quota reservation (see the header). The owner of the project is charged.
create function private.reserve_generation() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  payer uuid;
  payer_tier public.tier;
  period_start timestamptz := date_trunc('month', now());
  max_generations integer;
  max_tokens bigint;
  used_generations integer;
  used_tokens bigint;
begin
  if (select auth.uid()) is not null and new.project_id not in (select private.editable_project_ids()) then
    return new; -- the insert policy refuses it (FORBIDDEN) without revealing the owner's quota
  end if;
  new.status := 'running';
  new.started_at := now();
  new.created_at := now();
  new.finished_at := null;
  new.input_tokens := 0;
  new.output_tokens := 0;
  select pr.owner_id into payer from public.projects pr where pr.id = new.project_id;
  select p.tier into payer_tier from public.user_profiles p where p.id = payer for update;
  select l.max_generations_per_month, l.max_ai_tokens_per_month into max_generations, max_tokens
    from public.tier_limits l where l.tier = payer_tier;
  if max_generations is not null then
    select count(*) into used_generations from public.generations g
      join public.projects pr on pr.id = g.project_id
      where pr.owner_id = payer and g.created_at >= period_start and g.status in ('running', 'succeeded');
    if used_generations >= max_generations then
      raise exception 'tier_limit:generations' using errcode = 'P0001',
        detail = json_build_object('resource', 'generations', 'limit', max_generations, 'tier', payer_tier,
                                   'resets_at', period_start + interval '1 month')::text;
    end if;
  end if;
  if max_tokens is not null then
    select coalesce(sum(quantity), 0) into used_tokens from public.usage_events
      where user_id = payer and metric = 'ai_token' and occurred_at >= period_start;
    if used_tokens >= max_tokens then
      raise exception 'tier_limit:ai_tokens' using errcode = 'P0001',
        detail = json_build_object('resource', 'ai_tokens', 'limit', max_tokens, 'tier', payer_tier,
                                   'resets_at', period_start + interval '1 month')::text;
    end if;
  end if;
  return new;
end;
$$;
create trigger reserve_generation before insert on public.generations
  for each row execute function private.reserve_generation();

-- Finishes a running generation of the caller's: status, provider and token
-- counts; on success records the usage events (page_generate, ai_token) with
-- idempotency keys derived from the generation id, in the same transaction.
create function private.finish_generation(
  p_generation uuid, p_status text, p_provider text, p_model text,
  p_input_tokens integer, p_output_tokens integer, p_error text
) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  g public.generations;
  payer uuid;
begin
  if p_status not in ('succeeded', 'failed', 'cancelled') then
    raise exception 'invalid final status' using errcode = '22023';
  end if;
  select * into g from public.generations where id = p_generation for update;
  if g.id is null or g.user_id is distinct from (select auth.uid()) then
    raise exception 'generation not found' using errcode = '42501';
  end if;
  if g.status <> 'running' then
    return; -- idempotent: a retry of the same finish is a no-op
  end if;
  update public.generations set
    status = p_status, provider = p_provider, model = p_model,
    input_tokens = greatest(coalesce(p_input_tokens, 0), 0), output_tokens = greatest(coalesce(p_output_tokens, 0), 0),
    error = left(p_error, 500), finished_at = now()
  where id = p_generation;
  if p_status = 'succeeded' then
    select pr.owner_id into payer from public.projects pr where pr.id = g.project_id;
    insert into public.usage_events (user_id, project_id, metric, quantity, idempotency_key, properties)
    values
      (payer, g.project_id, 'page_generate', 1, 'gen:' || g.id || ':page_generate',
       jsonb_build_object('generation_id', g.id, 'kind', g.kind, 'provider', p_provider, 'model', p_model)),
      (payer, g.project_id, 'ai_token', greatest(coalesce(p_input_tokens, 0), 0) + greatest(coalesce(p_output_tokens, 0), 0),
       'gen:' || g.id || ':ai_token',
       jsonb_build_object('generation_id', g.id, 'input_tokens', p_input_tokens, 'output_tokens', p_output_tokens,
                          'provider', p_provider, 'model', p_model))
    on conflict (idempotency_key) do nothing;
    update public.user_profiles set
      generations_used = generations_used + 1,
      ai_tokens_used = ai_tokens_used + greatest(coalesce(p_input_tokens, 0), 0) + greatest(coalesce(p_output_tokens, 0), 0)
    where id = payer;
  end if;
end;
$$;
revoke all on function private.finish_generation(uuid, text, text, text, integer, integer, text) from public;
grant execute on function private.finish_generation(uuid, text, text, text, integer, integer, text) to authenticated;

-- Audit writes made while impersonating (and by admins) here too.
create trigger audit_generations after insert on public.generations
  for each row execute function private.audit_privileged_write();
create trigger audit_site_versions after insert on public.site_versions
  for each row execute function private.audit_privileged_write();
