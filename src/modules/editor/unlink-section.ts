import { findKeysIn } from '@/modules/document/find-keys-in';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { EditOperation } from './edit-operation';
import { replaceNavigationOp } from './edit-navigation';

// A section that is deleted or hidden is no longer on its page, so every link to it (a header
// menu entry "Team", a footer link, a hero button "Meet us") would lead nowhere — and the
// pre-publish link check then blocks publishing with a message about "#team" that a new user
// cannot act on. So the links go with the section, in the same undo step:
// - menu entries and footer links (lists of links, where an entry without a destination makes
//   no sense) are removed;
// - buttons (one link in its place, often required by the section) are pointed at the page's
//   contact section, or else the top of the page, and can be re-aimed in the editor.

type Path = (string | number)[];
type Found = { path: Path; href: string };

/** Where `value` holds a link whose `href` matches, and that href. */
function linksIn(value: unknown, path: Path, matches: (href: string) => boolean): Found[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => linksIn(item, [...path, index], matches));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([name, child]) =>
    name === 'href' && typeof child === 'string' && matches(child) ? [{ path, href: child }] : linksIn(child, [...path, name], matches),
  );
}

/** `/#team`, `/menu#team` (and with a trailing slash): the section from any page. */
function absoluteAnchors(pageSlug: string, sectionId: string): string[] {
  const page = pageSlug === '' ? '/' : `/${pageSlug}`;
  return [`${page}#${sectionId}`, ...(pageSlug === '' ? [] : [`${page}/#${sectionId}`])];
}

/**
 * Whether `href` leads to the section. A bare `#team` means "on this page" inside a page's
 * sections; in the header and footer, which every page shows, it means the home page (the
 * one-page site's convention, see page-ops.ts).
 */
function pointsAt(href: string, target: { pageSlug: string; sectionId: string }, shownOn: string | 'everywhere'): boolean {
  if (absoluteAnchors(target.pageSlug, target.sectionId).includes(href)) return true;
  const bareMeans = shownOn === 'everywhere' ? '' : shownOn;
  return href === `#${target.sectionId}` && bareMeans === target.pageSlug;
}

/** Where a button that lost its section now leads: the contact section, or the top of the page. */
function fallbackHref(document: SiteDocument, target: { pageSlug: string; sectionId: string }, linkPage: string | null): string {
  const page = document.pages.find((candidate) => candidate.slug === target.pageSlug);
  const contact = page?.sections.find(
    (section) => section.type === 'contact' && section.hidden !== true && section.id !== target.sectionId,
  );
  const isSamePage = linkPage === target.pageSlug;
  if (contact) return isSamePage ? `#${contact.id}` : `${target.pageSlug === '' ? '/' : `/${target.pageSlug}`}#${contact.id}`;
  // "#top" scrolls to the top in every browser and the link check accepts it (HTML spec).
  return isSamePage ? '#top' : target.pageSlug === '' ? '/' : `/${target.pageSlug}`;
}

/** The operations that remove or re-aim every link to a section (none when nothing links to it). */
export function unlinkSectionOps(document: SiteDocument, pageSlug: string, sectionId: string): EditOperation[] {
  const target = { pageSlug, sectionId };
  const ops: EditOperation[] = [];

  const navigation = document.navigation ?? [];
  const keptLinks = navigation.filter((link) => !pointsAt(link.href, target, 'everywhere'));
  if (keptLinks.length !== navigation.length) ops.push(...replaceNavigationOps(document, keptLinks));

  for (const page of document.pages) {
    for (const section of page.sections) {
      if (page.slug === pageSlug && section.id === sectionId) continue;
      const shownOn = section.type === 'footer' ? 'everywhere' : page.slug;
      const found = linksIn(section, [], (href) => pointsAt(href, target, shownOn));
      // A link that is an entry of a list (footer links) is removed: from the last so the
      // positions of the earlier ones stay right.
      const entries = found.filter(({ path }) => typeof path.at(-1) === 'number').reverse();
      const buttons = found.filter(({ path }) => typeof path.at(-1) !== 'number');
      for (const { path } of buttons)
        ops.push({
          op: 'set-field',
          page: page.slug,
          sectionId: section.id,
          path: [...path, 'href'],
          value: fallbackHref(document, target, section.type === 'footer' ? null : page.slug),
        });
      for (const { path } of entries) {
        const index = path.at(-1) as number;
        const list = path.slice(0, -1);
        let item: unknown = section;
        for (const segment of path) item = (item as Record<string | number, unknown>)[segment];
        ops.push({ op: 'remove-item', page: page.slug, sectionId: section.id, path: list, index, dropStrings: findKeysIn(item) });
      }
    }
  }
  return ops;
}

/** Deletes a section with its texts and every link to it: one undo step. */
export function removeSectionOp(document: SiteDocument, pageSlug: string, sectionId: string): EditOperation | null {
  return withLinksUndone(document, pageSlug, sectionId, (section) => ({
    op: 'remove-section',
    page: pageSlug,
    sectionId,
    dropStrings: [...new Set(findKeysIn(section))],
  }));
}

/** Hides a section (kept in the draft, not on the site) and removes or re-aims the links to it: one undo step. */
export function hideSectionOp(document: SiteDocument, pageSlug: string, sectionId: string): EditOperation | null {
  return withLinksUndone(document, pageSlug, sectionId, () => ({
    op: 'set-field',
    page: pageSlug,
    sectionId,
    path: ['hidden'],
    value: true,
  }));
}

/** `change` to the section, after the operations that remove or re-aim every link to it, as one batch. */
function withLinksUndone(
  document: SiteDocument,
  pageSlug: string,
  sectionId: string,
  change: (section: SiteDocument['pages'][number]['sections'][number]) => EditOperation,
): EditOperation | null {
  const section = document.pages.find((page) => page.slug === pageSlug)?.sections.find((candidate) => candidate.id === sectionId);
  if (!section) return null;
  return { op: 'batch', ops: [...unlinkSectionOps(document, pageSlug, sectionId), change(section)] };
}

/** The menu without the entries to the section, as a list of operations to join the batch. */
function replaceNavigationOps(document: SiteDocument, links: NonNullable<SiteDocument['navigation']>): EditOperation[] {
  const op = replaceNavigationOp(document, links);
  return op.op === 'batch' ? op.ops : [op];
}
