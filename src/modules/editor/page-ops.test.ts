import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { renderPage } from '@/modules/render/render-page';
import { buildSite } from '@/modules/build/build-site';
import { checkSite } from '@/modules/build/check-site';
import { composeOfflineSite } from '@/modules/composer/compose-offline-site';
import { applyEdit } from './apply-edit';
import type { EditOperation } from './edit-operation';
import { logoOp, newPageOp, pageTextOp, removePageOp, renamePageOp, slugFromTitle, socialImageOp } from './page-ops';

const FILE = '11111111-1111-4111-8111-111111111111';

function apply(document: typeof veganBakery, op: EditOperation | null) {
  if (!op) throw new Error('no operation');
  const result = applyEdit(document, op);
  if (!result.ok) throw new Error(`refused: ${result.refusal.reason ?? result.refusal.key}`);
  return result;
}

describe('page operations', () => {
  it('makes addresses from titles in any language', () => {
    expect(slugFromTitle('Pão de Queijo & Café!')).toBe('pao-de-queijo-cafe');
    expect(slugFromTitle('  !!! ')).toBe('page');
  });

  it('adds a page with a hero and a blog post dated today; undo removes each with its texts', () => {
    const page = newPageOp(veganBakery, { kind: 'page', title: 'Catering', today: '2026-11-23' })!;
    const added = apply(veganBakery, page.op);
    const created = added.document.pages.find((candidate) => candidate.slug === 'catering')!;
    expect(created.sections.map((section) => section.type)).toEqual(['hero']);
    expect(added.document.i18n.strings['pt-BR']![created.titleKey]).toBe('Catering');
    expect(apply(added.document, added.inverse).document).toEqual(veganBakery);

    const post = newPageOp(added.document, { kind: 'post', title: 'Natal', today: '2026-11-23' })!;
    expect(post.slug).toBe('blog/natal');
    const withPost = apply(added.document, post.op).document;
    const html = renderPage(withPost, { pageSlug: 'blog', locale: 'en', mode: 'preview' });
    expect(html).toContain('Natal');
    expect(newPageOp(withPost, { kind: 'page', title: 'Catering', today: '2026-11-23' })!.slug).toBe('catering-2');
  });

  it("points a one-page site's header anchors at the home page once it has a second page", () => {
    const onePage = { ...veganBakery, navigation: [{ labelKey: 'nav.menu', href: '#menu' }] };
    const added = apply(onePage, newPageOp(onePage, { kind: 'page', title: 'Catering', today: '2026-11-23' })!.op);
    expect(added.document.navigation).toEqual([{ labelKey: 'nav.menu', href: '/#menu' }]);
    expect(apply(added.document, added.inverse).document).toEqual(onePage);
  });

  it('a page added to a one-page site passes the pre-publish link check (header and footer anchors)', () => {
    const onePage = composeOfflineSite({ prompt: 'A landing page for a vegan bakery in Lisbon called Crumb Pages', locales: ['en'] });
    const added = apply(onePage, newPageOp(onePage, { kind: 'page', title: 'Catering', today: '2026-11-23' })!.op);
    const errors = checkSite(added.document, buildSite(added.document, { baseUrl: 'https://crumb.example' }).files).filter(
      (result) => result.level === 'error',
    );
    expect(errors).toEqual([]);
    expect(apply(added.document, added.inverse).document).toEqual(onePage);
  });

  it('renames a page, and undo finds it under its new address', () => {
    const renamed = apply(veganBakery, { op: 'set-page-field', page: 'blog', path: ['slug'], value: 'news' });
    expect(renamed.document.pages.map((page) => page.slug)).toContain('news');
    expect(apply(renamed.document, renamed.inverse).document).toEqual(veganBakery);
    const clash = applyEdit(veganBakery, { op: 'set-page-field', page: 'blog', path: ['slug'], value: 'blog/sourdough-without-eggs' });
    expect(clash.ok).toBe(false);
    expect(applyEdit(veganBakery, { op: 'set-page-field', page: '', path: ['slug'], value: 'home' }).ok).toBe(false);
  });

  it('renaming a page points every link to it at the new address (header and sections), as one undoable step', () => {
    // The home page's order button and a link to a look-alike address (/blogs) that must stay.
    const withLinks = apply(veganBakery, {
      op: 'batch',
      ops: [
        {
          op: 'set-field',
          page: '',
          sectionId: veganBakery.pages[0]!.sections.find((s) => s.type === 'hero')!.id,
          path: ['primaryCta', 'href'],
          value: '/blog#latest',
        },
        {
          op: 'set-field',
          page: '',
          sectionId: veganBakery.pages[0]!.sections.find((s) => s.type === 'hero')!.id,
          path: ['secondaryCta', 'href'],
          value: '/blogs',
        },
      ],
    }).document;
    const renamed = apply(withLinks, renamePageOp(withLinks, 'blog', 'news'));
    expect(renamed.document.pages.map((page) => page.slug)).toContain('news');
    expect(renamed.document.navigation).toContainEqual({ labelKey: 'nav.blog', href: '/news' });
    const hero = renamed.document.pages[0]!.sections.find((s) => s.type === 'hero') as unknown as {
      primaryCta: { href: string };
      secondaryCta: { href: string };
    };
    expect(hero.primaryCta.href).toBe('/news#latest');
    expect(hero.secondaryCta.href).toBe('/blogs');
    expect(JSON.stringify(renamed.document)).not.toMatch(/"\/blog(["#?])/);
    expect(apply(renamed.document, renamed.inverse).document).toEqual(withLinks);
    // Nothing to do, or an address another page has: no operation.
    expect(renamePageOp(withLinks, 'blog', 'blog')).toBeNull();
    expect(renamePageOp(withLinks, 'blog', 'blog/sourdough-without-eggs')).toBeNull();
    expect(renamePageOp(withLinks, '', 'home')).toBeNull();
  });

  it('a renamed page of a generated site still passes the pre-publish link check', () => {
    const site = composeOfflineSite({ prompt: 'A landing page for a vegan bakery in Lisbon called Crumb Pages', locales: ['en'] });
    const added = apply(site, newPageOp(site, { kind: 'page', title: 'Catering', today: '2026-11-23' })!.op).document;
    const linked = apply(added, {
      op: 'set-site-field',
      path: ['navigation'],
      value: [...(added.navigation ?? []), { labelKey: added.pages.at(-1)!.titleKey, href: '/catering' }],
    }).document;
    const renamed = apply(linked, renamePageOp(linked, 'catering', 'events')).document;
    const errors = checkSite(renamed, buildSite(renamed, { baseUrl: 'https://crumb.example' }).files).filter(
      (result) => result.level === 'error',
    );
    expect(errors).toEqual([]);
  });

  it('removes a page with the texts only it used, never the home page', () => {
    const removed = apply(veganBakery, removePageOp(veganBakery, 'blog/sourdough-without-eggs'));
    expect(removed.document.i18n.strings.en!['post1.body']).toBeUndefined();
    expect(apply(removed.document, removed.inverse).document).toEqual(veganBakery);
    expect(applyEdit(veganBakery, removePageOp(veganBakery, '')!).ok).toBe(false);
  });

  it('writes a title and a first description, social images and the logo, each undone exactly', () => {
    const ops = [
      pageTextOp(veganBakery, 'blog', 'titleKey', 'pt-BR', 'Notícias'),
      pageTextOp(veganBakery, '', 'descriptionKey', 'en', 'Vegan bread in Lisbon'),
      socialImageOp('blog', FILE),
      socialImageOp(null, null),
      logoOp(veganBakery, 'en', { fileId: FILE, width: 400, height: 100, alt: 'Bakery logo' }),
    ];
    for (const op of ops) {
      const result = apply(veganBakery, op);
      expect(apply(result.document, result.inverse).document).toEqual(veganBakery);
    }
    const home = apply(veganBakery, ops[1]!).document;
    const html = renderPage(home, { pageSlug: '', locale: 'en', mode: 'preview' });
    expect(html).toContain('<meta name="description" content="Vegan bread in Lisbon">');
  });

  it('refuses re-pointing a text, touching sections or the theme through page and site fields', () => {
    const refusals: EditOperation[] = [
      { op: 'set-page-field', page: 'blog', path: ['titleKey'], value: 'hero.title' },
      { op: 'set-page-field', page: 'blog', path: ['sections'], value: [] },
      { op: 'set-site-field', path: ['site', 'nameKey'], value: 'hero.title' },
      { op: 'set-site-field', path: ['site'], value: { nameKey: 'hero.title' } },
      { op: 'set-site-field', path: ['theme', 'radius'], value: 'lg' },
      { op: 'set-site-field', path: ['seo', 'socialImage'], value: 'javascript:alert(1)' },
    ];
    for (const op of refusals) expect(applyEdit(veganBakery, op).ok, JSON.stringify(op)).toBe(false);
  });
});
