import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { getAgencyOverview } from '@/modules/insights/get-agency-overview';
import type { MonitoringReaders, PerformanceView, UptimeView } from '@/modules/insights/monitoring-readers';
import { claimsFor, createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { addPerformanceRun, addTicket, addUptimeDay, createClient, createSite, openIncident, setSubscription } from './insights-world';

// The agency's overview on a real database (a database of its own, so the counts are exactly the
// seeded ones): sites live/down, open incidents, SLA breaches this month, MRR and past-due
// clients, performance drops, the analyzer's funnel — and nobody but an admin gets it.

let handle: DbHandle;
let admin: TestUser;
const now = new Date('2026-11-20T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

beforeAll(async () => {
  handle = await createTestDb();
  admin = await createTestUser(handle, { userType: 'admin' });
});
afterAll(async () => handle.close());

function readers(
  uptime: Record<string, UptimeView>,
  performance: Record<string, PerformanceView>,
): MonitoringReaders & { asked: string[] } {
  const asked: string[] = [];
  const from =
    <T>(values: Record<string, T>) =>
    async (_tx: unknown, input: { projectIds: string[] }) => {
      asked.push(...input.projectIds);
      return new Map(input.projectIds.filter((id) => values[id]).map((id) => [id, values[id]!]));
    };
  return { uptime: from(uptime), traffic: from({}), performance: from(performance), asked };
}

describe('getAgencyOverview', () => {
  it('counts what was seeded: sites up/down, open incidents, SLA breaches this month, MRR, past due, performance drops', async () => {
    const acme = await createClient(handle, 'pro');
    const bolt = await createClient(handle, 'basic');
    const cora = await createClient(handle, 'basic');
    const acmeShop = await createSite(handle, acme.id, 'Acme shop');
    const acmeBlog = await createSite(handle, acme.id, 'Acme blog');
    const boltSite = await createSite(handle, bolt.id, 'Bolt');
    const coraSite = await createSite(handle, cora.id, 'Cora');
    await createSite(handle, cora.id, 'Cora draft', { published: false });
    await setSubscription(handle, acme.id, 'active'); // Pro: R$ 897
    await setSubscription(handle, bolt.id, 'past_due'); // still collecting: R$ 297, at risk
    await setSubscription(handle, cora.id, 'active'); // Basic: R$ 297
    await addTicket(handle, acme.id, { breachedAt: hoursAgo(5) });
    await addTicket(handle, acme.id, { breachedAt: hoursAgo(50) });
    await addTicket(handle, bolt.id, { breachedAt: hoursAgo(1) });
    await addTicket(handle, bolt.id, { breachedAt: new Date('2026-10-30T12:00:00Z') }); // last month
    await addTicket(handle, cora.id, {}); // no breach
    const monitoring = readers(
      {
        [acmeShop]: {
          status: 'down',
          uptimePercent: 98,
          incidents: [
            { id: 'i-open', host: 'acme-shop.pagemagic.site', openedAt: hoursAgo(2), resolvedAt: null, cause: 'HTTP 502' },
            { id: 'i-old', host: 'acme-shop.pagemagic.site', openedAt: hoursAgo(90), resolvedAt: hoursAgo(89), cause: 'timeout' },
          ],
        },
        [acmeBlog]: { status: 'up', uptimePercent: 100, incidents: [] },
        [boltSite]: { status: 'up', uptimePercent: 99.9, incidents: [] },
      },
      {
        [coraSite]: {
          latest: { grade: 'D', measuredAt: hoursAgo(3), scores: { performance: 48 } },
          previous: { grade: 'B', scores: { performance: 81 } },
          trend: 'down',
          dropped: true,
        },
        [boltSite]: {
          latest: { grade: 'A', measuredAt: hoursAgo(3), scores: { performance: 93 } },
          previous: null,
          trend: null,
          dropped: false,
        },
      },
    );

    const overview = await getAgencyOverview(admin.claims, { now, readers: monitoring });

    expect(overview.sites).toEqual({ published: 4, up: 2, down: 1, unknown: 1 });
    expect(overview.openIncidents.map((i) => [i.incidentId, i.projectName, i.client.email, i.cause])).toEqual([
      ['i-open', 'Acme shop', acme.email, 'HTTP 502'],
    ]);
    expect(overview.slaBreaches.count).toBe(3);
    expect(overview.slaBreaches.byClient.map((b) => [b.client.email, b.count])).toEqual([
      [acme.email, 2],
      [bolt.email, 1],
    ]);
    expect(overview.revenue).toEqual({ mrrCents: 89_700 + 29_700 + 29_700, currency: 'BRL', payingClients: 3 });
    expect(overview.pastDue.map((p) => [p.client.email, p.status])).toEqual([[bolt.email, 'past_due']]);
    expect(overview.performanceDrops.map((d) => [d.projectName, d.client.id, d.grade, d.previousGrade])).toEqual([
      ['Cora', cora.id, 'D', 'B'],
    ]);
    expect(overview.funnel).toHaveLength(8);
    // Drafts are not on the web: not counted, but the readers are asked about every client site once.
    expect(new Set(monitoring.asked).size).toBe(5);
  });

  it('refuses a client, and an admin who is acting as a client', async () => {
    const client = await createClient(handle);
    const codeOf = (p: Promise<unknown>) =>
      p.then(
        () => 'resolved',
        (err: unknown) => (isAppError(err) ? err.code : String(err)),
      );
    expect(await codeOf(getAgencyOverview(client.claims, { now }))).toBe('NOT_FOUND');
    const acting = claimsFor(client.id, client.email, { sub: admin.id, email: admin.email });
    expect(await codeOf(getAgencyOverview(acting, { now }))).toBe('FORBIDDEN');
  });

  it("with the real readers: a client's open incident and performance drop are there, with whose they are", async () => {
    const client = await createClient(handle, 'pro');
    const site = await createSite(handle, client.id, 'Dropping');
    await addUptimeDay(handle, site, '2026-11-20', 100, 10);
    const incident = await openIncident(handle, site, hoursAgo(2), 'connection');
    await addPerformanceRun(handle, site, hoursAgo(30), 92, 'A');
    await addPerformanceRun(handle, site, hoursAgo(3), 70, 'C');

    const overview = await getAgencyOverview(admin.claims, { now });

    expect(overview.openIncidents.filter((i) => i.client.id === client.id).map((i) => [i.incidentId, i.projectName, i.cause])).toEqual([
      [incident, 'Dropping', 'connection'],
    ]);
    expect(
      overview.performanceDrops.filter((d) => d.client.id === client.id).map((d) => [d.projectName, d.previousGrade, d.grade]),
    ).toEqual([['Dropping', 'A', 'C']]);
    expect(overview.sites.down).toBeGreaterThanOrEqual(1);
  });
});
