import { describe, expect, it, vi } from 'vitest';
import { renderIntl } from '@tests/helpers/render-intl';
import type { PerformanceRun, PerformanceSummary } from '../get-performance-summary';
import { PerformancePanel, type PerformancePanelProps } from './performance-panel';

// The actions are server code; the panel only hands them to its forms.
vi.mock('../performance-actions', () => ({ pinPerformancePageAction: vi.fn(), unpinPerformancePageAction: vi.fn() }));

const html = (props: PerformancePanelProps, locale: 'en' | 'pt-BR' = 'en') => renderIntl(<PerformancePanel {...props} />, locale);

const now = new Date('2026-11-20T10:05:00Z');
const run = (day: number, performance: number, lcpMs: number, grade: PerformanceRun['grade']): PerformanceRun => ({
  measuredAt: new Date(Date.UTC(2026, 10, day, 9)),
  url: 'https://bakery.example/',
  path: '/',
  scores: { performance, accessibility: 96, bestPractices: 100, seo: 92 },
  lcpMs,
  cls: 0.02,
  tbtMs: 120,
  grade,
});
const runs = [run(18, 93, 1900, 'A'), run(19, 78, 4300, 'C')];
const summary: PerformanceSummary = {
  latest: runs[1]!,
  previous: runs[0]!,
  trend: 'down',
  dropped: true,
  runs,
  pages: [{ path: '/', url: 'https://bakery.example/', latest: runs[1]!, previous: runs[0]!, dropped: true }],
  lastAttemptAt: runs[1]!.measuredAt,
  lastError: null,
};

describe('PerformancePanel', () => {
  it('before the first test says when it runs (the next 15-minute tick), in both languages', () => {
    expect(html({ summary: undefined, tier: 'pro', isLive: true, now })).toContain(
      'The first test of your home page runs around Fri, Nov 20, 10:15 AM',
    );
    expect(html({ summary: undefined, tier: 'free', isLive: true, now }, 'pt-BR')).toContain(
      'O primeiro teste da sua página inicial roda por volta de',
    );
    expect(html({ summary: undefined, tier: 'free', isLive: false, now })).toContain('Your site is tested once it is live');
  });

  it('a failed first test says why and when the next one runs', () => {
    const failed = {
      ...summary,
      latest: null,
      previous: null,
      runs: [],
      pages: [],
      lastError: 'errors.analyzer.timeout',
      lastAttemptAt: now,
    };
    expect(html({ summary: failed, tier: 'basic', isLive: true, now })).toContain('the page took too long to load');
  });

  it('shows the grade, the drop, every latest figure rated by Google’s thresholds, and the history as text', () => {
    const out = html({ summary, tier: 'pro', isLive: true, now });
    expect(out).toContain('Performance grade C');
    expect(out).toContain('Getting worse');
    expect(out).toContain('A score dropped by 10 points or more');
    expect(out).toContain('4.3 s');
    expect(out).toContain('Poor'); // LCP 4.3 s
    expect(out).toContain('Good'); // CLS, TBT
    expect(out).toContain('Pro plan: tested every 6 hours.');
    expect(out).toContain('Every test of the home page in this period');
    expect(out).toContain('1.9 s'); // the earlier run, in the table
    const pt = html({ summary, tier: 'pro', isLive: true, now }, 'pt-BR');
    expect(pt).toContain('Nota de desempenho C');
    expect(pt).toContain('4,3 s');
    expect(pt).toContain('Ruim');
  });

  it('lists pinned pages with their grade, and offers pin and unpin only to editors, until the plan’s limit', () => {
    const pinned = {
      projectId: '00000000-0000-4000-8000-000000000001',
      pages: [{ id: '00000000-0000-4000-8000-000000000002', path: '/menu', createdAt: now }],
      limit: 3,
    };
    const editor = html({ summary, tier: 'basic', isLive: true, now, pinned: { ...pinned, canEdit: true } });
    expect(editor).toContain('/menu');
    expect(editor).toContain('Not tested yet');
    expect(editor).toContain('Pages tested with your home page: 1 of 3.');
    expect(editor).toContain('Unpin /menu');
    expect(editor).toContain('Pin page');
    const viewer = html({ summary, tier: 'basic', isLive: true, now, pinned: { ...pinned, canEdit: false } });
    expect(viewer).not.toContain('Unpin /menu');
    expect(viewer).not.toContain('Pin page');
    const full = html({ summary, tier: 'free', isLive: true, now, pinned: { ...pinned, limit: 1, canEdit: true } });
    expect(full).not.toContain('Pin page');
  });
});
