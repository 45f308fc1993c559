import { describe, expect, it } from 'vitest';
import { renderIntl } from '@tests/helpers/render-intl';
import type { UptimeSummary } from '../get-uptime-summary';
import { daysOfPeriod, UptimePanel, type UptimePanelProps } from './uptime-panel';

const from = new Date('2026-11-01T00:00:00Z');
const to = new Date('2026-12-01T00:00:00Z');

const html = (props: UptimePanelProps, locale: 'en' | 'pt-BR' = 'en') => renderIntl(<UptimePanel {...props} />, locale);

const summary: UptimeSummary = {
  status: 'down',
  uptimePercent: (1435 / 1440) * 100,
  checks: 1440,
  days: [{ day: '2026-11-02', checks: 1440, failures: 5, uptimePercent: (1435 / 1440) * 100 }],
  incidents: [
    {
      id: 'i2',
      host: 'bakery.example.com',
      openedAt: new Date('2026-11-02T10:20:00Z'),
      resolvedAt: null,
      durationMs: null,
      cause: 'timeout',
      statusCode: null,
      resolution: null,
    },
    {
      id: 'i1',
      host: 'bakery.pagemagic.site',
      openedAt: new Date('2026-11-02T08:00:00Z'),
      resolvedAt: new Date('2026-11-02T09:35:00Z'),
      durationMs: 95 * 60_000,
      cause: 'http_status',
      statusCode: 503,
      resolution: 'recovered',
    },
  ],
  lastCheckedAt: new Date('2026-11-02T10:21:00Z'),
};

describe('UptimePanel', () => {
  it('before the first check says when the first data will arrive, in both languages', () => {
    expect(html({ summary: undefined, from, to, intervalMinutes: 5, isLive: true })).toContain('within 5 minutes of the site going live');
    expect(html({ summary: undefined, from, to, intervalMinutes: 1, isLive: true }, 'pt-BR')).toContain('em até um minuto');
    expect(html({ summary: undefined, from, to, intervalMinutes: 5, isLive: false })).toContain('while the site is published');
  });

  it('shows the status, the period’s uptime, and the incident timeline with causes and durations', () => {
    const out = html({ summary, from, to, intervalMinutes: 1, isLive: true, now: new Date('2026-11-02T10:50:00Z') });
    expect(out).toContain('Down');
    expect(out).toContain('99.65%');
    expect(out).toContain('Answered with an error (HTTP 503)');
    expect(out).toContain('down for 1 hr 35 min');
    expect(out).toContain('down for 30 min so far');
    expect(out).toContain('lowest on Nov 2 (99.65%)');
    const pt = html({ summary, from, to, intervalMinutes: 1, isLive: true, now: new Date('2026-11-02T10:50:00Z') }, 'pt-BR');
    expect(pt).toContain('Fora do ar');
    expect(pt).toContain('99,65%');
    expect(pt).toContain('Não respondeu dentro do tempo limite');
  });

  it('lays out every day of the period on the axis', () => {
    expect(daysOfPeriod(from, to)).toHaveLength(30);
    expect(daysOfPeriod(new Date('2026-11-30T12:00:00Z'), to)).toEqual(['2026-11-30']);
  });
});
