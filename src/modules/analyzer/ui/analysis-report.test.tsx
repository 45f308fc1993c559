import { describe, expect, it, vi } from 'vitest';
import { renderIntl } from '@tests/helpers/render-intl';
import type { AnalysisResult } from '../analysis-result';
import { getPageMagicReference } from '../page-magic-reference';

// The result page's report is a server component: next-intl's server API is given the app's real
// messages (a missing or broken message throws), as the request config would.
const locale = vi.hoisted(() => ({ current: 'en' as 'en' | 'pt-BR' }));
vi.mock('next-intl/server', async () => (await import('@tests/helpers/server-intl')).serverIntl(() => locale.current));
const { AnalysisReport } = await import('./analysis-report');

const RESULT: AnalysisResult = {
  url: 'https://padaria.example/',
  finalUrl: 'https://padaria.example/',
  formFactor: 'mobile',
  scores: { performance: 41, accessibility: 88, 'best-practices': 75, seo: 92 },
  metrics: [
    { id: 'lcp', value: 5200, rating: 'poor' },
    { id: 'cls', value: 0.02, rating: 'good' },
  ],
  // As summarizeLighthouse keeps them: the biggest time saving first.
  opportunities: [
    { id: 'uses-optimized-images', savingsMs: 2100, savingsBytes: 2_400_000, totalBytes: 3_200_000 },
    { id: 'render-blocking-resources', savingsMs: 850, savingsBytes: null, totalBytes: null },
    { id: 'unminified-javascript', savingsMs: 420, savingsBytes: 300_000, totalBytes: 1_450_000 },
  ],
  screenshot: null,
  blockedRequests: 0,
  lighthouseVersion: '12.0.0',
  durationMs: 9000,
};

/** The sentences of the report's opportunities section, in order. */
async function opportunities(lang: 'en' | 'pt-BR'): Promise<string[]> {
  locale.current = lang;
  const markup = renderIntl(await AnalysisReport({ result: RESULT, reference: getPageMagicReference() }), lang);
  const section = /<section aria-labelledby="opportunities">([\s\S]*?)<\/section>/.exec(markup)?.[1] ?? '';
  return [...section.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) =>
    match[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&#x27;/g, "'")
      .trim(),
  );
}

describe('the report’s top opportunities', () => {
  it('read as plain sentences with the numbers in English', async () => {
    expect(await opportunities('en')).toEqual([
      'Your images weigh 3.2 MB; compressing them would make the page show up about 2.1 s sooner',
      'Styles and scripts hold the first paint back; loading them later would show the page about 0.9 s sooner',
      'These files weigh 1.5 MB; fixing them would make the page show up about 0.4 s sooner',
    ]);
  });

  it('read as plain sentences with the numbers in Brazilian Portuguese (decimal comma)', async () => {
    expect(await opportunities('pt-BR')).toEqual([
      'Suas imagens pesam 3,2 MB; comprimi-las faria a página aparecer cerca de 2,1 s mais cedo',
      'Estilos e scripts atrasam a primeira pintura; carregá-los depois mostraria a página cerca de 0,9 s mais cedo',
      'Estes arquivos pesam 1,5 MB; corrigi-los faria a página aparecer cerca de 0,4 s mais cedo',
    ]);
  });
});

describe('what to fix', () => {
  const WITH_FIXES: AnalysisResult = {
    ...RESULT,
    opportunities: [{ ...RESULT.opportunities[1]!, files: ['https://padaria.example/styles.css'] }],
    fixes: {
      accessibility: [
        {
          id: 'image-alt',
          title: 'Image elements do not have `[alt]` attributes',
          items: ['<img src="/logo.svg">'],
          itemCount: 3,
        },
      ],
      seo: [],
    },
  };
  const section = (markup: string, id: string) =>
    new RegExp(`<section aria-labelledby="${id}">([\\s\\S]*?)</section>`).exec(markup)?.[1] ?? '';

  it('lists each failing accessibility audit with the elements it names, says when SEO has nothing to fix, and names the files of an opportunity', async () => {
    locale.current = 'en';
    const markup = renderIntl(await AnalysisReport({ result: WITH_FIXES, reference: getPageMagicReference() }), 'en');
    const accessibility = section(markup, 'fixes-accessibility');
    expect(accessibility).toContain('Accessibility: what to fix');
    expect(accessibility).toContain(
      'Image elements do not have <code class="rounded bg-brand-50 px-1 text-[0.9em]">[alt]</code> attributes',
    );
    // The element is shown as text (escaped), never as markup of the report page.
    expect(accessibility).toContain('&lt;img src=&quot;/logo.svg&quot;&gt;');
    expect(accessibility).toContain('and 2 more');
    expect(section(markup, 'fixes-seo')).toContain('Nothing to fix: every check passed.');
    expect(section(markup, 'opportunities')).toContain('https://padaria.example/styles.css');
  });

  it('claims nothing for a result stored before fixes were kept', async () => {
    locale.current = 'pt-BR';
    const markup = renderIntl(await AnalysisReport({ result: RESULT, reference: getPageMagicReference() }), 'pt-BR');
    expect(markup).not.toContain('fixes-accessibility');
  });
});
