import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { applyEdit } from './apply-edit';
import type { EditOperation } from './edit-operation';
import {
  addFooterLinkOp,
  addNavigationLinkOp,
  currentNavigation,
  findLinkTarget,
  footerOf,
  linkTargets,
  moveFooterLinkOp,
  moveNavigationLinkOp,
  removeFooterLinkOp,
  removeNavigationLinkOp,
  setFooterHrefOp,
  setNavigationHrefOp,
  setNavigationLabelOp,
} from './edit-navigation';
import { sampleSite } from './testing/sample-site';

function run(document: SiteDocument, op: EditOperation | null) {
  if (!op) throw new Error('no operation');
  const result = applyEdit(document, op);
  if (!result.ok) throw new Error(result.refusal.reason);
  // Every edit undoes exactly.
  const undone = applyEdit(result.document, result.inverse);
  if (!undone.ok) throw new Error(undone.refusal.reason);
  expect(undone.document).toEqual(document);
  return result.document;
}

const labels = (document: SiteDocument, locale = 'en') =>
  currentNavigation(document).map((link) => [document.i18n.strings[locale]![link.labelKey], link.href]);

describe('menu links', () => {
  it('adds, re-aims, renames, moves and removes entries', () => {
    let document = run(veganBakery, addNavigationLinkOp(veganBakery, { label: 'Reviews', href: '/#testimonials' }));
    expect(labels(document).at(-1)).toEqual(['Reviews', '/#testimonials']);
    expect(labels(document, 'pt-BR').at(-1)).toEqual(['Reviews', '/#testimonials']);
    document = run(document, setNavigationHrefOp(document, 4, '/#faq'));
    document = run(document, setNavigationLabelOp(document, 4, 'en', 'Questions'));
    document = run(document, moveNavigationLinkOp(document, 4, 0));
    expect(labels(document)[0]).toEqual(['Questions', '/#faq']);
    document = run(document, removeNavigationLinkOp(document, 0));
    expect(labels(document)).toEqual(labels(veganBakery));
    // The removed entry's label is gone from every language.
    expect(Object.values(document.i18n.strings).some((table) => Object.values(table).includes('Questions'))).toBe(false);
  });

  it('turns the automatic list of pages into the person’s own menu without renaming the pages', () => {
    const automatic = structuredClone(veganBakery);
    delete automatic.navigation;
    expect(labels(automatic).map(([, href]) => href)).toEqual(['/', '/blog']);
    const document = run(automatic, setNavigationLabelOp(automatic, 1, 'en', 'Our journal'));
    expect(labels(document)).toEqual([
      [automatic.i18n.strings.en![automatic.pages[0]!.titleKey], '/'],
      ['Our journal', '/blog'],
    ]);
    // The page's own title is untouched; the other language keeps showing it.
    expect(document.i18n.strings.en!['blog.title']).toBe(automatic.i18n.strings.en!['blog.title']);
    expect(labels(document, 'pt-BR')[1]![0]).toBe(automatic.i18n.strings['pt-BR']!['blog.title']);
    expect(run(automatic, setNavigationHrefOp(automatic, 0, '/#menu')).navigation?.[0]?.href).toBe('/#menu');
  });

  it('refuses nonsense positions', () => {
    expect(removeNavigationLinkOp(veganBakery, 9)).toBeNull();
    expect(moveNavigationLinkOp(veganBakery, 0, 0)).toBeNull();
  });
});

describe('footer links', () => {
  it('adds the first link, then more, re-aims, moves and removes them', () => {
    let document = run(veganBakery, addFooterLinkOp(veganBakery, { label: 'Menu', href: '/#menu' }));
    document = run(document, addFooterLinkOp(document, { label: 'Blog', href: '/blog' }));
    document = run(document, setFooterHrefOp(document, 0, '/#about'));
    document = run(document, moveFooterLinkOp(document, 1, 0));
    expect(footerOf(document)!.links.map((link) => link.href)).toEqual(['/blog', '/#about']);
    document = run(document, removeFooterLinkOp(document, 0));
    expect(footerOf(document)!.links.map((link) => [document.i18n.strings.en![link.labelKey], link.href])).toEqual([['Menu', '/#about']]);
  });
});

describe('link targets', () => {
  it('offers pages and their visible sections; one-page sites use bare anchors', () => {
    const targets = linkTargets(veganBakery).map((target) => target.href);
    expect(targets).toContain('/#menu');
    expect(targets).toContain('/blog');
    expect(targets).not.toContain('/#footer');
    const onePage = sampleSite();
    onePage.pages = [onePage.pages[0]!];
    onePage.navigation = [{ labelKey: 'nav.team', href: '#team' }];
    expect(linkTargets(onePage).map((target) => target.href)).toEqual(expect.arrayContaining(['/', '#team', '#contact']));
  });
});

describe('findLinkTarget', () => {
  it('finds a bare "#team" as the home page section once the site has several pages', () => {
    const targets = [{ href: '/' }, { href: '/#team' }, { href: '/privacy' }];
    expect(findLinkTarget(targets, '#team')).toEqual({ href: '/#team' });
    expect(findLinkTarget(targets, '/privacy')).toEqual({ href: '/privacy' });
    expect(findLinkTarget(targets, 'https://example.com')).toBeUndefined();
    expect(findLinkTarget([{ href: '#team' }], '#team')).toEqual({ href: '#team' });
  });
});
