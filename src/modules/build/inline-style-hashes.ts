import { createHash } from 'node:crypto';

// The build writes its one <style> without attributes; a document's own text can't open one
// (every '<' in text, attributes and the JSON-LD block is escaped by the renderer).
const STYLE_ELEMENT = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style\s*>/gi;

/**
 * The CSP hash sources of a page's inline `<style>` elements ("sha256-<base64>", the form a
 * `style-src` directive takes in quotes), in order of appearance, without repeats. A browser
 * applies an inline style only when the SHA-256 of its exact text (UTF-8, between the tags) is
 * listed, so the host serves each page with these in its CSP — never 'unsafe-inline'.
 */
export function inlineStyleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(STYLE_ELEMENT)) {
    hashes.add(
      `sha256-${createHash('sha256')
        .update(match[1] ?? '', 'utf8')
        .digest('base64')}`,
    );
  }
  return [...hashes];
}
