import type { HtmlPage } from './html-page';
import { plural } from './plural';
import { resolveSitePath } from './resolve-site-path';
import type { HtmlTag } from './scan-html';
import { summarizeCheck } from './summarize-check';
import type { CheckResult } from './types';

// Any origin works for resolving relative URLs; this one can never be a real site.
const LOCAL = 'https://site.invalid';

/** Paths under /__ belong to the host (e.g. the contact form's POST /__forms/lead), not to the build. */
const isHostRoute = (pathname: string) => pathname.startsWith('/__');

type Reference = { url: string; isImage: boolean };

function referencesOf(tag: HtmlTag): Reference[] {
  if (tag.isClosing) return [];
  const { attributes } = tag;
  if ((tag.name === 'a' || tag.name === 'area') && attributes.href !== undefined) return [{ url: attributes.href, isImage: false }];
  if (tag.name === 'link' && attributes.href !== undefined) return [{ url: attributes.href, isImage: false }];
  if (tag.name === 'script' && attributes.src !== undefined) return [{ url: attributes.src, isImage: false }];
  if (tag.name === 'form' && attributes.action !== undefined) return [{ url: attributes.action, isImage: false }];
  if ((tag.name === 'img' || tag.name === 'source') && attributes.src !== undefined) return [{ url: attributes.src, isImage: true }];
  return [];
}

/** The URL path a built HTML file is published at: 'pt-BR/index.html' → '/pt-BR/'. */
function urlPathOf(filePath: string): string {
  return `/${filePath.replace(/(^|\/)index\.html$/, '$1')}`;
}

function decodeFragment(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/**
 * Links, stylesheets, scripts and form targets that point inside the site must reach a built
 * file, and a #fragment must name an element on its page: those are errors (a visitor would
 * hit a 404 or a dead anchor). Same-origin absolute URLs (canonical, hreflang) count as inside.
 * Images missing from the deployment and empty '#' links (left where an unsafe URL was
 * removed) are warnings. External URLs are not fetched.
 */
export function checkBrokenLinks(pages: readonly HtmlPage[], filePaths: ReadonlySet<string>): CheckResult[] {
  const idsByPath = new Map(
    pages.map((page) => [page.path, new Set(page.tags.map((tag) => tag.attributes.id).filter((id) => id !== undefined))]),
  );
  const errors: string[] = [];
  const warnings: string[] = [];

  for (const page of pages) {
    const canonical = page.tags.find((tag) => tag.name === 'link' && tag.attributes.rel === 'canonical')?.attributes.href;
    const siteOrigin = canonical && /^https?:\/\//i.test(canonical) ? new URL(canonical).origin : undefined;
    const base = LOCAL + urlPathOf(page.path);

    for (const { url, isImage } of page.tags.flatMap(referencesOf)) {
      if (url === '#' || url === '') {
        warnings.push(`${page.path}: a link has no destination ("${url}")`);
        continue;
      }
      let resolved: URL;
      try {
        resolved = new URL(url, base);
      } catch {
        errors.push(`${page.path}: "${url}" is not a valid address`);
        continue;
      }
      const isInside = resolved.origin === LOCAL || (siteOrigin !== undefined && resolved.origin === siteOrigin);
      if (!isInside || isHostRoute(resolved.pathname)) continue;

      const target = resolveSitePath(resolved.pathname, filePaths);
      if (!target) {
        if (isImage) warnings.push(`${page.path}: image ${url} is not part of this deployment`);
        else errors.push(`${page.path}: ${url} leads to a page that does not exist`);
        continue;
      }
      const fragment = resolved.hash ? decodeFragment(resolved.hash) : '';
      // "#top" scrolls to the top in every browser even without such an id (HTML spec).
      if (!fragment || fragment === 'top') continue;
      const ids = idsByPath.get(target);
      if (ids && !ids.has(fragment))
        errors.push(`${page.path}: ${url} points to a section ("#${fragment}") that is not on ${urlPathOf(target)}`);
    }
  }

  return summarizeCheck(
    'broken-links',
    { errors, warnings },
    {
      error: (count) => `${plural(count, 'broken internal link')} would lead visitors nowhere.`,
      warning: (count) => `${plural(count, 'link or image', 'links or images')} may not work as expected.`,
      ok: 'All internal links lead somewhere.',
    },
  );
}
