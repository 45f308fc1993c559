import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { rowsOf } from '@/lib/db/rows-of';
import { getUptimeSummary } from '@/modules/insights/get-uptime-summary';
import { unsafePruneUptimeChecks } from '@/modules/insights/unsafe-prune-uptime-checks';
import { unsafeRunUptimeChecks, type UptimeProber } from '@/modules/insights/unsafe-run-uptime-checks';
import { probeUptime } from '@/modules/insights/uptime-probe';
import { unsafeDeliverEmail, unsafeDeliverInApp, unsafePlanDelivery } from '@/modules/notifications/deliver-notification';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

// The uptime cron against a real local HTTP site under a controllable clock: the site's `<slug>`
// host (ROOT_DOMAIN = localhost:<port>, so `<slug>.localhost:<port>` is this server) answers 200,
// 503, or drops the connection as each test says. Every test makes its own client and site; the
// cron checks every live site in the database, so each assertion names its own project.

type Behaviour = 'up' | 'down' | 'reset';
const behaviour = new Map<string, Behaviour>();
const requests: string[] = [];
let server: Server;
let port: number;
let handle: DbHandle;

/** The real probe with a short timeout; custom domains on loopback allowed (tests only). */
const prober: UptimeProber = (target) => probeUptime(target.origin, { kind: target.kind, timeoutMs: 2_000, allowLoopback: true });

beforeAll(async () => {
  server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    requests.push(host);
    const mode = behaviour.get(host) ?? 'up';
    if (mode === 'reset') {
      req.socket.destroy();
      return;
    }
    res.writeHead(mode === 'up' ? 200 : 503, { 'content-type': 'text/html' }).end('<h1>site</h1>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
  process.env.APP_URL = 'http://localhost:3999';
  process.env.ROOT_DOMAIN = `localhost:${port}`;
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'pm-uptime-'));
  resetEnvCache();
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
  await new Promise<void>((done) => server.close(() => done()));
});

async function liveSite(owner: TestUser): Promise<{ projectId: string; host: string }> {
  const projectId = randomUUID();
  const slug = `up-${projectId.slice(0, 8)}`;
  await handle.executor.query('insert into public.projects (id, name, slug, owner_id) values ($1, $2, $3, $4)', [
    projectId,
    'Bakery',
    slug,
    owner.id,
  ]);
  const [deployment] = await handle.executor.query<{ id: string }>(
    `insert into public.deployments (project_id, version, status, created_at, finished_at) values ($1, 1, 'ready', now(), now()) returning id::text`,
    [projectId],
  );
  await handle.executor.query('update public.projects set active_deployment_id = $2, is_published = true where id = $1', [
    projectId,
    deployment!.id,
  ]);
  return { projectId, host: `${slug}.localhost` };
}

const minute = (base: Date, n: number) => new Date(base.getTime() + n * 60_000);

async function tick(at: Date) {
  return unsafeRunUptimeChecks({ now: () => at, prober });
}

async function notificationsOf(projectId: string) {
  return rowsOf<{ kind: string; event_id: string; payload: Record<string, unknown> }>(
    await handle.db.execute(
      sql`select kind, event_id, payload from public.notification_events where payload ->> 'projectId' = ${projectId} order by created_at, kind`,
    ),
  );
}

describe('uptime checks of a live site', () => {
  it('a site that goes down and comes back: one incident, its duration, notices on open and resolve, uptime from the checks', async () => {
    const owner = await createTestUser(handle, { tier: 'pro' });
    const site = await liveSite(owner);
    const t0 = new Date('2026-11-02T10:00:00Z');
    // Pro: a check every minute. 60 minutes: down (503) at minutes 20–29, one lone failure (a blip)
    // at minute 45 that must not open an incident, up otherwise.
    for (let m = 0; m < 60; m++) {
      behaviour.set(site.host, (m >= 20 && m < 30) || m === 45 ? (m === 45 ? 'reset' : 'down') : 'up');
      await tick(minute(t0, m));
      if (m === 21) {
        const during = (
          await getUptimeSummary(handle.db, { projectIds: [site.projectId], from: t0, to: minute(t0, 60), now: minute(t0, 21) })
        ).get(site.projectId)!;
        expect(during.status).toBe('down');
        expect(during.incidents).toHaveLength(1);
        expect(during.incidents[0]!.resolvedAt).toBeNull();
      }
    }
    behaviour.delete(site.host);

    const checks = rowsOf<{ n: number; down: number }>(
      await handle.db.execute(
        sql`select count(*)::int as n, count(*) filter (where not is_up)::int as down from public.uptime_checks where project_id = ${site.projectId}`,
      ),
    )[0]!;
    expect(checks).toEqual({ n: 60, down: 11 });

    const summary = (
      await getUptimeSummary(handle.db, { projectIds: [site.projectId], from: t0, to: minute(t0, 60), now: minute(t0, 60) })
    ).get(site.projectId)!;
    expect(summary.status).toBe('up');
    expect(summary.checks).toBe(60);
    expect(summary.uptimePercent).toBeCloseTo((49 / 60) * 100, 10);
    expect(summary.days).toEqual([{ day: '2026-11-02', checks: 60, failures: 11, uptimePercent: (49 / 60) * 100 }]);
    expect(summary.incidents).toHaveLength(1);
    const [incident] = summary.incidents;
    expect(incident).toMatchObject({ host: `${site.host}:${port}`, cause: 'http_status', statusCode: 503, resolution: 'recovered' });
    expect(incident!.openedAt.toISOString()).toBe(minute(t0, 20).toISOString());
    expect(incident!.resolvedAt!.toISOString()).toBe(minute(t0, 30).toISOString());
    expect(incident!.durationMs).toBe(10 * 60_000);

    const notices = await notificationsOf(site.projectId);
    expect(notices.map((n) => [n.kind, n.event_id])).toEqual([
      ['site.down', `site.down:${incident!.id}`],
      ['site.recovered', `site.recovered:${incident!.id}`],
    ]);
    expect(notices[1]!.payload).toMatchObject({ durationMs: 10 * 60_000, host: `${site.host}:${port}` });

    // Delivered by the notifications module to the site's owner: in the app and by email.
    for (const notice of notices) {
      const plan = (await unsafePlanDelivery(notice.event_id))!;
      expect(plan.recipients.map((r) => r.userId)).toEqual([owner.id]);
      expect(await unsafeDeliverInApp(plan)).toBe(1);
      expect(await unsafeDeliverEmail(plan, plan.recipients[0]!)).toBe('sent');
    }
    const mails = rowsOf<{ subject: string }>(
      await handle.db.execute(sql`select subject from public.email_outbox where to_address = ${owner.email} order by created_at`),
    );
    expect(mails.map((m) => m.subject)).toEqual([`${site.host}:${port} is down`, `${site.host}:${port} is back up`]);
  });

  it('checks a Free site every 5 minutes and a Pro site every minute (the plan from entitlements)', async () => {
    const free = await liveSite(await createTestUser(handle, { tier: 'free' }));
    const pro = await liveSite(await createTestUser(handle, { tier: 'pro' }));
    const t0 = new Date('2026-11-03T08:00:00Z');
    for (let m = 0; m < 10; m++) await tick(new Date(minute(t0, m).getTime() + (m % 2 ? 3_000 : -3_000))); // ticks a little early or late
    const count = async (projectId: string) =>
      rowsOf<{ n: number }>(
        await handle.db.execute(sql`select count(*)::int as n from public.uptime_checks where project_id = ${projectId}`),
      )[0]!.n;
    expect(await count(free.projectId)).toBe(2);
    expect(await count(pro.projectId)).toBe(10);
  });

  it('checks every verified custom domain that serves the site, as its own host, and unmonitors a removed one', async () => {
    const owner = await createTestUser(handle, { tier: 'pro' });
    const site = await liveSite(owner);
    const domain = `shop-${site.projectId.slice(0, 8)}.localhost`;
    const waiting = `wait-${site.projectId.slice(0, 8)}.localhost`;
    await handle.executor.query(
      `insert into public.domains (project_id, owner_id, name, display_name, is_apex, status, live_at) values ($1, $2, $3, $3, false, 'live', now()), ($1, $2, $4, $4, false, 'waiting', null)`,
      [site.projectId, owner.id, domain, waiting],
    );
    behaviour.set(domain, 'down');
    const t0 = new Date('2026-11-04T08:00:00Z');
    await tick(t0);
    await tick(minute(t0, 1));
    const hosts = rowsOf<{ host: string; is_up: boolean }>(
      await handle.db.execute(
        sql`select host, bool_and(is_up) as is_up from public.uptime_checks where project_id = ${site.projectId} group by host order by host`,
      ),
    );
    expect(hosts).toEqual([
      { host: `${domain}:${port}`, is_up: false },
      { host: `${site.host}:${port}`, is_up: true },
    ]);
    const open = (await getUptimeSummary(handle.db, { projectIds: [site.projectId], from: t0, to: minute(t0, 2), now: minute(t0, 1) })).get(
      site.projectId,
    )!;
    expect(open.status).toBe('down');
    expect(open.incidents.map((i) => i.host)).toEqual([`${domain}:${port}`]);

    // The domain is removed: the incident ends as 'unmonitored', with no recovery notice.
    await handle.executor.query('delete from public.domains where project_id = $1', [site.projectId]);
    await tick(minute(t0, 2));
    const after = (
      await getUptimeSummary(handle.db, { projectIds: [site.projectId], from: t0, to: minute(t0, 3), now: minute(t0, 2) })
    ).get(site.projectId)!;
    expect(after.status).toBe('up');
    expect(after.incidents[0]).toMatchObject({ resolution: 'unmonitored' });
    expect((await notificationsOf(site.projectId)).map((n) => n.kind)).toEqual(['site.down']);
    behaviour.delete(domain);
  });

  it('stops checking a suspended account’s site (its open incident ends as unmonitored) and an unpublished one', async () => {
    const owner = await createTestUser(handle, { tier: 'pro' });
    const site = await liveSite(owner);
    const other = await liveSite(await createTestUser(handle, { tier: 'pro' }));
    behaviour.set(site.host, 'down');
    const t0 = new Date('2026-11-06T08:00:00Z');
    await tick(t0);
    await tick(minute(t0, 1));
    await handle.executor.query(`update public.user_profiles set account_status = 'suspended' where id = $1`, [owner.id]);
    await handle.executor.query('update public.projects set is_published = false where id = $1', [other.projectId]);
    await tick(minute(t0, 2));
    await tick(minute(t0, 3));
    const rows = rowsOf<{ project_id: string; checks: number; monitors: number; resolution: string | null }>(
      await handle.db.execute(sql`select p.id::text as project_id,
          (select count(*)::int from public.uptime_checks c where c.project_id = p.id) as checks,
          (select count(*)::int from public.uptime_monitors m where m.project_id = p.id) as monitors,
          (select max(resolution) from public.uptime_incidents i where i.project_id = p.id) as resolution
        from public.projects p where p.id in (${site.projectId}, ${other.projectId}) order by p.id = ${site.projectId} desc`),
    );
    expect(rows).toEqual([
      { project_id: site.projectId, checks: 2, monitors: 0, resolution: 'unmonitored' },
      { project_id: other.projectId, checks: 2, monitors: 0, resolution: null },
    ]);
    behaviour.delete(site.host);
  });

  it('a retried tick at the same moment records nothing twice', async () => {
    const site = await liveSite(await createTestUser(handle, { tier: 'pro' }));
    behaviour.set(site.host, 'down');
    const t0 = new Date('2026-11-05T08:00:00Z');
    await tick(t0);
    await tick(minute(t0, 1));
    await tick(minute(t0, 1));
    await Promise.all([tick(minute(t0, 2)), tick(minute(t0, 2))]);
    const [row] = rowsOf<{ checks: number; incidents: number; notices: number }>(
      await handle.db.execute(sql`select
        (select count(*)::int from public.uptime_checks where project_id = ${site.projectId}) as checks,
        (select count(*)::int from public.uptime_incidents where project_id = ${site.projectId}) as incidents,
        (select count(*)::int from public.notification_events where payload ->> 'projectId' = ${site.projectId}) as notices`),
    );
    expect(row).toEqual({ checks: 3, incidents: 1, notices: 1 });
    behaviour.delete(site.host);
  });

  it('keeps raw checks bounded: the retention job deletes old checks, the daily rollups keep the uptime figures', async () => {
    const site = await liveSite(await createTestUser(handle, { tier: 'pro' }));
    const t0 = new Date('2026-10-01T08:00:00Z');
    for (let m = 0; m < 3; m++) await tick(minute(t0, m));
    await tick(new Date('2026-10-20T08:00:00Z'));
    const before = (
      await getUptimeSummary(handle.db, { projectIds: [site.projectId], from: t0, to: new Date('2026-11-01T00:00:00Z') })
    ).get(site.projectId)!;
    await unsafePruneUptimeChecks({ now: new Date('2026-10-21T00:00:00Z') });
    const raw = rowsOf<{ n: number }>(
      await handle.db.execute(sql`select count(*)::int as n from public.uptime_checks where project_id = ${site.projectId}`),
    )[0]!.n;
    expect(raw).toBe(1);
    const after = (await getUptimeSummary(handle.db, { projectIds: [site.projectId], from: t0, to: new Date('2026-11-01T00:00:00Z') })).get(
      site.projectId,
    )!;
    expect(after.checks).toBe(4);
    expect(after.uptimePercent).toBe(100);
    expect(after.days).toEqual(before.days);
  });
});

describe('the uptime probe', () => {
  it('names the cause: an HTTP error with its status, a dropped connection, a refused port', async () => {
    behaviour.set('probe-a.localhost', 'down');
    behaviour.set('probe-b.localhost', 'reset');
    expect(await probeUptime(`http://probe-a.localhost:${port}`, { kind: 'platform' })).toMatchObject({
      isUp: false,
      statusCode: 503,
      cause: 'http_status',
    });
    expect(await probeUptime(`http://probe-b.localhost:${port}`, { kind: 'platform' })).toMatchObject({ isUp: false, cause: 'connection' });
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    expect(await probeUptime(`http://x.localhost:${closedPort}`, { kind: 'platform' })).toMatchObject({ isUp: false, cause: 'connection' });
    expect(await probeUptime(`http://probe-c.localhost:${port}`, { kind: 'platform' })).toMatchObject({ isUp: true, statusCode: 200 });
  });

  it('fails a site that does not answer within the timeout', async () => {
    const silent = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const silentPort = (silent.address() as AddressInfo).port;
    try {
      expect(await probeUptime(`http://x.localhost:${silentPort}`, { kind: 'platform', timeoutMs: 300 })).toMatchObject({
        isUp: false,
        cause: 'timeout',
      });
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((done) => silent.close(() => done()));
    }
  });

  it('never connects to a custom domain that points at a private or loopback address (SSRF guard)', async () => {
    const seen = requests.length;
    for (const origin of [
      `http://127.0.0.1:${port}`,
      `http://evil.localhost:${port}`,
      'http://10.0.0.5',
      'http://169.254.169.254',
      'http://[::1]',
    ]) {
      expect(await probeUptime(origin, { kind: 'custom', allowLoopback: false }), origin).toMatchObject({ isUp: false, cause: 'blocked' });
    }
    expect(requests.length).toBe(seen);
  });
});
