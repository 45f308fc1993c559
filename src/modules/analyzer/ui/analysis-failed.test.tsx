import { describe, expect, it, vi } from 'vitest';
import { renderIntl } from '@tests/helpers/render-intl';
import type { AnalysisResult } from '../analysis-result';

// The page of a failed analysis keeps the visitor: the reason, what was measured before a timeout
// (or that nothing was), "Try again", "Email me when it finishes" and "Build me a faster site" —
// in both languages (a missing message throws).
const locale = vi.hoisted(() => ({ current: 'en' as 'en' | 'pt-BR' }));
vi.mock('next-intl/server', async () => (await import('@tests/helpers/server-intl')).serverIntl(() => locale.current));
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: () => undefined, refresh: () => undefined }) }));
vi.mock('../actions', () => ({ requestAnalysisAction: async () => null, requestReportByEmailAction: async () => null }));
const { AnalysisFailed } = await import('./analysis-failed');

const PARTIAL: AnalysisResult = {
  url: 'https://slow.example/',
  finalUrl: 'https://slow.example/',
  formFactor: 'mobile',
  scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
  metrics: [{ id: 'fcp', value: 7400, rating: 'poor' }],
  opportunities: [],
  screenshot: null,
  blockedRequests: 0,
  lighthouseVersion: '12.0.0',
  durationMs: 90_000,
};
const TIMEOUT = { key: 'errors.analyzer.timeout', values: { seconds: 90 } } as const;

async function render(
  props: { partial: AnalysisResult | null; error?: typeof TIMEOUT | { key: 'errors.analyzer.failed' } },
  lang: 'en' | 'pt-BR' = 'en',
) {
  locale.current = lang;
  const element = await AnalysisFailed({
    analysisId: '00000000-0000-4000-8000-000000000001',
    url: 'https://slow.example/',
    error: props.error ?? TIMEOUT,
    partial: props.partial,
    locale: lang,
  });
  return renderIntl(element, lang)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('the page of a failed analysis', () => {
  it('shows what was measured before the timeout, and the three ways on', async () => {
    const text = await render({ partial: PARTIAL });
    expect(text).toContain('The page took too long to load, so the analysis was stopped after 90 seconds.');
    expect(text).toContain('What we measured before it stopped');
    expect(text).toMatch(/First content shows up 7\.4 s Poor/);
    expect(text).toContain('Try again');
    expect(text).toContain('Email me when it finishes');
    expect(text).toContain('Build me a faster site');
  });

  it('says nothing was measured rather than showing empty numbers', async () => {
    const text = await render({ partial: null }, 'pt-BR');
    expect(text).toContain('O que medimos antes de parar');
    expect(text).toContain('Nada ainda');
    expect(text).toContain('Tentar de novo');
    expect(text).toContain('Me avise quando terminar');
  });

  it('after another failure offers the same ways on, without the timeout’s measurements', async () => {
    const text = await render({ partial: null, error: { key: 'errors.analyzer.failed' } });
    expect(text).toContain('We could not analyze this page.');
    expect(text).not.toContain('What we measured before it stopped');
    expect(text).toContain('Email me when it finishes');
  });
});
