import { describe, expect, it } from 'vitest';
import { renderIntl } from '@tests/helpers/render-intl';
import type { TrafficSummary } from '../get-traffic-summary';
import { TrafficPanel, type TrafficPanelProps } from './traffic-panel';

const html = (props: TrafficPanelProps, locale: 'en' | 'pt-BR' = 'en') => renderIntl(<TrafficPanel {...props} />, locale);

const zero = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
const summary: TrafficSummary = {
  totals: { requests: 1534, visits: 1200, bytes: 5 * 1024 * 1024, peakRps: 12, byClass: { '2xx': 1400, '3xx': 84, '4xx': 48, '5xx': 2 } },
  days: [
    { day: '2026-11-01', requests: 34, visits: 20, bytes: 1024 * 1024, peakRps: 3, byClass: { '2xx': 30, '3xx': 2, '4xx': 2, '5xx': 0 } },
    { day: '2026-11-02', requests: 0, visits: 0, bytes: 0, peakRps: 0, byClass: zero },
    {
      day: '2026-11-03',
      requests: 1500,
      visits: 1180,
      bytes: 4 * 1024 * 1024,
      peakRps: 12,
      byClass: { '2xx': 1370, '3xx': 82, '4xx': 46, '5xx': 2 },
    },
  ],
  topPages: [
    { path: '/', requests: 900 },
    { path: '/cardapio/', requests: 250 },
    { path: 'other', requests: 50 },
  ],
  countries: [
    { country: 'BR', requests: 1300 },
    { country: 'unknown', requests: 234 },
  ],
};

describe('TrafficPanel', () => {
  it('before the first visit, says when data will arrive (live or not), in both languages', () => {
    const live = html({ summary: undefined, isLive: true });
    expect(live).toContain('No traffic yet');
    expect(live).toContain('within a minute of the first visitor');
    expect(html({ summary: { ...summary, totals: { ...summary.totals, requests: 0 } }, isLive: false })).toContain('Publish it');
    expect(html({ summary: undefined, isLive: true }, 'pt-BR')).toContain('Ainda sem tráfego');
  });

  it('shows the figures, the charts’ text summaries, top pages and countries by name, formatted by locale', () => {
    const out = html({ summary, isLive: true, now: new Date('2026-11-30T12:00:00Z') });
    expect(out).toContain('1,200'); // page views
    expect(out).toContain('5 MB');
    expect(out).toContain('12 req/s');
    expect(out).toContain(
      '1,534 requests over 3 days: 1,400 answered, 84 redirected, 48 not found, 2 server errors. Busiest day: Nov 3 (1,500).',
    );
    expect(out).toContain('/cardapio/');
    expect(out).toContain('Other pages');
    expect(out).toContain('Brazil');
    expect(out).toContain('Unknown');
    expect(out).toContain('900 views');
    const pt = html({ summary, isLive: true, now: new Date('2026-11-30T12:00:00Z') }, 'pt-BR');
    expect(pt).toContain('1.200');
    expect(pt).toContain('Brasil');
    expect(pt).toContain('Outras páginas');
    expect(pt).toContain('1.534 requisições em 3 dias');
  });
});
