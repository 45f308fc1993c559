import { scanHtmlTags, type HtmlTag } from './scan-html';
import type { BuiltFile } from './types';

/** A built HTML file, decoded and scanned once for all the checks. */
export type HtmlPage = { path: string; html: string; tags: HtmlTag[] };

const decoder = new TextDecoder();

export function toHtmlPages(files: readonly BuiltFile[]): HtmlPage[] {
  return files
    .filter((file) => file.contentType.startsWith('text/html'))
    .map((file) => {
      const html = decoder.decode(file.body);
      return { path: file.path, html, tags: scanHtmlTags(html) };
    });
}
