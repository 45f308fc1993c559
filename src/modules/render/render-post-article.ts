import { escapeAttr, escapeHtml, textToParagraphs } from './escape-html';
import type { RenderContext } from './render-context';
import { renderImage } from './render-image';
import { formatPostDate } from './sections/blog-list';
import { sampleBadge } from './sections/sample-badge';

/** A blog post's article: its title is the page's h1, then byline, cover and body text. */
export function renderPostArticle(ctx: RenderContext): string {
  const post = ctx.page.post;
  if (!post) return '';
  const author = ctx.t(post.authorKey);
  const byline = author ? `${escapeHtml(ctx.ui.by)} ${escapeHtml(author)} · ` : '';
  const cover = post.cover ? renderImage(ctx, post.cover, 'cover', 'cover') : '';
  return (
    `<article class="sec" aria-labelledby="post_title"><div class="wrap article"><h1 id="post_title">${ctx.text(ctx.page.titleKey)}</h1>` +
    `<p class="meta">${byline}<time datetime="${escapeAttr(post.date)}">${escapeHtml(formatPostDate(post.date, ctx.locale))}</time>${post.isSample ? sampleBadge(ctx) : ''}</p>` +
    `${cover}<div class="body">${textToParagraphs(ctx.t(post.bodyKey))}</div></div></article>`
  );
}
