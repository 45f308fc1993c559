import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { buildSite } from './build-site';
import { checkPageWeight } from './check-page-weight';
import { toHtmlPages } from './html-page';
import { makeBuiltFile } from './make-built-file';
import { htmlFile, incompressibleText } from './testing/build-test-helpers';
import type { BuiltFile } from './types';

const weigh = (files: BuiltFile[]) => checkPageWeight(toHtmlPages(files), files);

describe('page-weight check', () => {
  it('reports the heaviest page of a light site', () => {
    const [result] = weigh(buildSite(veganBakery, { baseUrl: 'https://x.example' }).files);
    expect(result.level).toBe('ok');
    expect(result.message).toMatch(/^Pages are light: the heaviest, pt-BR\/index\.html, is \d+\.\d KB gzipped without images\.$/);
  });

  it('warns above 30 KB gzipped, counting the stylesheets and scripts a page loads', () => {
    const files = [
      htmlFile('index.html', '<p>small</p><script src="/assets/app.js" defer></script>', '<link rel="stylesheet" href="/assets/site.css">'),
      makeBuiltFile('assets/site.css', 'text/css', `/*${incompressibleText(25_000)}*/`),
      makeBuiltFile('assets/app.js', 'text/javascript', `//${incompressibleText(25_000, 3)}`),
      makeBuiltFile('assets/huge.png', 'image/png', incompressibleText(400_000)),
    ];
    const [warning, ...rest] = weigh(files);
    expect(rest).toEqual([]);
    expect(warning.level).toBe('warning');
    expect(warning.details?.[0]).toMatch(/^index\.html: 3\d\.\d KB gzipped \(aim for under 30\.0 KB\)$/);
  });

  it('blocks pages above 150 KB gzipped', () => {
    const files = [htmlFile('index.html', `<p>${incompressibleText(220_000)}</p>`), htmlFile('ok/index.html', '<p>fine</p>')];
    const [error, ...rest] = weigh(files);
    expect(rest).toEqual([]);
    expect(error.level).toBe('error');
    expect(error.details).toHaveLength(1);
    expect(error.details?.[0]).toMatch(/^index\.html: 1\d\d\.\d KB gzipped \(limit 150\.0 KB\)$/);
  });

  it('warns for a document whose text makes a page heavy', () => {
    const document = structuredClone(veganBakery);
    const home = document.pages[0];
    for (let index = 0; index < 12; index += 1) {
      home.sections.push({ id: `long-${index}`, type: 'about', titleKey: `long.${index}.title`, bodyKey: `long.${index}.body` });
      document.i18n.strings.en[`long.${index}.title`] = `Chapter ${index}`;
      document.i18n.strings.en[`long.${index}.body`] = incompressibleText(5000, index + 1);
    }
    const weight = buildSite(document, { baseUrl: 'https://x.example' }).checks.filter((check) => check.id === 'page-weight');
    expect(weight.map((check) => check.level)).toEqual(['warning']);
    expect(weight[0].details?.some((detail) => detail.startsWith('index.html:'))).toBe(true);
  });
});
