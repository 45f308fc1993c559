import type { HtmlPage } from './html-page';
import { htmlToText } from './html-to-text';
import { plural } from './plural';
import { summarizeCheck } from './summarize-check';
import type { CheckResult } from './types';

const describe = (src: string | undefined) => (src ? `image ${src}` : 'an image');

/** Marked decorative on purpose, so an empty alt is correct. */
const isDecorative = (attributes: Record<string, string>) =>
  attributes.role === 'presentation' || attributes.role === 'none' || attributes['aria-hidden'] === 'true';

/**
 * Every image needs an alt attribute (error: a screen reader would read the file name). An
 * empty alt is a warning — the image says nothing to people who cannot see it — except where
 * it is right: decorative images, and an image inside a link that has its own text (the
 * header's logo next to the site name).
 */
export function checkAltText(pages: readonly HtmlPage[]): CheckResult[] {
  const errors: string[] = [];
  const warnings: string[] = [];

  for (const page of pages) {
    // Images with empty alt inside the link currently open; judged when the link closes.
    const openLinks: { contentStart: number; emptyAltImages: string[] }[] = [];
    for (const tag of page.tags) {
      if (tag.name === 'a' && !tag.isClosing) {
        openLinks.push({ contentStart: tag.end, emptyAltImages: [] });
      } else if (tag.name === 'a' && tag.isClosing) {
        const link = openLinks.pop();
        if (link && link.emptyAltImages.length > 0 && htmlToText(page.html.slice(link.contentStart, tag.start)) === '') {
          for (const src of link.emptyAltImages)
            errors.push(`${page.path}: ${describe(src)} is the only content of a link and has no alt text, so the link has no name`);
        }
      } else if (tag.name === 'img' && !tag.isClosing) {
        const { attributes } = tag;
        if (attributes.alt === undefined) {
          errors.push(`${page.path}: ${describe(attributes.src)} has no alt attribute`);
        } else if (attributes.alt.trim() === '' && !isDecorative(attributes)) {
          const link = openLinks.at(-1);
          if (link) link.emptyAltImages.push(attributes.src ?? '');
          else warnings.push(`${page.path}: ${describe(attributes.src)} has no description (alt text)`);
        }
      }
    }
  }

  return summarizeCheck(
    'alt-text',
    { errors, warnings },
    {
      error: (count) => `${plural(count, 'image')} cannot be understood by screen-reader users.`,
      warning: (count) => `${plural(count, 'image')} without a description (alt text).`,
      ok: 'Every image has a description.',
    },
  );
}
