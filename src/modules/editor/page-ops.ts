import { findKeysIn } from '@/modules/document/find-keys-in';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { applyEdit } from './apply-edit';
import type { EditOperation } from './edit-operation';
import { blankSectionOp, keyMaker } from './new-content';

// The operations behind the editor's Pages and SEO panel. Each builds one operation (a batch is
// one undo step) from what the person typed; apply-edit.ts validates it through the schema.

type Strings = Record<string, Record<string, string>>;

const textOps = (strings: Strings): EditOperation[] =>
  Object.entries(strings).flatMap(([locale, table]) =>
    Object.entries(table).map(([key, value]) => ({ op: 'set-text' as const, locale, key, value })),
  );

/** "Pão de Queijo & Café!" → "pao-de-queijo-cafe": a page address from a title, in any language. */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'page';
}

/** `wanted`, or `wanted-2`, `wanted-3`… — the first address no page of the site has. */
export function freePageSlug(document: SiteDocument, wanted: string): string {
  const taken = new Set(document.pages.map((page) => page.slug));
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/** Where a value holds a bare anchor link (`href: "#menu"`), and that href. */
function anchorLinksIn(value: unknown, path: (string | number)[]): { path: (string | number)[]; href: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => anchorLinksIn(item, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([name, child]) =>
    name === 'href' && typeof child === 'string' && child.startsWith('#') && child.length > 1
      ? [{ path: [...path, name], href: child }]
      : anchorLinksIn(child, [...path, name]),
  );
}

/** A key prefix from an address: "blog/first-post" → "blog-first-post". */
const keyPrefixOf = (slug: string) => `page-${slug.replaceAll('/', '-')}`.slice(0, 80);

/**
 * A new page (with a blank hero, so it is never empty) or a blog post (dated `today`, under
 * blog/), placed after the existing pages. Its title is `title` in every language until someone
 * translates it — the editor marks such texts as left to translate.
 */
export function newPageOp(
  document: SiteDocument,
  input: { kind: 'page' | 'post'; title: string; today: string },
): { op: EditOperation; slug: string } | null {
  const base = slugFromTitle(input.title);
  const slug = freePageSlug(document, input.kind === 'post' ? `blog/${base}` : base);
  const prefix = keyPrefixOf(slug);
  const { make, strings } = keyMaker(document);
  const titleKey = make(`${prefix}.title`, input.title);
  const descriptionKey = make(`${prefix}.description`, input.title);
  const page: Record<string, unknown> = { slug, kind: input.kind, titleKey, descriptionKey, sections: [] };
  if (input.kind === 'post') {
    page.post = {
      date: input.today,
      authorKey: make(`${prefix}.author`, document.i18n.strings[document.i18n.defaultLocale]?.[document.site.nameKey] ?? input.title),
      excerptKey: descriptionKey,
      bodyKey: make(`${prefix}.body`),
    };
  }
  const insert: EditOperation = { op: 'insert-page', index: document.pages.length, page, strings };
  // A one-page site's header links are bare anchors ("#menu"): on a second page they would lead
  // nowhere (the pre-publish link check stops such a site), so they now name the home page.
  const anchors: EditOperation[] = (document.navigation ?? []).flatMap((link, index) =>
    link.href.startsWith('#') && link.href.length > 1
      ? [{ op: 'set-site-field' as const, path: ['navigation', index, 'href'], value: `/${link.href}` }]
      : [],
  );
  // …and so are the links of the footer, which every page shows.
  for (const page of document.pages)
    for (const section of page.sections)
      if (section.type === 'footer')
        for (const { path, href } of anchorLinksIn(section, []))
          anchors.push({ op: 'set-field', page: page.slug, sectionId: section.id, path, value: `/${href}` });
  const inserted = applyEdit(document, insert);
  const hero = input.kind === 'page' && inserted.ok ? blankSectionOp(inserted.document, slug, 'hero', 0) : null;
  const ops = [insert, ...(hero ? [hero] : []), ...anchors];
  return { op: ops.length === 1 ? insert : { op: 'batch', ops }, slug };
}

/** Where a value holds a link (`href`) that `matches`, and that href. */
function linksIn(
  value: unknown,
  path: (string | number)[],
  matches: (href: string) => boolean,
): { path: (string | number)[]; href: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => linksIn(item, [...path, index], matches));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([name, child]) =>
    name === 'href' && typeof child === 'string' && matches(child)
      ? [{ path: [...path, name], href: child }]
      : linksIn(child, [...path, name], matches),
  );
}

/**
 * Gives a page a new address and points every link to the old one — header, footer, buttons and
 * links inside any page's sections — at the new one, as one step (undo restores both). Without
 * the links the published site would have broken ones, which the pre-publish check refuses, and
 * the person would have to hunt them down by hand.
 */
export function renamePageOp(document: SiteDocument, from: string, to: string): EditOperation | null {
  if (!from || from === to || !document.pages.some((page) => page.slug === from)) return null;
  if (document.pages.some((page) => page.slug === to)) return null;
  const old = `/${from}`;
  // `/menu`, `/menu/`, `/menu#hours`, `/menu?x` — not `/menus` nor `/menu/child` (another page).
  const pointsAtOld = (href: string) => href === old || href === `${old}/` || href.startsWith(`${old}#`) || href.startsWith(`${old}?`);
  const moved = (href: string) => `/${to}${href.slice(old.length).replace(/^\/(?=$|[#?])/, '')}`;
  const ops: EditOperation[] = [{ op: 'set-page-field', page: from, path: ['slug'], value: to }];
  (document.navigation ?? []).forEach((link, index) => {
    if (pointsAtOld(link.href)) ops.push({ op: 'set-site-field', path: ['navigation', index, 'href'], value: moved(link.href) });
  });
  for (const page of document.pages) {
    // Sections are addressed by the page's address after the rename (the first op runs first).
    const pageSlug = page.slug === from ? to : page.slug;
    for (const section of page.sections)
      for (const { path, href } of linksIn(section, [], pointsAtOld))
        ops.push({ op: 'set-field', page: pageSlug, sectionId: section.id, path, value: moved(href) });
  }
  return ops.length === 1 ? ops[0]! : { op: 'batch', ops };
}

/** Removes a page with the texts only it used (undo puts both back). */
export function removePageOp(document: SiteDocument, slug: string): EditOperation | null {
  const page = document.pages.find((candidate) => candidate.slug === slug);
  return page ? { op: 'remove-page', page: slug, dropStrings: [...new Set(findKeysIn(page))] } : null;
}

/**
 * Sets a page's title or description in one language. A page without a description yet gets a
 * fresh key holding the text in every language (one step: the key and its texts together).
 */
export function pageTextOp(
  document: SiteDocument,
  slug: string,
  field: 'titleKey' | 'descriptionKey',
  locale: string,
  value: string,
): EditOperation | null {
  const page = document.pages.find((candidate) => candidate.slug === slug);
  if (!page) return null;
  const key = page[field];
  if (key) return { op: 'set-text', locale, key, value };
  const { make, strings } = keyMaker(document);
  const fresh = make(`${keyPrefixOf(slug)}.${field === 'titleKey' ? 'title' : 'description'}`, value);
  return { op: 'batch', ops: [...textOps(strings), { op: 'set-page-field', page: slug, path: [field], value: fresh }] };
}

/** A picture chosen in Files as a page's social image (`slug`), or the whole site's (null). */
export function socialImageOp(slug: string | null, fileId: string | null): EditOperation {
  const value = fileId ? `file:${fileId}` : undefined;
  return slug === null
    ? { op: 'set-site-field', path: ['seo', 'socialImage'], value }
    : { op: 'set-page-field', page: slug, path: ['socialImage'], value };
}

/** The site's logo from Files, with its description (alt text) in the language being edited. */
export function logoOp(
  document: SiteDocument,
  locale: string,
  picked: { fileId: string; width: number; height: number; alt: string } | null,
): EditOperation {
  if (!picked) return { op: 'set-site-field', path: ['site', 'logo'] };
  const size = { width: Math.min(8000, Math.max(1, picked.width)), height: Math.min(8000, Math.max(1, picked.height)) };
  const current = document.site.logo?.altKey;
  const logo = (altKey: string): EditOperation => ({
    op: 'set-site-field',
    path: ['site', 'logo'],
    value: { src: `file:${picked.fileId}`, altKey, ...size },
  });
  if (current) return { op: 'batch', ops: [{ op: 'set-text', locale, key: current, value: picked.alt }, logo(current)] };
  const { make, strings } = keyMaker(document);
  return { op: 'batch', ops: [...textOps(strings), logo(make('site.logo.alt', picked.alt))] };
}
