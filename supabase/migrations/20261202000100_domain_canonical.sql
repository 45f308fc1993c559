-- Custom domains (issue 14): a site's canonical address follows its primary custom domain.
--
-- Once a custom domain is live and primary, the published site's canonical, hreflang, sitemap and
-- Open Graph URLs use it; when it stops being served (removed, released to another owner, primary
-- moved elsewhere, 14 days of wrong records) they go back to `<slug>.<ROOT_DOMAIN>`. The rebuild is
-- a job (`domain/routing.changed` → rebuild-for-domain), and the event is sent from here, by
-- trigger, so every path that changes a domain sends it: the owner's actions, an admin's removal,
-- the checks, a release by another owner's proof and the lifecycle cron. The job itself decides
-- whether anything changed (it compares the live build's origin), so a spare event costs a query.
--
-- Nothing here is readable or writable by clients: the function is security definer (it writes the
-- event outbox, which only system code and private.enqueue_job_event may), search_path empty.

create function private.domain_routing_changed_event() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  p uuid := coalesce(new.project_id, old.project_id);
begin
  -- One event per project per transaction (the outbox's idempotency key): a check that moves apex
  -- and www together, or a primary switch that touches two rows, queues one rebuild.
  perform private.enqueue_job_event('domain/routing.changed', jsonb_build_object('projectId', p),
    'domain-routing:' || p::text || ':' || txid_current()::text);
  return null;
end;
$$;
revoke all on function private.domain_routing_changed_event() from public;

create trigger domain_routing_changed_on_change after update on public.domains
  for each row when (old.status is distinct from new.status or old.is_primary is distinct from new.is_primary
                     or (old.failing_since is null) is distinct from (new.failing_since is null)
                     -- the lifecycle marks 'stopped' when a failing domain is no longer served (day 14)
                     or ('stopped' = any(new.reminders_sent) and not ('stopped' = any(old.reminders_sent))))
  execute function private.domain_routing_changed_event();
create trigger domain_routing_changed_on_delete after delete on public.domains
  for each row execute function private.domain_routing_changed_event();
