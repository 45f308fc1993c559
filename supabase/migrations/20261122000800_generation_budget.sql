-- Generations: a token budget reserved at admission, and work that was delivered is paid for.
--
--  * Token cap under concurrency. The monthly AI-token limit was checked against recorded usage
--    only, so twenty generations admitted at once (all seeing the same usage) could all run. Each
--    generation now reserves an estimated budget when it is admitted (reserved_tokens, clamped to
--    what is left); admission counts used tokens *plus* the reservations of generations still
--    running, under the payer's row lock, so concurrent admissions can't overspend. The
--    reservation is released when the generation finishes and its real tokens are recorded.
--  * Delivered work. A generation cancelled after sections reached the browser used real model
--    tokens: those are charged (ai_token), though the generation itself is not counted. Failed
--    generations (our side) stay free. The server keeps the partial result (partial_document),
--    and "continue" resumes from that copy — never from a document the browser sends.

alter table public.generations
  add column reserved_tokens integer not null default 0 check (reserved_tokens >= 0),
  add column partial_document jsonb,
  add column continued_from uuid references public.generations (id) on delete set null;
-- One continuation per stopped generation (two tabs clicking Continue can't both pay off the same work).
create unique index generations_continued_from_idx on public.generations (continued_from) where continued_from is not null;
-- Every column is named in INSERTs (ORMs list them all); the trigger resets partial_document.
grant insert (reserved_tokens, partial_document, continued_from) on public.generations to authenticated;

-- Tokens a payer has committed this period: recorded usage plus what running generations reserved.
create function private.tokens_committed(p_payer uuid, p_since timestamptz) returns bigint
language sql stable security definer set search_path = ''
as $$
  select (private.usage_total(p_payer, 'ai_token', p_since)
          + coalesce((select sum(g.reserved_tokens) from public.generations g
                        join public.projects pr on pr.id = g.project_id
                       where pr.owner_id = p_payer and g.status = 'running' and g.created_at >= p_since), 0))::bigint
$$;
revoke all on function private.tokens_committed(uuid, timestamptz) from public;

create or replace function private.reserve_generation() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  payer uuid;
  payer_tier public.tier;
  period_start timestamptz := private.usage_period_start(now());
  max_generations integer;
  max_tokens bigint;
  committed bigint;
  source public.generations;
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
  new.partial_document := null;
  -- The application's estimate, within sane bounds (a whole two-language site is ~10k tokens).
  new.reserved_tokens := least(greatest(coalesce(new.reserved_tokens, 0), 0), 200000);
  if new.continued_from is not null then
    select * into source from public.generations where id = new.continued_from;
    if source.id is null or source.project_id <> new.project_id or source.status not in ('cancelled', 'failed')
       or source.partial_document is null then
      raise exception 'nothing to continue' using errcode = '23514';
    end if;
  end if;
  select pr.owner_id into payer from public.projects pr where pr.id = new.project_id;
  select p.tier into payer_tier from public.user_profiles p where p.id = payer for update;
  select l.max_generations_per_month, l.max_ai_tokens_per_month into max_generations, max_tokens
    from public.tier_limits l where l.tier = payer_tier;
  if max_generations is not null and private.generations_used(payer, period_start) >= max_generations then
    raise exception 'tier_limit:generations' using errcode = 'P0001',
      detail = json_build_object('resource', 'generations', 'limit', max_generations, 'tier', payer_tier,
                                 'resets_at', private.usage_period_end(now()))::text;
  end if;
  if max_tokens is not null then
    committed := private.tokens_committed(payer, period_start);
    if committed >= max_tokens then
      raise exception 'tier_limit:ai_tokens' using errcode = 'P0001',
        detail = json_build_object('resource', 'ai_tokens', 'limit', max_tokens, 'tier', payer_tier,
                                   'resets_at', private.usage_period_end(now()))::text;
    end if;
    -- The last of the month's tokens: reserve what is left (one generation may overrun it by its
    -- real size; no second one is admitted meanwhile).
    new.reserved_tokens := least(new.reserved_tokens, max_tokens - committed);
  end if;
  return new;
end;
$$;

-- finish_generation gains the partial result; a cancelled generation pays for the tokens it spent.
drop function private.finish_generation(uuid, text, text, text, integer, integer, text);
create function private.finish_generation(
  p_generation uuid, p_status text, p_provider text, p_model text,
  p_input_tokens integer, p_output_tokens integer, p_error text, p_partial jsonb default null
) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  g public.generations;
  payer uuid;
  tokens bigint := greatest(coalesce(p_input_tokens, 0), 0) + greatest(coalesce(p_output_tokens, 0), 0);
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
    error = left(p_error, 500), finished_at = now(),
    -- Kept only for what can be continued, and only what parses as an object (the app validates it).
    partial_document = case when p_status in ('cancelled', 'failed') and jsonb_typeof(p_partial) = 'object' then p_partial end
  where id = p_generation;
  if private.acting_admin_id() is not null then
    perform private.write_audit(private.acting_admin_id(), (select auth.uid()), 'generations.finish', 'generations', p_generation::text,
      jsonb_build_object('status', p_status, 'impersonating', true));
  end if;
  select pr.owner_id into payer from public.projects pr where pr.id = g.project_id;
  if p_status = 'succeeded' then
    perform private.record_usage(payer, g.project_id, 'page_generate', 1, 'gen:' || g.id || ':page_generate',
      jsonb_build_object('generation_id', g.id, 'kind', g.kind, 'provider', p_provider, 'model', p_model));
  end if;
  if p_status = 'succeeded' or (p_status = 'cancelled' and tokens > 0) then
    perform private.record_usage(payer, g.project_id, 'ai_token', tokens, 'gen:' || g.id || ':ai_token',
      jsonb_build_object('generation_id', g.id, 'input_tokens', p_input_tokens, 'output_tokens', p_output_tokens,
                         'provider', p_provider, 'model', p_model, 'cancelled', p_status = 'cancelled'));
  end if;
end;
$$;
revoke all on function private.finish_generation(uuid, text, text, text, integer, integer, text, jsonb) from public;
grant execute on function private.finish_generation(uuid, text, text, text, integer, integer, text, jsonb) to authenticated;

-- Entitlements count reserved tokens too: what the trigger admits against.
create or replace function private.entitlements(p_user uuid) returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  profile public.user_profiles;
  limits public.tier_limits;
  period_start timestamptz := private.usage_period_start(now());
begin
  if caller is not null and caller is distinct from p_user and not (select private.is_admin()) then
    raise exception 'not allowed' using errcode = '42501';
  end if;
  select * into profile from public.user_profiles where id = p_user;
  if profile.id is null then
    return null;
  end if;
  select * into limits from public.tier_limits where tier = profile.tier;
  return jsonb_build_object(
    'user_id', profile.id,
    'tier', profile.tier,
    'subscription_status', profile.subscription_status,
    'account_status', profile.account_status,
    'period_start', period_start,
    'period_end', private.usage_period_end(now()),
    'limits', jsonb_build_object(
      'projects', limits.max_projects,
      'domains', limits.max_domains,
      'storage_bytes', limits.max_storage_bytes,
      'team_members', limits.max_team_members,
      'tickets_per_month', limits.max_tickets_per_month,
      'generations_per_month', limits.max_generations_per_month,
      'ai_tokens_per_month', limits.max_ai_tokens_per_month
    ),
    'usage', jsonb_build_object(
      'projects', private.projects_owned(p_user),
      'generations', private.generations_used(p_user, period_start),
      'ai_tokens', private.tokens_committed(p_user, period_start),
      'bandwidth_bytes', private.usage_total(p_user, 'bandwidth_bytes', period_start),
      'container_hours', private.usage_total(p_user, 'container_hours', period_start)
    )
  );
end;
$$;
