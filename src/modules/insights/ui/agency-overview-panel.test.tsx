import { describe, expect, it, vi } from 'vitest';
import { renderIntl } from '@tests/helpers/render-intl';
import type { AgencyOverview } from '../get-agency-overview';

// The panel is a server component: next-intl's server API is given the app's real messages (a
// missing or broken message throws), as the request config would.
const locale = vi.hoisted(() => ({ current: 'en' as 'en' | 'pt-BR' }));
vi.mock('next-intl/server', async () => (await import('@tests/helpers/server-intl')).serverIntl(() => locale.current));
const { AgencyOverviewPanel } = await import('./agency-overview-panel');

const now = new Date('2026-11-20T12:00:00Z');
const ana = { id: '00000000-0000-4000-8000-0000000000a1', email: 'ana@padaria.example', displayName: 'Ana' };
const rui = { id: '00000000-0000-4000-8000-0000000000b2', email: 'rui@oficina.example', displayName: null };

const overview: AgencyOverview = {
  month: { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') },
  sites: { published: 5, up: 3, down: 1, unknown: 1 },
  openIncidents: [
    {
      projectId: 'p1',
      projectName: 'Padaria da Ana',
      slug: 'padaria-da-ana',
      client: ana,
      incidentId: 'i1',
      host: 'padaria.example',
      openedAt: new Date('2026-11-20T11:00:00Z'),
      cause: 'timeout',
    },
  ],
  slaBreaches: { count: 2, byClient: [{ client: rui, count: 2, lastAt: new Date('2026-11-19T12:00:00Z') }] },
  revenue: { mrrCents: 129_700, currency: 'BRL', payingClients: 3 },
  pastDue: [{ client: rui, status: 'past_due' }],
  performanceDrops: [
    {
      projectId: 'p1',
      projectName: 'Padaria da Ana',
      slug: 'padaria-da-ana',
      client: ana,
      grade: 'C',
      previousGrade: 'A',
      measuredAt: new Date('2026-11-20T06:00:00Z'),
    },
  ],
  funnel: [{ week: '2026-11-16', analyses: 40, emails: 12, signups: 3, paying: 1 }],
};

async function html(value: AgencyOverview, lang: 'en' | 'pt-BR' = 'en') {
  locale.current = lang;
  return renderIntl(await AgencyOverviewPanel({ overview: value, now }), lang);
}

const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');

describe('the agency overview panel', () => {
  it('shows the figures and who is behind each problem, each with links to the client’s page and to acting as them', async () => {
    const markup = await html(overview);
    const figure = (key: string) => new RegExp(`data-testid="overview-${key}"[^>]*>([^<]*)<`).exec(markup)?.[1];
    expect(figure('live')).toBe('3');
    expect(figure('down')).toBe('1');
    expect(figure('mrr')).toBe('R$1,297.00');
    const words = text(markup);
    expect(words).toContain('Padaria da Ana');
    expect(words).toContain('padaria.example');
    expect(words).toContain(ana.email);
    expect(words).toContain(rui.email);
    // Each row links to the client's page and to "act as" (the reason is asked there, audited).
    for (const client of [ana, rui]) {
      expect(markup).toContain(`href="/admin/clients/${client.id}"`);
      expect(markup).toContain(`href="/admin/clients/${client.id}#reason"`);
    }
    expect(markup).toContain('href="/admin/analyzer"');
  });

  it('says so when there is nothing to act on, in Portuguese too', async () => {
    const calm: AgencyOverview = {
      ...overview,
      sites: { published: 2, up: 2, down: 0, unknown: 0 },
      openIncidents: [],
      slaBreaches: { count: 0, byClient: [] },
      pastDue: [],
      performanceDrops: [],
    };
    const markup = await html(calm, 'pt-BR');
    expect(markup).not.toContain('/admin/clients/');
    expect(text(markup)).toMatch(/R\$\s1\.297,00/);
  });
});
