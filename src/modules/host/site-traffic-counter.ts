/**
 * Privacy-friendly traffic counters of published sites, summed in memory per site per UTC day and
 * handed to the meter's flush as one batch (see site-traffic-meter.ts). What a request leaves
 * behind is a count: its status class, its bytes, whether it was a page view, which page (the
 * site's own page, never the raw URL) and the CDN's country code. No cookie is set, and no IP
 * address, user agent or referrer is read.
 *
 * Bounded memory whatever visitors send: entries exist only for sites this process serves (the
 * caller passes a resolved project), at most PAGES_PER_DAY pages each (the rest fold into
 * OTHER_PAGES), and countries are two letters or 'unknown' (677 at most).
 */
export const PAGES_PER_DAY = 200;
/** The page row that stands for every page past the day's cap. Real paths start with '/'. */
export const OTHER_PAGES = 'other';
export const UNKNOWN_COUNTRY = 'unknown';
const MAX_PATH = 300;

export type StatusClass = '2xx' | '3xx' | '4xx' | '5xx';

export type SiteRequestCount = {
  projectId: string;
  status: number;
  /** Body bytes on the wire (0 for HEAD and bodiless answers). */
  bytes: number;
  /** The page it viewed (a successful HTML answer to a GET), e.g. `/about/`; null for anything else. */
  page: string | null;
  /** A validated country code or 'unknown' (see countryOf). */
  country: string;
  /** Epoch milliseconds of the request. */
  at: number;
};

type DayCounts = {
  projectId: string;
  day: string;
  requests: number;
  visits: number;
  bytes: number;
  peakRps: number;
  s2: number;
  s3: number;
  s4: number;
  s5: number;
  pages: Map<string, number>;
  countries: Map<string, number>;
};

/** The batch as private.record_site_traffic takes it (see the migration 20261223000100). */
export type TrafficBatch = {
  days: Array<{
    project_id: string;
    day: string;
    requests: number;
    visits: number;
    bytes: number;
    peak_rps: number;
    s2: number;
    s3: number;
    s4: number;
    s5: number;
  }>;
  pages: Array<{ project_id: string; day: string; path: string; requests: number }>;
  countries: Array<{ project_id: string; day: string; country: string; requests: number }>;
};

const COUNTRY = /^[A-Z]{2}$/;

/**
 * The visitor's country from the CDN's header (Cloudflare's `cf-ipcountry`, Vercel's
 * `x-vercel-ip-country`): an ISO 3166 alpha-2 code, else 'unknown' — Cloudflare's XX (no data)
 * and T1 (Tor) included, and anything else a client might write. The servers drop these headers
 * unless the request came through a trusted proxy (prepareForwardedHeaders).
 */
export function countryOf(cf: string | null | undefined, vercel: string | null | undefined): string {
  const raw = (cf || vercel || '').trim().toUpperCase();
  return COUNTRY.test(raw) && raw !== 'XX' ? raw : UNKNOWN_COUNTRY;
}

/** A page's path for the top-pages list: `about/index.html` → `/about/`, capped in length. */
export function pagePathOf(sitePath: string | undefined, requestPath: string): string {
  if (sitePath === undefined) return capped(requestPath.split('?')[0] ?? '/');
  // A site's files are few and asked for again and again: remember their names (bounded, as
  // site paths come from our own builds, never from the request).
  let name = pageNames.get(sitePath);
  if (name === undefined) {
    if (pageNames.size >= 10_000) pageNames.clear();
    name = capped(`/${sitePath.replace(/(^|\/)index\.html$/, '$1')}`);
    pageNames.set(sitePath, name);
  }
  return name;
}
const pageNames = new Map<string, string>();
const capped = (path: string) => (path.length > MAX_PATH ? path.slice(0, MAX_PATH) : path);

/**
 * Pages of a site that nobody chose to view: the offline page, which the site's service worker
 * fetches when it installs (it was the "most viewed page" of every site with visitors), and the
 * not-found page asked for by its own name. By their page names (pagePathOf), so a revalidation
 * (304, answered without the site path) is recognised too.
 */
export const FALLBACK_PAGES: ReadonlySet<string> = new Set(['/offline.html', '/404.html']);

/**
 * Whether a request's `Sec-Fetch-Dest` is a person opening a page: a document (a tab, or a frame
 * that embeds the site). A service worker's fetches (`empty`), scripts, styles and images are
 * not; browsers that send no such header (and plain HTTP clients) are taken at their word.
 */
export function isDocumentDestination(fetchDest: string | null | undefined): boolean {
  return !fetchDest || fetchDest === 'document' || fetchDest === 'iframe' || fetchDest === 'frame';
}

/** The page a request viewed, or null when it was no page view (see recordSiteRequest). */
export function pageViewOf(r: {
  method: string;
  status: number;
  contentType: string | undefined;
  path: string;
  sitePath: string | undefined;
  fetchDest: string | null | undefined;
}): string | null {
  if (r.method !== 'GET' || (r.status !== 200 && r.status !== 304)) return null;
  if (!(r.contentType ?? '').startsWith('text/html') || r.path.startsWith('/__forms')) return null;
  if (!isDocumentDestination(r.fetchDest)) return null;
  const page = pagePathOf(r.sitePath, r.path);
  return FALLBACK_PAGES.has(page) ? null : page;
}

export function statusClassOf(status: number): StatusClass {
  return status >= 500 ? '5xx' : status >= 400 ? '4xx' : status >= 300 ? '3xx' : '2xx';
}

const DAY_MS = 86_400_000;

export class TrafficCounter {
  private readonly entries = new Map<string, DayCounts>();
  private last: DayCounts | null = null;
  /** Per site: the second being counted and its requests so far (for the peak). */
  private readonly seconds = new Map<string, { second: number; count: number }>();
  private dayStart = 0;
  private dayName = '';

  get isEmpty(): boolean {
    return this.entries.size === 0;
  }

  private dayOf(at: number): string {
    if (at < this.dayStart || at >= this.dayStart + DAY_MS) {
      this.dayStart = at - (at % DAY_MS);
      this.dayName = new Date(this.dayStart).toISOString().slice(0, 10);
    }
    return this.dayName;
  }

  count(r: SiteRequestCount): void {
    const day = this.dayOf(r.at);
    // Requests come in runs for one site: the last entry is reused without building its key
    // (this runs on every request the site server answers; bench:insights measures it).
    let e = this.last;
    if (e === null || e.projectId !== r.projectId || e.day !== day) {
      e = this.entryFor(r.projectId, day);
      this.last = e;
    }
    e.requests++;
    e.bytes += r.bytes;
    if (r.status >= 500) e.s5++;
    else if (r.status >= 400) e.s4++;
    else if (r.status >= 300) e.s3++;
    else e.s2++;
    if (r.page !== null) {
      e.visits++;
      const path = e.pages.has(r.page) || e.pages.size < PAGES_PER_DAY ? r.page : OTHER_PAGES;
      e.pages.set(path, (e.pages.get(path) ?? 0) + 1);
    }
    e.countries.set(r.country, (e.countries.get(r.country) ?? 0) + 1);

    // Peak requests per second: the second in progress counts on; the day keeps its highest.
    const second = Math.floor(r.at / 1000);
    const current = this.seconds.get(r.projectId);
    let count = 1;
    if (current && current.second === second) count = ++current.count;
    else this.seconds.set(r.projectId, { second, count: 1 });
    if (count > e.peakRps) e.peakRps = count;
  }

  private entryFor(projectId: string, day: string): DayCounts {
    const key = `${projectId}|${day}`;
    let e = this.entries.get(key);
    if (!e) {
      e = {
        projectId,
        day,
        requests: 0,
        visits: 0,
        bytes: 0,
        peakRps: 0,
        s2: 0,
        s3: 0,
        s4: 0,
        s5: 0,
        pages: new Map(),
        countries: new Map(),
      };
      this.entries.set(key, e);
    }
    return e;
  }

  /**
   * Everything counted since the last take, as one batch, and a fresh start. A second in progress
   * across the take keeps counting from where it was; the database keeps the greater peak.
   */
  take(): TrafficBatch | null {
    if (this.entries.size === 0) return null;
    const batch: TrafficBatch = { days: [], pages: [], countries: [] };
    for (const e of this.entries.values()) {
      batch.days.push({
        project_id: e.projectId,
        day: e.day,
        requests: e.requests,
        visits: e.visits,
        bytes: e.bytes,
        peak_rps: e.peakRps,
        s2: e.s2,
        s3: e.s3,
        s4: e.s4,
        s5: e.s5,
      });
      for (const [path, requests] of e.pages) batch.pages.push({ project_id: e.projectId, day: e.day, path, requests });
      for (const [country, requests] of e.countries) batch.countries.push({ project_id: e.projectId, day: e.day, country, requests });
    }
    // A site not asked for during a whole batch has no second in progress: forget it (bounded by
    // the sites this process serves).
    const counted = new Set(batch.days.map((d) => d.project_id));
    for (const projectId of this.seconds.keys()) if (!counted.has(projectId)) this.seconds.delete(projectId);
    this.entries.clear();
    this.last = null;
    return batch;
  }
}
