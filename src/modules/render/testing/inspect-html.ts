// A deliberately loose HTML reader for tests: enough to list tags and attributes of the
// renderer's own output (which escapes every `<` in text), not a general parser.

export type Tag = { name: string; isClosing: boolean; attributes: Record<string, string>; raw: string };

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.matchAll(TAG)) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[3] ?? '').matchAll(ATTRIBUTE)) {
      attributes[attribute[1].toLowerCase()] = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
    }
    tags.push({ name: match[2].toLowerCase(), isClosing: match[1] === '/', attributes, raw: match[0] });
  }
  return tags;
}

export function openTags(html: string, name?: string): Tag[] {
  return scanTags(html).filter((tag) => !tag.isClosing && (name === undefined || tag.name === name));
}

/** Heading levels in document order, e.g. [1, 2, 3, 3, 2]. */
export function headingLevels(html: string): number[] {
  return openTags(html)
    .filter((tag) => /^h[1-6]$/.test(tag.name))
    .map((tag) => Number(tag.name[1]));
}

/** Text between the first `<name ...>` and its closing tag (no nesting support). */
export function innerOf(html: string, name: string): string | undefined {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(html);
  return match?.[1];
}

/** Decodes the few entities escapeHtml produces, to compare visible text. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
