-- Usage recorded inside the request that causes it (metering's recordRequestUsageIn).
--
-- recordUsage writes on the privileged connection, in a transaction of its own: one more round
-- trip and one more commit (a WAL flush) after the request's, which is what recording added to a
-- request at p99 (npm run bench:metering). A request already runs one transaction as its caller
-- (withRls): the usage event now commits in it, atomically with the work it meters — never the
-- work without its usage nor usage without the work, and once the response has been sent the
-- event is durable (nothing buffered in the process that a crash could lose).
--
-- Requests run as `authenticated`, which cannot insert usage_events (no insert grant or policy),
-- and their login role cannot `reset role` (20261123001000_request_role.sql). This SECURITY
-- DEFINER function is the one door, and it decides who pays, not the caller:
--  * an event of a project is paid by the project's owner, and only the owner or a member of the
--    project may record it; an event without a project is paid by the caller;
--  * keys are namespaced `req:` so a request can never take a key that system code will use
--    (`gen:<id>:…`, hosting ticks, storage snapshots) and so suppress real usage;
--  * quantities below zero count as zero; occurred_at is the database's clock.
-- It returns how many events were new (a repeated key counts once).
create function private.record_request_usage(p_events jsonb) returns integer
language plpgsql security definer set search_path = ''
as $$
declare
  caller uuid := auth.uid();
  n integer;
begin
  if caller is null then
    raise exception 'usage can only be recorded by a signed-in caller' using errcode = '42501';
  end if;
  if exists (
    select 1 from jsonb_to_recordset(p_events) as r(project_id uuid)
    where r.project_id is not null and not exists (
      select 1 from public.projects p where p.id = r.project_id and p.owner_id = caller
      union all
      select 1 from public.project_members m where m.project_id = r.project_id and m.user_id = caller)
  ) then
    raise exception 'usage of a project the caller does not work on' using errcode = '42501';
  end if;
  with inserted as (
    insert into public.usage_events (user_id, project_id, metric, quantity, idempotency_key, properties)
    select coalesce(p.owner_id, caller), r.project_id, r.metric, greatest(coalesce(r.quantity, 0), 0),
      'req:' || r.idempotency_key, coalesce(r.properties, '{}'::jsonb)
    from jsonb_to_recordset(p_events) as r(project_id uuid, metric text, quantity numeric, idempotency_key text, properties jsonb)
    left join public.projects p on p.id = r.project_id
    on conflict (idempotency_key) do nothing
    returning 1
  )
  select count(*)::integer into n from inserted;
  return n;
end
$$;
revoke all on function private.record_request_usage(jsonb) from public;
grant execute on function private.record_request_usage(jsonb) to authenticated;
