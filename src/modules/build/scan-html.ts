// A small, forgiving reader for the HTML our own renderer and build write (every '<' in text
// and in the JSON-LD block is escaped, attribute values are double-quoted). It lists tags and
// their attributes in order; it is not a general HTML parser and does not need to be one.

export type HtmlTag = {
  name: string;
  isClosing: boolean;
  attributes: Record<string, string>;
  /** Offsets of the tag itself in the page. */
  start: number;
  end: number;
};

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function scanHtmlTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  for (const match of html.matchAll(TAG)) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[3] ?? '').matchAll(ATTRIBUTE)) {
      attributes[attribute[1].toLowerCase()] = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
    }
    const start = match.index ?? 0;
    tags.push({ name: match[2].toLowerCase(), isClosing: match[1] === '/', attributes, start, end: start + match[0].length });
  }
  return tags;
}
