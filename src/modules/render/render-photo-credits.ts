import { STOCK_PROVIDER_NAMES, type ImageCredit } from '@/modules/document/primitives';
import type { Section } from '@/modules/document/section-registry';
import { escapeAttr, escapeHtml } from './escape-html';
import { isPhotoPlaceholder } from '@/modules/document/photo-placeholder';
import type { RenderContext } from './render-context';
import { safeUrl } from './safe-url';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The credits of the photos this page shows (each photographer once, in page order), by provider. */
function creditsOn(ctx: RenderContext, sections: readonly Section[]): Map<ImageCredit['provider'], ImageCredit[]> {
  const byProvider = new Map<ImageCredit['provider'], ImageCredit[]>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isRecord(value)) return;
    const credit = value.credit as ImageCredit | undefined;
    if (typeof value.src === 'string' && credit && !isPhotoPlaceholder(value.src) && ctx.hasImage(value.src)) {
      const list = byProvider.get(credit.provider) ?? [];
      if (!list.some((known) => known.url === credit.url)) list.push(credit);
      byProvider.set(credit.provider, list);
    }
    Object.values(value).forEach(visit);
  };
  visit(ctx.page.post?.cover ? [ctx.page.post.cover, sections] : sections);
  return byProvider;
}

const link = (url: string, text: string) => `<a href="${escapeAttr(safeUrl(url))}" rel="noopener">${escapeHtml(text)}</a>`;

/**
 * "Photos by Anna Lima and João Pereira on Unsplash" under the page's content, with the links the
 * provider asks for (the photographer's page and the provider's, both with its referral
 * parameters, kept in the credit). Only for the photos the page really shows; '' when none has a
 * credit. Names are joined the way the page's language joins a list (Intl.ListFormat).
 */
export function renderPhotoCredits(ctx: RenderContext, sections: readonly Section[]): string {
  const lines = [...creditsOn(ctx, sections).entries()].map(([provider, credits]) => {
    const parts = new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).formatToParts(credits.map((credit) => credit.name));
    let index = 0;
    const names = parts
      .map((part) => (part.type === 'element' ? link(credits[index++]!.url, part.value) : escapeHtml(part.value)))
      .join('');
    const template = credits.length === 1 ? ctx.ui.photoBy : ctx.ui.photosBy;
    // The template is ours (ui-strings.ts); the two placeholders take already-escaped markup.
    const text = escapeHtml(template)
      .replace('{names}', () => names)
      .replace('{provider}', () => link(credits[0]!.providerUrl, STOCK_PROVIDER_NAMES[provider]));
    return `<p>${text}</p>`;
  });
  return lines.length > 0 ? `<div class="wrap pm-cr">${lines.join('')}</div>` : '';
}
