import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryFieldData } from '@/lib/crux/query-field-data';
import { resetEnvCache } from '@/lib/env';
import { startCruxStandIn, type CruxStandIn } from '@tests/fakes/crux/server';

// Real-user field data through the CrUX port, against a stand-in that speaks the Chrome UX Report
// API's queryRecord protocol: the page's own record first, its origin's when CrUX has none for the
// page, nothing at all when not configured or when CrUX has no data.

let crux: CruxStandIn;
beforeAll(async () => {
  crux = await startCruxStandIn();
});
afterAll(async () => {
  await crux.close();
});
afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
  crux.requests.length = 0;
});

function configure(key = crux.apiKey) {
  vi.stubEnv('CRUX_API_KEY', key);
  vi.stubEnv('CRUX_API_URL', crux.url);
  resetEnvCache();
}

describe('queryFieldData', () => {
  it('asks nothing and shows nothing when no CrUX key is configured', async () => {
    vi.stubEnv('CRUX_API_KEY', '');
    vi.stubEnv('CRUX_API_URL', crux.url);
    resetEnvCache();
    crux.setUrl('https://shop.example/', { lcp: 2100 });
    expect(await queryFieldData('https://shop.example/')).toBeNull();
    expect(crux.requests).toHaveLength(0);
  });

  it("reads the page's p75s on phones (CLS from CrUX's string) with the collection period", async () => {
    configure();
    crux.setUrl('https://page.example/menu', { lcp: 3120, inp: 180, cls: 0.07, fcp: 1500, ttfb: 650 });
    const data = await queryFieldData('https://page.example/menu#top');
    expect(data).toEqual({
      scope: 'url',
      p75: { lcp: 3120, inp: 180, cls: 0.07, fcp: 1500, ttfb: 650 },
      period: { first: '2026-10-19', last: '2026-11-15' },
    });
    expect(crux.requests).toHaveLength(1);
    expect(crux.requests[0]!.key).toBe(crux.apiKey);
    expect(crux.requests[0]!.body).toMatchObject({ url: 'https://page.example/menu', formFactor: 'PHONE' });
  });

  it("falls back to the origin's record when CrUX has too little data for the page", async () => {
    configure();
    crux.setOrigin('https://origin.example', { lcp: 2600, cls: 0.31 });
    const data = await queryFieldData('https://origin.example/rare-page?x=1');
    expect(data?.scope).toBe('origin');
    expect(data?.p75).toEqual({ lcp: 2600, cls: 0.31 });
    expect(crux.requests.map((r) => r.body.url ?? r.body.origin)).toEqual([
      'https://origin.example/rare-page?x=1',
      'https://origin.example',
    ]);
  });

  it('gives null, never an error, when CrUX has no data or refuses the key', async () => {
    configure();
    expect(await queryFieldData('https://unknown.example/')).toBeNull();
    configure('wrong-key');
    crux.setUrl('https://known.example/', { lcp: 1000 });
    expect(await queryFieldData('https://known.example/')).toBeNull();
  });
});
