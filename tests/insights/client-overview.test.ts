import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { rankAttention, type AttentionItem } from '@/modules/insights/attention';
import { getClientOverview } from '@/modules/insights/get-client-overview';
import { getSiteInsights } from '@/modules/insights/get-site-insights';
import type { MonitoringReaders, PerformanceView, TrafficView, UptimeView } from '@/modules/insights/monitoring-readers';
import { createTestDb } from '@tests/helpers/test-db';
import {
  addDeployment,
  addFailingDomain,
  addLead,
  addTicket,
  addTrafficDay,
  addUptimeDay,
  createClient,
  createSite,
  openIncident,
  setSubscription,
} from './insights-world';

// The dashboard home's overview on a real database: what needs attention comes in the product's
// order, sites carry their month's numbers, and nothing of another client's ever appears.

let handle: DbHandle;
const now = new Date('2026-11-20T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => handle.close());

/** Readers answering from fixed data, recording which sites they were asked about. */
function fakeReaders(data: {
  uptime?: Record<string, UptimeView>;
  traffic?: Record<string, TrafficView>;
  performance?: Record<string, PerformanceView>;
}): MonitoringReaders & { asked: Set<string> } {
  const asked = new Set<string>();
  const reader =
    <T>(values: Record<string, T> | undefined) =>
    async (_tx: unknown, input: { projectIds: string[] }) => {
      input.projectIds.forEach((id) => asked.add(id));
      return new Map(input.projectIds.filter((id) => values?.[id]).map((id) => [id, values![id]!]));
    };
  return { uptime: reader(data.uptime), traffic: reader(data.traffic), performance: reader(data.performance), asked };
}

const down = (host: string, openedAt: Date): UptimeView => ({
  status: 'down',
  uptimePercent: 97.5,
  incidents: [{ id: `inc-${host}`, host, openedAt, resolvedAt: null, cause: 'timeout' }],
});
const dropped = (grade: string, at: Date): PerformanceView => ({
  latest: { grade, measuredAt: at, scores: { performance: 61 } },
  previous: { grade: 'A', scores: { performance: 92 } },
  trend: 'down',
  dropped: true,
});

describe('rankAttention', () => {
  it('orders by kind (down, domain, past due, score drop, failed publish, ticket), then longest-standing first', () => {
    const item = (kind: AttentionItem['kind'], since: Date | null, name = 'x'): AttentionItem => ({
      kind,
      since,
      projectId: null,
      projectName: name,
      subject: null,
      href: '/',
    });
    const ranked = rankAttention([
      item('ticket_waiting', hoursAgo(100)),
      item('performance_drop', hoursAgo(1)),
      item('domain_problem', hoursAgo(2), 'newer'),
      item('past_due', null),
      item('site_down', hoursAgo(1)),
      item('domain_problem', hoursAgo(50), 'older'),
      item('publish_failed', hoursAgo(3)),
    ]);
    expect(ranked.map((i) => `${i.kind}${i.kind === 'domain_problem' ? `:${i.projectName}` : ''}`)).toEqual([
      'site_down',
      'domain_problem:older',
      'domain_problem:newer',
      'past_due',
      'performance_drop',
      'publish_failed',
      'ticket_waiting',
    ]);
  });
});

describe('getClientOverview', () => {
  it("puts what needs attention first in the product's order, and gives each site its status and month's numbers", async () => {
    const client = await createClient(handle);
    const shop = await createSite(handle, client.id, 'Shop');
    const blog = await createSite(handle, client.id, 'Blog');
    const menu = await createSite(handle, client.id, 'Menu');
    const calm = await createSite(handle, client.id, 'Calm');
    const draft = await createSite(handle, client.id, 'Draft', { published: false });
    await addFailingDomain(handle, blog, 'blog-shop.example', hoursAgo(72));
    await addDeployment(handle, menu, 'failed', hoursAgo(5));
    await setSubscription(handle, client.id, 'past_due');
    await addTicket(handle, client.id, { status: 'waiting_for_client', updatedAt: hoursAgo(30) });
    await addTicket(handle, client.id, { status: 'open' });
    await addTicket(handle, client.id, { status: 'resolved' });
    // Leads: two this month on Shop (a contact and a confirmed sign-up); an unconfirmed sign-up and last month's don't count.
    await addLead(handle, shop, hoursAgo(2));
    await addLead(handle, shop, hoursAgo(3), { kind: 'newsletter', confirmed: true });
    await addLead(handle, shop, hoursAgo(4), { kind: 'newsletter' });
    await addLead(handle, shop, new Date('2026-10-31T23:00:00Z'));
    const readers = fakeReaders({
      uptime: {
        [shop]: down('shop.pagemagic.site', hoursAgo(1)),
        [calm]: { status: 'up', uptimePercent: 99.95, incidents: [] },
        // A draft is not on the web: a stale "down" from before it was unpublished is not an incident to act on.
        [draft]: down('draft.pagemagic.site', hoursAgo(9)),
      },
      traffic: { [shop]: { totals: { visits: 120, requests: 400 } }, [calm]: { totals: { visits: 30, requests: 50 } } },
      performance: {
        [calm]: {
          latest: { grade: 'A', measuredAt: hoursAgo(6), scores: { performance: 95 } },
          previous: null,
          trend: 'up',
          dropped: false,
        },
        [menu]: dropped('C', hoursAgo(8)),
      },
    });

    const overview = await getClientOverview(client.claims, { now, readers });

    expect(overview.attention.map((a) => [a.kind, a.projectName, a.subject])).toEqual([
      ['site_down', 'Shop', 'shop.pagemagic.site'],
      ['domain_problem', 'Blog', 'blog-shop.example'],
      ['past_due', null, null],
      ['performance_drop', 'Menu', 'C'],
      ['publish_failed', 'Menu', null],
      ['ticket_waiting', null, null],
    ]);
    expect(overview.attention[0]!.href).toBe(`/dashboard/projects/${shop}/insights`);
    expect(overview.attention.at(-1)!.count).toBe(1);
    const site = (id: string) => overview.sites.find((s) => s.id === id)!;
    expect(site(shop)).toMatchObject({ status: 'down', visits: 120, leads: 2, uptimePercent: 97.5 });
    expect(site(blog)).toMatchObject({ status: 'needs_attention', visits: 0, leads: 0, grade: null });
    expect(site(menu)).toMatchObject({ status: 'needs_attention', grade: 'C', trend: 'down' });
    expect(site(calm)).toMatchObject({ status: 'live', grade: 'A', trend: 'up', uptimePercent: 99.95, visits: 30 });
    expect(site(draft)).toMatchObject({ status: 'not_published' });
    expect(overview.totals).toEqual({ visits: 150, leads: 2, openTickets: 2 });
    expect(overview.month).toEqual({ from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') });
  });

  it("never shows another client's sites, leads, domains, tickets or billing, and asks the readers only about the caller's sites", async () => {
    const mine = await createClient(handle);
    const other = await createClient(handle);
    const myShop = await createSite(handle, mine.id, 'Mine');
    const theirShop = await createSite(handle, other.id, 'Theirs');
    await addFailingDomain(handle, theirShop, 'theirs.example', hoursAgo(10));
    await addLead(handle, theirShop, hoursAgo(1));
    await addDeployment(handle, theirShop, 'failed', hoursAgo(2));
    await addTicket(handle, other.id, { status: 'waiting_for_client' });
    await setSubscription(handle, other.id, 'unpaid');
    const readers = fakeReaders({
      uptime: { [theirShop]: down('theirs.pagemagic.site', hoursAgo(1)) },
      traffic: { [theirShop]: { totals: { visits: 999, requests: 999 } } },
    });

    const overview = await getClientOverview(mine.claims, { now, readers });

    expect(overview.sites.map((s) => s.id)).toEqual([myShop]);
    expect(overview.attention).toEqual([]);
    expect(overview.totals).toEqual({ visits: 0, leads: 0, openTickets: 0 });
    expect([...readers.asked]).toEqual([myShop]);
    // The other client still sees theirs: the fixture is real.
    const theirs = await getClientOverview(other.claims, { now, readers: fakeReaders({}) });
    expect(theirs.attention.map((a) => a.kind)).toEqual(['domain_problem', 'past_due', 'publish_failed', 'ticket_waiting']);
    expect(theirs.totals.leads).toBe(1);
  });

  it('a client with no sites gets an empty overview without asking the readers', async () => {
    const fresh = await createClient(handle, 'free');
    const readers = fakeReaders({});
    const overview = await getClientOverview(fresh.claims, { now, readers });
    expect(overview).toMatchObject({ sites: [], attention: [], totals: { visits: 0, leads: 0, openTickets: 0 } });
    expect(readers.asked.size).toBe(0);
  });
});

describe('getClientOverview with the real uptime and traffic readers', () => {
  it("shows the caller's uptime this month, down status and visits, and none of another client's", async () => {
    const mine = await createClient(handle);
    const other = await createClient(handle);
    const site = await createSite(handle, mine.id, 'Real');
    const theirs = await createSite(handle, other.id, 'Their real');
    await addUptimeDay(handle, site, '2026-11-19', 288, 0);
    await addUptimeDay(handle, site, '2026-11-20', 144, 6, hoursAgo(0.05));
    await addUptimeDay(handle, site, '2026-10-31', 288, 288); // last month: not this month's uptime
    await addTrafficDay(handle, site, '2026-11-02', 40);
    await addTrafficDay(handle, site, '2026-11-19', 60);
    await addTrafficDay(handle, site, '2026-10-30', 500);
    await addUptimeDay(handle, theirs, '2026-11-20', 100, 50);
    await openIncident(handle, theirs, hoursAgo(1), 'http_status');
    await addTrafficDay(handle, theirs, '2026-11-19', 7000);

    const overview = await getClientOverview(mine.claims, { now });
    expect(overview.sites).toHaveLength(1);
    expect(overview.sites[0]).toMatchObject({ id: site, status: 'live', visits: 100 });
    expect(overview.sites[0]!.uptimePercent).toBeCloseTo(((432 - 6) / 432) * 100, 6);
    expect(overview.attention).toEqual([]);

    const theirView = await getClientOverview(other.claims, { now });
    expect(theirView.sites[0]).toMatchObject({ id: theirs, status: 'down', visits: 7000, uptimePercent: 50 });
    expect(theirView.attention.map((a) => [a.kind, a.projectName])).toEqual([['site_down', 'Their real']]);
  });
});

describe('getSiteInsights', () => {
  it("gives the site's month to its owner, and nothing of it to another client", async () => {
    const owner = await createClient(handle);
    const stranger = await createClient(handle);
    const site = await createSite(handle, owner.id, 'Insightful');
    await addUptimeDay(handle, site, '2026-11-18', 288, 0, hoursAgo(0.05));
    await addTrafficDay(handle, site, '2026-11-18', 55);

    const mine = await getSiteInsights(owner.claims, { projectId: site, now });
    expect(mine).toMatchObject({ isLive: true, uptime: { uptimePercent: 100, status: 'up' }, traffic: { totals: { visits: 55 } } });
    expect(mine.month.from).toEqual(new Date('2026-11-01T00:00:00Z'));

    const theirs = await getSiteInsights(stranger.claims, { projectId: site, now });
    expect(theirs.isLive).toBe(false);
    expect(theirs.uptime).toBeUndefined();
    expect(theirs.performance?.latest ?? null).toBeNull();
    expect(theirs.traffic?.totals.visits ?? 0).toBe(0);
  });
});
