import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { listSiteFiles } from './list-site-files';
import { listUsedSectionTypes } from './list-used-section-types';

describe('listSiteFiles', () => {
  it('lists every page in every locale at clean paths', () => {
    expect(listSiteFiles(veganBakery)).toEqual([
      { pageSlug: '', locale: 'en', urlPath: '/', filePath: 'index.html' },
      { pageSlug: '', locale: 'pt-BR', urlPath: '/pt-BR/', filePath: 'pt-BR/index.html' },
      { pageSlug: 'blog', locale: 'en', urlPath: '/blog/', filePath: 'blog/index.html' },
      { pageSlug: 'blog', locale: 'pt-BR', urlPath: '/pt-BR/blog/', filePath: 'pt-BR/blog/index.html' },
      {
        pageSlug: 'blog/sourdough-without-eggs',
        locale: 'en',
        urlPath: '/blog/sourdough-without-eggs/',
        filePath: 'blog/sourdough-without-eggs/index.html',
      },
      {
        pageSlug: 'blog/sourdough-without-eggs',
        locale: 'pt-BR',
        urlPath: '/pt-BR/blog/sourdough-without-eggs/',
        filePath: 'pt-BR/blog/sourdough-without-eggs/index.html',
      },
    ]);
  });

  it('has no duplicate outputs', () => {
    const paths = listSiteFiles(veganBakery).map((file) => file.filePath);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('listUsedSectionTypes', () => {
  it('lists types for one page or the whole site', () => {
    expect(listUsedSectionTypes(veganBakery, 'blog')).toEqual(['blog-list']);
    expect(listUsedSectionTypes(veganBakery)).toEqual([
      'about',
      'blog-list',
      'contact',
      'cta',
      'faq',
      'features',
      'footer',
      'hero',
      'menu',
      'testimonials',
    ]);
  });
});
