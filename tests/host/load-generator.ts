import { Agent, request as httpRequest } from 'node:http';

/**
 * A small load generator for the traffic tests: sends a mix of requests to a site host over real
 * sockets (keep-alive, `concurrency` at a time) and tallies what the server really answered —
 * status classes, body bytes as they came off the wire (no decompression), page views and
 * countries — so counters can be compared with what was sent, exactly.
 */
export type LoadRequest = { path: string; method?: string; headers?: Record<string, string>; body?: string };
export type LoadTally = {
  requests: number;
  byClass: { '2xx': number; '3xx': number; '4xx': number; '5xx': number };
  bytes: number;
  visits: number;
  pages: Map<string, number>;
  countries: Map<string, number>;
};

export function emptyTally(): LoadTally {
  return { requests: 0, byClass: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 }, bytes: 0, visits: 0, pages: new Map(), countries: new Map() };
}

export function addTallies(a: LoadTally, b: LoadTally): LoadTally {
  const sum = emptyTally();
  for (const t of [a, b]) {
    sum.requests += t.requests;
    sum.bytes += t.bytes;
    sum.visits += t.visits;
    for (const c of ['2xx', '3xx', '4xx', '5xx'] as const) sum.byClass[c] += t.byClass[c];
    for (const [k, v] of t.pages) sum.pages.set(k, (sum.pages.get(k) ?? 0) + v);
    for (const [k, v] of t.countries) sum.countries.set(k, (sum.countries.get(k) ?? 0) + v);
  }
  return sum;
}

export async function generateLoad(options: {
  port: number;
  host: string;
  requests: LoadRequest[];
  concurrency?: number;
  /** The country the tally expects for a request (what the server should count it under). */
  expectedCountry: (r: LoadRequest) => string;
}): Promise<LoadTally> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency ?? 8 });
  const tally = emptyTally();
  let next = 0;
  const one = (r: LoadRequest) =>
    new Promise<void>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: options.port,
          path: r.path,
          method: r.method ?? 'GET',
          headers: { host: options.host, ...r.headers },
          agent,
        },
        (res) => {
          let bytes = 0;
          res.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            tally.requests++;
            tally.bytes += bytes;
            tally.byClass[status >= 500 ? '5xx' : status >= 400 ? '4xx' : status >= 300 ? '3xx' : '2xx']++;
            const isHtml = String(res.headers['content-type'] ?? '').startsWith('text/html');
            if ((r.method ?? 'GET') === 'GET' && (status === 200 || status === 304) && isHtml) {
              tally.visits++;
              const page = r.path.split('?')[0]!;
              tally.pages.set(page, (tally.pages.get(page) ?? 0) + 1);
            }
            const country = options.expectedCountry(r);
            tally.countries.set(country, (tally.countries.get(country) ?? 0) + 1);
            resolve();
          });
        },
      );
      req.on('error', reject);
      req.end(r.body);
    });
  const worker = async () => {
    while (next < options.requests.length) await one(options.requests[next++]!);
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  } finally {
    agent.destroy();
  }
  return tally;
}

/**
 * A mix a real site sees: pages (some revalidated with If-None-Match → 304), assets, a redirect,
 * missing pages, HEADs, a refused method — from several countries, a few with junk country codes.
 */
export function mixedRequests(count: number, seed: number, etag?: string): LoadRequest[] {
  const countries = ['BR', 'US', 'PT', 'de', '', 'XX', 'T1', 'ZZZ'];
  const shapes: Array<(i: number) => LoadRequest> = [
    () => ({ path: '/' }),
    () => ({ path: '/pt-BR/' }),
    () => ({ path: '/', headers: etag ? { 'if-none-match': etag } : {} }),
    () => ({ path: '/robots.txt' }),
    () => ({ path: '/pt-BR' }), // 308 to /pt-BR/
    (i) => ({ path: `/missing-${i}` }),
    () => ({ path: '/', method: 'HEAD' }),
    () => ({ path: '/', method: 'DELETE' }), // 405
    () => ({ path: '/sitemap.xml', headers: { 'accept-encoding': 'gzip' } }),
  ];
  return Array.from({ length: count }, (_, i) => {
    const r = shapes[(i + seed) % shapes.length]!(i + seed * 10_000);
    const country = countries[(i * 7 + seed) % countries.length]!;
    return { ...r, headers: { ...r.headers, ...(country ? { 'cf-ipcountry': country } : {}) } };
  });
}

/** What the server should count a request's country as (mirrors countryOf's rules, written out). */
export function expectedCountryOf(r: LoadRequest): string {
  const code = (r.headers?.['cf-ipcountry'] ?? '').toUpperCase();
  return /^[A-Z]{2}$/.test(code) && code !== 'XX' ? code : 'unknown';
}

/** The ETag of a page (one GET, tallied as the generator would, with no country header). */
export async function etagOf(port: number, host: string, path: string): Promise<{ etag: string; tally: LoadTally }> {
  let etag = '';
  const tally = emptyTally();
  await new Promise<void>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host }, agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
      res.on('end', () => {
        etag = String(res.headers.etag ?? '');
        tally.requests = 1;
        tally.bytes = bytes;
        tally.byClass['2xx'] = 1;
        tally.visits = 1;
        tally.pages.set(path, 1);
        tally.countries.set('unknown', 1);
        resolve();
      });
    });
    req.on('error', reject);
    req.end();
  });
  return { etag, tally };
}
