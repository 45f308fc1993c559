import { randomUUID } from 'node:crypto';
import type { DbHandle } from '@/lib/db/client';
import { createTestUser, type TestUser } from '@tests/helpers/test-db';

// Fixture writers for the overview tests, on the privileged connection: the rows each module's own
// flows would have written (a project, a live or failed deployment, a failing domain, leads, a
// ticket waiting for the client, a past-due subscription).

export async function createClient(handle: DbHandle, tier: 'free' | 'basic' | 'pro' | 'enterprise' = 'pro'): Promise<TestUser> {
  return createTestUser(handle, { tier });
}

export async function createSite(handle: DbHandle, ownerId: string, name: string, opts: { published?: boolean } = {}): Promise<string> {
  const id = randomUUID();
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${id.slice(0, 6)}`;
  await handle.executor.query('insert into public.projects (id, name, slug, owner_id) values ($1, $2, $3, $4)', [id, name, slug, ownerId]);
  if (opts.published ?? true) {
    const deployment = await addDeployment(handle, id, 'ready', new Date(Date.now() - 86_400_000));
    await handle.executor.query('update public.projects set active_deployment_id = $2, is_published = true where id = $1', [
      id,
      deployment,
    ]);
  }
  return id;
}

export async function addDeployment(handle: DbHandle, projectId: string, status: 'ready' | 'failed', at: Date): Promise<string> {
  // A new deployment starts queued (a trigger sees to it); the build's outcome is written after.
  const [row] = await handle.executor.query<{ id: string }>(
    `insert into public.deployments (project_id, version)
     values ($1, coalesce((select max(version) from public.deployments where project_id = $1), 0) + 1)
     returning id::text`,
    [projectId],
  );
  await handle.executor.query('update public.deployments set status = $2, created_at = $3, finished_at = $3 where id = $1', [
    row!.id,
    status,
    at.toISOString(),
  ]);
  return row!.id;
}

export async function addFailingDomain(handle: DbHandle, projectId: string, name: string, failingSince: Date): Promise<void> {
  await handle.executor.query(
    `insert into public.domains (project_id, owner_id, name, display_name, is_apex, status, failing_since, live_at)
     values ($1, (select owner_id from public.projects where id = $1), $2, $2, false, 'needs_attention', $3, $3)`,
    [projectId, name, failingSince.toISOString()],
  );
}

export async function addLead(
  handle: DbHandle,
  projectId: string,
  at: Date,
  opts: { kind?: 'contact' | 'newsletter'; confirmed?: boolean } = {},
): Promise<void> {
  await handle.executor.query(
    `insert into public.leads (project_id, name, email, message, kind, confirmed_at, created_at) values ($1, 'Ana', 'ana@example.com', 'Hi', $2, $3, $4)`,
    [projectId, opts.kind ?? 'contact', opts.confirmed ? at.toISOString() : null, at.toISOString()],
  );
}

export async function addTicket(
  handle: DbHandle,
  ownerId: string,
  opts: { status?: 'open' | 'waiting_for_client' | 'resolved'; updatedAt?: Date; breachedAt?: Date } = {},
): Promise<void> {
  await handle.executor.query(
    `insert into public.support_tickets (owner_id, subject, description, status, sla_minutes, sla_breached_at)
     values ($1, 'Fixture', 'Fixture', $2, case when $3::timestamptz is null then null else 60 end, $3::timestamptz)
     returning id`,
    [ownerId, opts.status ?? 'open', opts.breachedAt?.toISOString() ?? null],
  );
  if (opts.updatedAt) {
    await handle.executor.query(`update public.support_tickets set updated_at = $2 where owner_id = $1 and status = $3`, [
      ownerId,
      opts.updatedAt.toISOString(),
      opts.status ?? 'open',
    ]);
  }
}

export async function setSubscription(
  handle: DbHandle,
  userId: string,
  status: 'active' | 'past_due' | 'unpaid',
  opts: { stripe?: boolean } = {},
): Promise<void> {
  // The profile's tier rides along, so billing's trigger keeps the plan as it is.
  await handle.executor.query(
    `insert into public.billing_subscriptions (user_id, status, stripe_subscription_id, tier)
       select id, $2, $3, tier from public.user_profiles where id = $1
     on conflict (user_id) do update set status = excluded.status, stripe_subscription_id = excluded.stripe_subscription_id`,
    [userId, status, opts.stripe === false ? null : `sub_${userId.slice(0, 8)}`],
  );
}

/** A day of uptime checks of a site's address, as the uptime cron rolls them up; `lastCheckedAt` sets its monitor. */
export async function addUptimeDay(
  handle: DbHandle,
  projectId: string,
  day: string,
  checks: number,
  failures: number,
  lastCheckedAt?: Date,
): Promise<void> {
  const host = `${projectId.slice(0, 8)}.pagemagic.test`;
  await handle.executor.query('insert into public.uptime_daily (project_id, host, day, checks, failures) values ($1, $2, $3, $4, $5)', [
    projectId,
    host,
    day,
    checks,
    failures,
  ]);
  if (lastCheckedAt) {
    await handle.executor.query(
      `insert into public.uptime_monitors (project_id, host, last_checked_at) values ($1, $2, $3)
       on conflict (project_id, host) do update set last_checked_at = excluded.last_checked_at`,
      [projectId, host, lastCheckedAt.toISOString()],
    );
  }
}

/** An incident still open on the site's address (its monitor points at it: the site is down now). */
export async function openIncident(handle: DbHandle, projectId: string, openedAt: Date, cause = 'timeout'): Promise<string> {
  const host = `${projectId.slice(0, 8)}.pagemagic.test`;
  const [row] = await handle.executor.query<{ id: string }>(
    `insert into public.uptime_incidents (project_id, host, opened_at, confirmed_at, cause) values ($1, $2, $3, $3, $4) returning id::text`,
    [projectId, host, openedAt.toISOString(), cause],
  );
  await handle.executor.query(
    `insert into public.uptime_monitors (project_id, host, last_checked_at, consecutive_failures, open_incident_id) values ($1, $2, $3, 2, $4)
     on conflict (project_id, host) do update set open_incident_id = excluded.open_incident_id, consecutive_failures = 2`,
    [projectId, host, openedAt.toISOString(), row!.id],
  );
  return row!.id;
}

/** A day of a site's traffic, as the serving path's meter flushes it. */
export async function addTrafficDay(
  handle: DbHandle,
  projectId: string,
  day: string,
  visits: number,
  requests = visits * 3,
): Promise<void> {
  await handle.executor.query(
    'insert into public.site_traffic_days (project_id, day, requests, visits, bytes, status_2xx) values ($1, $2, $3, $4, $5, $3)',
    [projectId, day, requests, visits, requests * 20_000],
  );
}

/** A scored mobile speed test of the site's home page, as the performance cron stores it. */
export async function addPerformanceRun(handle: DbHandle, projectId: string, at: Date, performance: number, grade: string): Promise<void> {
  await handle.executor.query(
    `insert into public.performance_metrics (project_id, path, url, measured_at, performance_score, accessibility_score,
       best_practices_score, seo_score, lcp_ms, cls, tbt_ms, grade)
     values ($1, '/', 'https://example.test/', $2, $3, 95, 100, 90, 2000, 0.02, 150, $4)`,
    [projectId, at.toISOString(), performance, grade],
  );
}
