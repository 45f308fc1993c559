import type { HtmlPage } from './html-page';
import { htmlToText } from './html-to-text';
import { plural } from './plural';
import { summarizeCheck } from './summarize-check';
import type { CheckResult } from './types';

const HEADING = /^h([1-6])$/;

function quote(text: string): string {
  return text.length > 60 ? `"${text.slice(0, 57)}…"` : `"${text}"`;
}

/**
 * Screen-reader users navigate by headings: one h1 per page, and no level skipped on the way
 * down (h2 → h4). Both are warnings — the page still works, it is just harder to use.
 */
export function checkHeadingOrder(pages: readonly HtmlPage[]): CheckResult[] {
  const warnings: string[] = [];

  for (const page of pages) {
    const headings = page.tags
      .map((tag, index) => ({ tag, match: tag.isClosing ? null : HEADING.exec(tag.name), index }))
      .filter((entry) => entry.match !== null)
      .map(({ tag, match, index }) => {
        const close = page.tags.slice(index + 1).find((candidate) => candidate.isClosing && candidate.name === tag.name);
        return { level: Number(match?.[1]), text: htmlToText(page.html.slice(tag.end, close?.start ?? tag.end)) };
      });

    const h1Count = headings.filter((heading) => heading.level === 1).length;
    if (h1Count === 0) warnings.push(`${page.path}: no main heading (h1)`);
    if (h1Count > 1) warnings.push(`${page.path}: ${h1Count} main headings (h1); a page should have one`);

    let previous = 0;
    for (const heading of headings) {
      if (heading.level > previous + 1) {
        const from = previous === 0 ? 'the start of the page' : `h${previous}`;
        warnings.push(`${page.path}: h${heading.level} ${quote(heading.text)} follows ${from}, skipping a level`);
      }
      previous = heading.level;
    }
  }

  return summarizeCheck(
    'heading-order',
    { errors: [], warnings },
    {
      warning: (count) => `${plural(count, 'heading problem')} make the pages harder to navigate with a screen reader.`,
      ok: 'Headings are in order on every page.',
    },
  );
}
