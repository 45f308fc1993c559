-- Only whole-site generations count against the monthly generation quota (issue: "rewrites and
-- translations are charged by their tokens"). A site is one generation whether it ran in one go
-- or was stopped and continued: 'site' and its 'continue' count; 'rewrite_section', 'add_section'
-- and 'add_locale' are paid in ai_token only, and stay possible when the month's generations are
-- used up (the token cap still holds them). The rule is one function, used by the count, the
-- admission trigger and the page_generate meter, so the three can't disagree.

create function private.counts_as_generation(p_kind text) returns boolean
language sql immutable set search_path = ''
as $$ select p_kind in ('site', 'continue') $$;

create or replace function private.generations_used(p_payer uuid, p_since timestamptz) returns integer
language sql stable security definer set search_path = ''
as $$
  select count(*)::integer from public.generations g
  join public.projects pr on pr.id = g.project_id
  where pr.owner_id = p_payer and g.created_at >= p_since and g.status in ('running', 'succeeded')
    and private.counts_as_generation(g.kind)
$$;

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
  if max_generations is not null and private.counts_as_generation(new.kind)
     and private.generations_used(payer, period_start) >= max_generations then
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

create or replace function private.finish_generation(
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
  if p_status = 'succeeded' and private.counts_as_generation(g.kind) then
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
