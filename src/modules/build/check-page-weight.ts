import { gzipSync } from 'node:zlib';
import type { HtmlPage } from './html-page';
import { resolveSitePath } from './resolve-site-path';
import { summarizeCheck } from './summarize-check';
import type { BuiltFile, CheckResult } from './types';

export const PAGE_WEIGHT_WARNING_BYTES = 30 * 1024;
export const PAGE_WEIGHT_ERROR_BYTES = 150 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Root-relative stylesheets and scripts a page loads (images are excluded from the budget). */
function subresourcesOf(page: HtmlPage, filePaths: ReadonlySet<string>): string[] {
  const urls = page.tags.flatMap((tag) => {
    if (tag.isClosing) return [];
    if (tag.name === 'link' && tag.attributes.rel?.split(/\s+/).includes('stylesheet') && tag.attributes.href) return [tag.attributes.href];
    if (tag.name === 'script' && tag.attributes.src) return [tag.attributes.src];
    return [];
  });
  return [
    ...new Set(
      urls.filter((url) => url.startsWith('/') && !url.startsWith('//')).map((url) => resolveSitePath(url.split(/[?#]/)[0], filePaths)),
    ),
  ].filter((path): path is string => path !== undefined);
}

/**
 * What a first visit to each page transfers, gzipped as the host will serve it: the HTML plus
 * the CSS and scripts it loads, without images. Above 30 KB is a warning (slow on a weak
 * mobile connection), above 150 KB an error.
 */
export function checkPageWeight(pages: readonly HtmlPage[], files: readonly BuiltFile[]): CheckResult[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const filePaths = new Set(byPath.keys());
  const gzipped = new Map<string, number>();
  const gzippedSize = (path: string) => {
    let size = gzipped.get(path);
    if (size === undefined) {
      const file = byPath.get(path);
      size = file ? gzipSync(file.body).byteLength : 0;
      gzipped.set(path, size);
    }
    return size;
  };

  const errors: string[] = [];
  const warnings: string[] = [];
  let heaviest = { path: '', bytes: 0 };
  for (const page of pages) {
    const bytes = gzippedSize(page.path) + subresourcesOf(page, filePaths).reduce((sum, path) => sum + gzippedSize(path), 0);
    if (bytes > heaviest.bytes) heaviest = { path: page.path, bytes };
    const line = `${page.path}: ${kb(bytes)} gzipped`;
    if (bytes > PAGE_WEIGHT_ERROR_BYTES) errors.push(`${line} (limit ${kb(PAGE_WEIGHT_ERROR_BYTES)})`);
    else if (bytes > PAGE_WEIGHT_WARNING_BYTES) warnings.push(`${line} (aim for under ${kb(PAGE_WEIGHT_WARNING_BYTES)})`);
  }

  return summarizeCheck(
    'page-weight',
    { errors, warnings },
    {
      error: (count) => `${count === 1 ? 'One page is' : `${count} pages are`} too heavy to publish; shorten the text or split the page.`,
      warning: (count) => `${count === 1 ? 'One page is' : `${count} pages are`} heavier than recommended and may load slowly on phones.`,
      ok: heaviest.path
        ? `Pages are light: the heaviest, ${heaviest.path}, is ${kb(heaviest.bytes)} gzipped without images.`
        : 'There are no pages to weigh.',
    },
  );
}
