import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { analysisResultSchema } from './analysis-result';
import { partialResultOf } from './run-analysis';
import { summarizeLighthouse } from './summarize-lighthouse';

// The compact result keeps what to fix, not only the scores: each failing accessibility and SEO
// audit with the elements or files it names, and the files of each speed opportunity. The report
// below has Lighthouse 12's shapes (a table of nodes for accessibility, links for SEO, URLs for
// opportunities), trimmed to what summarizeLighthouse reads.

const node = (snippet: string, selector = 'main > img') => ({
  type: 'node',
  snippet,
  selector,
  nodeLabel: 'Logo',
  lhId: 'x',
  path: '1,HTML',
});

function audit(id: string, title: string, score: number | null, mode: string, details?: unknown) {
  return { id, title, description: '', score, scoreDisplayMode: mode, details };
}

const LHR = {
  lighthouseVersion: '12.0.0',
  finalDisplayedUrl: 'https://padaria.example/',
  categories: {
    performance: { score: 0.41, auditRefs: [] },
    accessibility: {
      score: 0.72,
      auditRefs: [
        { id: 'color-contrast', weight: 7 },
        { id: 'image-alt', weight: 10 },
        { id: 'html-has-lang', weight: 7 },
        { id: 'aria-valid-attr', weight: 10 },
        { id: 'logical-tab-order', weight: 0 },
      ],
    },
    'best-practices': { score: 0.75, auditRefs: [] },
    seo: {
      score: 0.8,
      auditRefs: [
        { id: 'link-text', weight: 1 },
        { id: 'meta-description', weight: 1 },
        { id: 'structured-data', weight: 0 },
      ],
    },
  },
  audits: {
    'largest-contentful-paint': { id: 'largest-contentful-paint', score: 0.1, numericValue: 5200 },
    'image-alt': audit('image-alt', 'Image elements do not have `[alt]` attributes', 0, 'binary', {
      type: 'table',
      items: [
        { node: node('<img src="/logo.svg">') },
        { node: node('<img src="/bread.jpg" class="hero">', 'img.hero') },
        { node: node('<img src="/logo.svg">') },
      ],
    }),
    'color-contrast': audit('color-contrast', 'Background and foreground colors do not have a sufficient contrast ratio.', 0, 'binary', {
      type: 'table',
      items: Array.from({ length: 8 }, (_, i) => ({ node: node(`<p class="c${i}">Fresh bread</p>`) })),
    }),
    'html-has-lang': audit('html-has-lang', '`<html>` element has a `[lang]` attribute', 1, 'binary', { type: 'table', items: [] }),
    'aria-valid-attr': audit('aria-valid-attr', '`[aria-*]` attributes are valid', null, 'notApplicable'),
    'logical-tab-order': audit('logical-tab-order', 'The page has a logical tab order', null, 'manual'),
    'link-text': audit('link-text', 'Links do not have descriptive text', 0, 'binary', {
      type: 'table',
      items: [{ href: 'https://padaria.example/menu', text: 'click here' }],
    }),
    'meta-description': audit('meta-description', 'Document does not have a meta description', 0, 'binary', { type: 'table', items: [] }),
    'structured-data': audit('structured-data', 'Structured data is valid', null, 'manual'),
    'render-blocking-resources': {
      ...audit('render-blocking-resources', 'Eliminate render-blocking resources', 0.3, 'metricSavings', {
        type: 'opportunity',
        overallSavingsMs: 850,
        items: [
          { url: 'https://padaria.example/styles.css', totalBytes: 12_000, wastedMs: 600 },
          { url: 'https://cdn.example/fonts.css', totalBytes: 2_000, wastedMs: 250 },
          { url: 'data:text/css;base64,AAAA', totalBytes: 10, wastedMs: 1 },
        ],
      }),
      metricSavings: { FCP: 850, LCP: 850 },
    },
  },
} as unknown as Result;

const summarize = () => summarizeLighthouse(LHR, { url: 'https://padaria.example/', blockedRequests: 0, durationMs: 9000 });

describe('summarizeLighthouse: what to fix', () => {
  it('lists each failing accessibility audit, heaviest first, with the elements it names (distinct, at most 5)', () => {
    const { fixes } = summarize();
    expect(fixes?.accessibility).toEqual([
      {
        id: 'image-alt',
        title: 'Image elements do not have `[alt]` attributes',
        items: ['<img src="/logo.svg">', '<img src="/bread.jpg" class="hero">'],
        itemCount: 2,
      },
      {
        id: 'color-contrast',
        title: 'Background and foreground colors do not have a sufficient contrast ratio.',
        items: [0, 1, 2, 3, 4].map((i) => `<p class="c${i}">Fresh bread</p>`),
        itemCount: 8,
      },
    ]);
  });

  it('lists failing SEO audits (passed, manual and not-applicable ones are not fixes)', () => {
    expect(summarize().fixes?.seo).toEqual([
      { id: 'link-text', title: 'Links do not have descriptive text', items: ['click here → https://padaria.example/menu'], itemCount: 1 },
      { id: 'meta-description', title: 'Document does not have a meta description', items: [], itemCount: 0 },
    ]);
  });

  it('names the files of each speed opportunity (no data: URLs)', () => {
    expect(summarize().opportunities).toEqual([
      {
        id: 'render-blocking-resources',
        savingsMs: 850,
        savingsBytes: null,
        totalBytes: 14_010,
        files: ['https://padaria.example/styles.css', 'https://cdn.example/fonts.css'],
      },
    ]);
  });

  it('keeps a result the stored schema accepts, and older results without fixes or files still parse', () => {
    const result = summarize();
    expect(analysisResultSchema.parse(result)).toEqual(result);
    const { fixes: _fixes, ...older } = result;
    expect(
      analysisResultSchema.safeParse({ ...older, opportunities: [{ id: 'x', savingsMs: 1, savingsBytes: null, totalBytes: null }] })
        .success,
    ).toBe(true);
  });
});

describe('partialResultOf (a timed-out run keeps what it measured)', () => {
  it('gives back the partial result a timeout carries, and nothing for other errors or junk', () => {
    const partial = summarize();
    const timeout = new AppError('UNAVAILABLE', 'errors.analyzer.timeout', { values: { seconds: 90 }, details: { partial } });
    expect(partialResultOf(timeout)).toEqual(partial);
    expect(partialResultOf(new AppError('UNAVAILABLE', 'errors.analyzer.timeout', { values: { seconds: 90 } }))).toBeNull();
    expect(partialResultOf(new AppError('UNAVAILABLE', 'errors.analyzer.failed', { details: { partial } }))).toBeNull();
    expect(
      partialResultOf(
        new AppError('UNAVAILABLE', 'errors.analyzer.timeout', { values: { seconds: 90 }, details: { partial: { scores: 1 } } }),
      ),
    ).toBeNull();
    expect(partialResultOf(new Error('boom'))).toBeNull();
  });
});
