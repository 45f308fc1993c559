import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The Chrome UX Report API for tests, at the protocol level: `POST /v1/records:queryRecord?key=…`
 * with a JSON body naming exactly one of `url` or `origin` (plus optional `formFactor` and
 * `metrics`). Answers like Google's: a record with per-metric histograms and `percentiles.p75`
 * (CLS as a string with two decimals), `collectionPeriod`, and `urlNormalizationDetails`; 404
 * NOT_FOUND ("chrome ux report data not found") for keys it has no data for; 400 for a missing
 * or wrong API key and for a malformed body. Records are registered by the test; requests are kept.
 */
export type CruxP75 = { lcp?: number; inp?: number; cls?: number; fcp?: number; ttfb?: number };
export type CruxStandIn = {
  url: string;
  apiKey: string;
  requests: { key: string | null; body: Record<string, unknown> }[];
  setUrl(url: string, p75: CruxP75): void;
  setOrigin(origin: string, p75: CruxP75): void;
  close(): Promise<void>;
};

const NAMES: Record<keyof CruxP75, string> = {
  lcp: 'largest_contentful_paint',
  inp: 'interaction_to_next_paint',
  cls: 'cumulative_layout_shift',
  fcp: 'first_contentful_paint',
  ttfb: 'experimental_time_to_first_byte',
};
const BINS: Record<keyof CruxP75, [number, number]> = {
  lcp: [2500, 4000],
  inp: [200, 500],
  cls: [0.1, 0.25],
  fcp: [1800, 3000],
  ttfb: [800, 1800],
};

function metricsOf(p75: CruxP75, only: unknown) {
  const wanted = Array.isArray(only) ? new Set(only) : null;
  const metrics: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(p75) as [keyof CruxP75, number][]) {
    const name = NAMES[id];
    if (wanted && !wanted.has(name)) continue;
    const [good, poor] = BINS[id];
    const fmt = (n: number) => (id === 'cls' ? n.toFixed(2) : n);
    metrics[name] = {
      histogram: [
        { start: fmt(0), end: fmt(good), density: 0.7 },
        { start: fmt(good), end: fmt(poor), density: 0.2 },
        { start: fmt(poor), density: 0.1 },
      ],
      percentiles: { p75: fmt(value) },
    };
  }
  return metrics;
}

function googleError(code: number, status: string, message: string) {
  return JSON.stringify({ error: { code, message, status } });
}

export async function startCruxStandIn(apiKey = 'test-crux-key'): Promise<CruxStandIn> {
  const urls = new Map<string, CruxP75>();
  const origins = new Map<string, CruxP75>();
  const requests: CruxStandIn['requests'] = [];
  const server: Server = createServer((req, res) => {
    const reqUrl = new URL(req.url ?? '/', 'http://crux.test');
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      res.setHeader('Content-Type', 'application/json; charset=UTF-8');
      const key = reqUrl.searchParams.get('key');
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(raw || '{}') as Record<string, unknown>;
      } catch {
        res.writeHead(400).end(googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.'));
        return;
      }
      requests.push({ key, body });
      if (req.method !== 'POST' || reqUrl.pathname !== '/v1/records:queryRecord') {
        res.writeHead(404).end(googleError(404, 'NOT_FOUND', 'Requested entity was not found.'));
        return;
      }
      if (key !== apiKey) {
        res.writeHead(400).end(googleError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.'));
        return;
      }
      const hasUrl = typeof body.url === 'string';
      const hasOrigin = typeof body.origin === 'string';
      const formFactors = ['PHONE', 'DESKTOP', 'TABLET', undefined];
      if (hasUrl === hasOrigin || !formFactors.includes(body.formFactor as string | undefined)) {
        res.writeHead(400).end(googleError(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.'));
        return;
      }
      const p75 = hasUrl ? urls.get(body.url as string) : origins.get(body.origin as string);
      if (!p75) {
        res.writeHead(404).end(googleError(404, 'NOT_FOUND', 'chrome ux report data not found'));
        return;
      }
      const keyPart = hasUrl ? { url: body.url } : { origin: body.origin };
      res.writeHead(200).end(
        JSON.stringify({
          record: {
            key: { ...(body.formFactor ? { formFactor: body.formFactor } : {}), ...keyPart },
            metrics: metricsOf(p75, body.metrics),
            collectionPeriod: {
              firstDate: { year: 2026, month: 10, day: 19 },
              lastDate: { year: 2026, month: 11, day: 15 },
            },
          },
          ...(hasUrl ? { urlNormalizationDetails: { originalUrl: body.url, normalizedUrl: body.url } } : {}),
        }),
      );
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    apiKey,
    requests,
    setUrl: (url, p75) => void urls.set(url, p75),
    setOrigin: (origin, p75) => void origins.set(origin, p75),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
