import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import type { Tx } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { FALLBACK_PAGES, type StatusClass } from './site-traffic-counter';

export type TrafficByClass = Record<StatusClass, number>;
export type TrafficDay = { day: string; requests: number; visits: number; bytes: number; peakRps: number; byClass: TrafficByClass };
export type SiteTraffic = {
  totals: { requests: number; visits: number; bytes: number; peakRps: number; byClass: TrafficByClass };
  /** Every UTC day of the range, oldest first; days without traffic are zeros. */
  days: TrafficDay[];
  /** Most viewed pages over the range (page views), at most TOP_PAGES; 'other' stands for pages past the daily cap. */
  topPages: Array<{ path: string; requests: number }>;
  /** Requests per country over the range, most first, at most TOP_COUNTRIES ('unknown' when the CDN did not say). */
  countries: Array<{ country: string; requests: number }>;
};
export type SiteTrafficInput = { projectIds: string[]; from: Date; to: Date };

export const TOP_PAGES = 10;
export const TOP_COUNTRIES = 10;
const MAX_DAYS = 400;
const DAY_MS = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const utcDay = (at: number) => new Date(at - (at % DAY_MS)).toISOString().slice(0, 10);
const zeroClasses = (): TrafficByClass => ({ '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 });

/**
 * Traffic of the given sites over [from, to): every UTC day that overlaps the range. One query per
 * kind (days, pages, countries) for all the sites, whatever their number. `tx` decides who is
 * asking: an RLS-bound transaction sees only the caller's sites (others come back as zeros, as if
 * they had no traffic), the privileged connection sees all (jobs, the admin overview). Every
 * requested site is in the answer.
 */
export async function getSiteTraffic(tx: Tx | Db, input: SiteTrafficInput): Promise<Map<string, SiteTraffic>> {
  const fromMs = input.from.getTime();
  const toMs = input.to.getTime();
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || toMs <= fromMs)
    throw new AppError('VALIDATION', 'errors.common.invalidRequest');
  const firstDay = utcDay(fromMs);
  const lastDay = utcDay(toMs - 1);
  const dayCount = Math.round((Date.parse(lastDay) - Date.parse(firstDay)) / DAY_MS) + 1;
  if (dayCount > MAX_DAYS) throw new AppError('VALIDATION', 'errors.common.invalidRequest');
  const ids = [...new Set(input.projectIds)];
  if (!ids.every((id) => UUID.test(id))) throw new AppError('VALIDATION', 'errors.common.invalidRequest');
  const result = new Map<string, SiteTraffic>();
  for (const id of ids) {
    const days: TrafficDay[] = [];
    for (let i = 0; i < dayCount; i++) {
      days.push({ day: utcDay(Date.parse(firstDay) + i * DAY_MS), requests: 0, visits: 0, bytes: 0, peakRps: 0, byClass: zeroClasses() });
    }
    result.set(id, { totals: { requests: 0, visits: 0, bytes: 0, peakRps: 0, byClass: zeroClasses() }, days, topPages: [], countries: [] });
  }
  if (ids.length === 0) return result;
  const idList = sql`(select unnest(${`{${ids.join(',')}}`}::uuid[]))`;

  const dayRows = rowsOf<{
    project_id: string;
    day: string;
    requests: string;
    visits: string;
    bytes: string;
    peak_rps: number;
    s2: string;
    s3: string;
    s4: string;
    s5: string;
  }>(
    await tx.execute(sql`
      select project_id::text, day::text, requests, visits, bytes, peak_rps,
        status_2xx as s2, status_3xx as s3, status_4xx as s4, status_5xx as s5
      from public.site_traffic_days
      where project_id in ${idList} and day between ${firstDay}::date and ${lastDay}::date`),
  );
  for (const r of dayRows) {
    const site = result.get(r.project_id);
    const day = site?.days[Math.round((Date.parse(String(r.day)) - Date.parse(firstDay)) / DAY_MS)];
    if (!site || !day) continue;
    day.requests = Number(r.requests);
    day.visits = Number(r.visits);
    day.bytes = Number(r.bytes);
    day.peakRps = Number(r.peak_rps);
    day.byClass = { '2xx': Number(r.s2), '3xx': Number(r.s3), '4xx': Number(r.s4), '5xx': Number(r.s5) };
    const t = site.totals;
    t.requests += day.requests;
    t.visits += day.visits;
    t.bytes += day.bytes;
    t.peakRps = Math.max(t.peakRps, day.peakRps);
    for (const c of ['2xx', '3xx', '4xx', '5xx'] as const) t.byClass[c] += day.byClass[c];
  }

  // Rows of fallback pages counted before they stopped being page views (a site's service worker
  // caching its offline page made it the "most viewed page") are left out of the ranking.
  const skipped = [...FALLBACK_PAGES];
  const ranked = (table: 'site_traffic_pages' | 'site_traffic_countries', column: 'path' | 'country', limit: number) =>
    tx.execute(sql`
      select project_id::text, name, requests from (
        select project_id, ${sql.identifier(column)} as name, sum(requests)::bigint as requests,
          row_number() over (partition by project_id order by sum(requests) desc, ${sql.identifier(column)}) as rank
        from ${sql.identifier('public')}.${sql.identifier(table)}
        where project_id in ${idList} and day between ${firstDay}::date and ${lastDay}::date
          ${table === 'site_traffic_pages' ? sql`and path <> all(${`{${skipped.join(',')}}`}::text[])` : sql``}
        group by project_id, ${sql.identifier(column)}
      ) ranked
      where rank <= ${limit}
      order by project_id, rank`);
  const [pages, countries] = [
    rowsOf<{ project_id: string; name: string; requests: string }>(await ranked('site_traffic_pages', 'path', TOP_PAGES)),
    rowsOf<{ project_id: string; name: string; requests: string }>(await ranked('site_traffic_countries', 'country', TOP_COUNTRIES)),
  ];
  for (const r of pages) result.get(r.project_id)?.topPages.push({ path: r.name, requests: Number(r.requests) });
  for (const r of countries) result.get(r.project_id)?.countries.push({ country: r.name, requests: Number(r.requests) });
  return result;
}
