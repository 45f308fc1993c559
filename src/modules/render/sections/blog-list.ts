import type { Page } from '@/modules/document/site-document-schema';
import { escapeAttr, escapeHtml } from '../escape-html';
import { pagePath } from '../page-path';
import type { RenderContext } from '../render-context';
import { sampleBadge } from './sample-badge';
import { renderHead, renderText, type SectionRenderer } from './section-kit';

/** "2025-03-14" in the page's locale, computed in UTC so every server renders the same bytes. */
// Creating an Intl.DateTimeFormat costs far more than formatting with one (it was the build's
// hottest function): one per locale, kept. A locale Intl refuses is remembered as null.
const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

function dateFormatFor(locale: string): Intl.DateTimeFormat | null {
  let format = dateFormats.get(locale);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      format = null;
    }
    if (dateFormats.size < 200) dateFormats.set(locale, format);
  }
  return format;
}

export function formatPostDate(date: string, locale: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  try {
    return dateFormatFor(locale)?.format(parsed) ?? date;
  } catch {
    return date;
  }
}

/** Posts newest first; ties broken by slug so the order never depends on input order alone. */
export function listPosts(ctx: RenderContext): Page[] {
  return ctx.document.pages
    .filter((page) => page.kind === 'post' && page.post)
    .sort((a, b) => (b.post?.date ?? '').localeCompare(a.post?.date ?? '') || a.slug.localeCompare(b.slug));
}

export const blogListRenderer: SectionRenderer<'blog-list'> = {
  render(section, ctx, levels) {
    const posts = listPosts(ctx)
      .slice(0, section.limit ?? 12)
      .map((post) => {
        const date = post.post?.date ?? '';
        const href = escapeAttr(pagePath(ctx.document, post.slug, ctx.locale));
        return (
          `<li class="card post"><${levels.item}><a href="${href}">${ctx.text(post.titleKey)}</a>${post.post?.isSample ? sampleBadge(ctx) : ''}</${levels.item}>` +
          `<p class="muted"><time datetime="${escapeAttr(date)}">${escapeHtml(formatPostDate(date, ctx.locale))}</time></p>` +
          renderText(ctx, 'p', post.post?.excerptKey) +
          '</li>'
        );
      })
      .join('');
    return `${renderHead(ctx, section.id, levels, section.titleKey, section.introKey)}${posts ? `<ul class="grid" role="list">${posts}</ul>` : ''}`;
  },
  css: `
.post h2 a,.post h3 a{color:var(--tx);text-decoration:none}
.post h2 a:hover,.post h3 a:hover{color:var(--ln);text-decoration:underline}
.s-blog-list.v-list .grid{grid-template-columns:1fr;max-width:48rem}
`,
};
