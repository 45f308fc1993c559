import { findKeysIn } from '@/modules/document/find-keys-in';
import type { Link } from '@/modules/document/primitives';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { navigationLinks } from '@/modules/render/render-header';
import type { EditOperation } from './edit-operation';
import { keyMaker } from './new-content';

// The header menu and the footer's links, edited in the editor's Menu and links panel.
// apply-edit.ts never lets an edit re-point a `…Key` field, and a list cannot lose an entry by
// `set-site-field`; so a changed menu is written as "remove the menu, add the new one" (both
// allowed, and exact to undo), with texts for new labels added and texts no longer shown dropped.

type Strings = Record<string, Record<string, string>>;

/** The menu the header shows now: the stored one, or the list of pages the renderer makes without one. */
export function currentNavigation(document: SiteDocument): Link[] {
  return navigationLinks(document);
}

/** Whether the header shows a menu the person has not set (the automatic list of pages). */
export function isAutomaticNavigation(document: SiteDocument): boolean {
  return !document.navigation || document.navigation.length === 0;
}

/** Replaces the header menu by `links` (texts of new labels in `strings`) as one operation. */
export function replaceNavigationOp(document: SiteDocument, links: Link[], strings: Strings = {}): EditOperation {
  const ops: EditOperation[] = Object.entries(strings).flatMap(([locale, table]) =>
    Object.entries(table).map(([key, value]) => ({ op: 'set-text' as const, locale, key, value })),
  );
  if (document.navigation) ops.push({ op: 'set-site-field', path: ['navigation'] });
  if (links.length > 0) ops.push({ op: 'set-site-field', path: ['navigation'], value: links });
  // Labels no longer shown anywhere (a page's title used as a label stays).
  const kept = new Set(findKeysIn({ ...document, navigation: links, i18n: undefined }));
  const dropped = new Set((document.navigation ?? []).map((link) => link.labelKey).filter((key) => !kept.has(key)));
  for (const key of dropped)
    for (const [locale, table] of Object.entries(document.i18n.strings))
      if (Object.hasOwn(table, key)) ops.push({ op: 'set-text', locale, key, value: null });
  return { op: 'batch', ops };
}

/** Adds a menu entry at the end, its label in every language until translated. */
export function addNavigationLinkOp(document: SiteDocument, link: { label: string; href: string }): EditOperation | null {
  const links = currentNavigation(document);
  if (links.length >= 8) return null;
  const { make, strings } = keyMaker(document);
  const labelKey = make(`nav.link-${links.length + 1}`, link.label);
  return replaceNavigationOp(document, [...links, { labelKey, href: link.href }], strings);
}

export function removeNavigationLinkOp(document: SiteDocument, index: number): EditOperation | null {
  const links = currentNavigation(document);
  if (index < 0 || index >= links.length) return null;
  return replaceNavigationOp(
    document,
    links.filter((_, position) => position !== index),
  );
}

export function moveNavigationLinkOp(document: SiteDocument, from: number, to: number): EditOperation | null {
  const links = [...currentNavigation(document)];
  if (from === to || from < 0 || to < 0 || from >= links.length || to >= links.length) return null;
  const [link] = links.splice(from, 1);
  links.splice(to, 0, link!);
  return replaceNavigationOp(document, links);
}

/**
 * Points menu entry `index` somewhere else. An automatic menu becomes the person's own first
 * (the same entries), in the same step.
 */
export function setNavigationHrefOp(document: SiteDocument, index: number, href: string): EditOperation | null {
  const links = currentNavigation(document);
  if (index < 0 || index >= links.length) return null;
  if (!isAutomaticNavigation(document)) return { op: 'set-site-field', path: ['navigation', index, 'href'], value: href };
  return replaceNavigationOp(
    document,
    links.map((link, position) => (position === index ? { ...link, href } : link)),
  );
}

/**
 * The label of menu entry `index` in one language. An automatic entry shows its page's title,
 * which the menu must not rename: it gets a label of its own (the new text in this language,
 * the title in the others).
 */
export function setNavigationLabelOp(document: SiteDocument, index: number, locale: string, label: string): EditOperation | null {
  const links = currentNavigation(document);
  const link = links[index];
  if (!link) return null;
  if (!isAutomaticNavigation(document)) return { op: 'set-text', locale, key: link.labelKey, value: label };
  const { make, strings } = keyMaker(document);
  const labelKey = make(`nav.link-${index + 1}`);
  for (const [other, table] of Object.entries(strings))
    table[labelKey] = other === locale ? label : (document.i18n.strings[other]?.[link.labelKey] ?? label);
  return replaceNavigationOp(
    document,
    links.map((entry, position) => (position === index ? { ...entry, labelKey } : entry)),
    strings,
  );
}

/** The footer section whose links the panel edits: the home page's (other pages reuse it). */
export function footerOf(document: SiteDocument): { pageSlug: string; sectionId: string; links: Link[] } | null {
  for (const page of [...document.pages].sort((a, b) => (a.slug === '' ? -1 : b.slug === '' ? 1 : 0))) {
    const footer = page.sections.find((section) => section.type === 'footer');
    if (footer && footer.type === 'footer') return { pageSlug: page.slug, sectionId: footer.id, links: footer.links ?? [] };
  }
  return null;
}

/** Adds a footer link at the end (creating the list when the footer has none yet). */
export function addFooterLinkOp(document: SiteDocument, link: { label: string; href: string }): EditOperation | null {
  const footer = footerOf(document);
  if (!footer || footer.links.length >= 12) return null;
  const { make, strings } = keyMaker(document);
  const labelKey = make(`${footer.sectionId}.links.${footer.links.length}.label`, link.label);
  const item = { labelKey, href: link.href };
  const target = { page: footer.pageSlug, sectionId: footer.sectionId };
  if (footer.links.length > 0) return { op: 'insert-item', ...target, path: ['links'], index: footer.links.length, item, strings };
  const texts: EditOperation[] = Object.entries(strings).flatMap(([locale, table]) =>
    Object.entries(table).map(([key, value]) => ({ op: 'set-text' as const, locale, key, value })),
  );
  return { op: 'batch', ops: [...texts, { op: 'set-field', ...target, path: ['links'], value: [item] }] };
}

export function removeFooterLinkOp(document: SiteDocument, index: number): EditOperation | null {
  const footer = footerOf(document);
  const link = footer?.links[index];
  if (!footer || !link) return null;
  return { op: 'remove-item', page: footer.pageSlug, sectionId: footer.sectionId, path: ['links'], index, dropStrings: [link.labelKey] };
}

export function moveFooterLinkOp(document: SiteDocument, from: number, to: number): EditOperation | null {
  const footer = footerOf(document);
  if (!footer || from === to || from < 0 || to < 0 || from >= footer.links.length || to >= footer.links.length) return null;
  return { op: 'move-item', page: footer.pageSlug, sectionId: footer.sectionId, path: ['links'], from, to };
}

export function setFooterHrefOp(document: SiteDocument, index: number, href: string): EditOperation | null {
  const footer = footerOf(document);
  if (!footer?.links[index]) return null;
  return { op: 'set-field', page: footer.pageSlug, sectionId: footer.sectionId, path: ['links', index, 'href'], value: href };
}

export type LinkTarget = { href: string; pageSlug: string; sectionId?: string; sectionType?: string };

/**
 * Where a menu or footer link can lead inside the site: each page, and each visible section of
 * each page (the footer excepted). A one-page site uses bare anchors (`#team`), as generated;
 * with several pages the home page's sections are `/#team` so they work from every page.
 */
export function linkTargets(document: SiteDocument): LinkTarget[] {
  const isOnePage = document.pages.length === 1;
  return document.pages.flatMap((page) => {
    const path = page.slug === '' ? '/' : `/${page.slug}`;
    const sections = page.sections
      .filter((section) => section.type !== 'footer' && section.hidden !== true)
      .map((section) => ({
        href: isOnePage ? `#${section.id}` : `${path}#${section.id}`,
        pageSlug: page.slug,
        sectionId: section.id,
        sectionType: section.type,
      }));
    return [{ href: path, pageSlug: page.slug }, ...sections];
  });
}

/**
 * The target a link's `href` leads to, among `targets`: a bare "#team" (as the composer writes a
 * one-page menu) is the home page's section also once the site has a second page (its privacy page).
 */
export function findLinkTarget<T extends { href: string }>(targets: readonly T[], href: string): T | undefined {
  return (
    targets.find((target) => target.href === href) ??
    (href.startsWith('#') ? targets.find((target) => target.href === `/${href}`) : undefined)
  );
}
