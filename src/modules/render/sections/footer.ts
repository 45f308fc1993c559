import { sampleBadge } from './sample-badge';
import type { SectionOf } from '@/modules/document/section-registry';
import { escapeAttr, escapeHtml } from '../escape-html';
import type { RenderContext } from '../render-context';
import { renderLink, renderText, type SectionRenderer } from './section-kit';

const NETWORK_NAMES: Record<string, string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  x: 'X',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  pinterest: 'Pinterest',
};

/**
 * The page's <footer> landmark. Pages without their own footer section reuse the home page's
 * (the caller decides); with none at all we still print the site name so every page has one.
 */
export function renderFooter(ctx: RenderContext, section: SectionOf<'footer'> | undefined): string {
  const nameSample = ctx.document.site.isNameSample === true ? sampleBadge(ctx) : '';
  const name = `<p class="ft-name">${ctx.text(ctx.document.site.nameKey)}${nameSample}</p>${renderText(ctx, 'p', section?.taglineKey)}`;
  const links = (section?.links ?? []).map((link) => renderLink(ctx, link)).filter(Boolean);
  const social = (section?.social ?? []).map(
    (profile) =>
      `<li><a href="${escapeAttr(ctx.href(profile.href))}" rel="me noopener">${escapeHtml(NETWORK_NAMES[profile.network] ?? profile.network)}</a></li>`,
  );
  const nav =
    links.length > 0
      ? `<nav aria-label="${escapeAttr(ctx.ui.footerNavigation)}"><ul>${links.map((link) => `<li>${link}</li>`).join('')}</ul></nav>`
      : '';
  const socialList = social.length > 0 ? `<ul aria-label="${escapeAttr(ctx.ui.socialLinks)}">${social.join('')}</ul>` : '';
  const variant = section?.variant === 'columns' ? ' v-columns' : '';
  return `<footer class="ft${variant}"><div class="wrap ft-in"><div>${name}</div>${nav}${socialList}${renderText(ctx, 'p', section?.copyrightKey, 'copy')}</div></footer>`;
}

export const footerRenderer: SectionRenderer<'footer'> = {
  render: (section, ctx) => renderFooter(ctx, section),
  // Footer styles live in the base stylesheet: every page has a footer.
  css: '',
};
