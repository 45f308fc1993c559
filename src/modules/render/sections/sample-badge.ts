import { escapeHtml } from '../escape-html';
import type { RenderContext } from '../render-context';

/**
 * The marker on content we wrote as an example (testimonials, prices, hours the prompt did not
 * give). Shown in the preview so the owner sees what to replace; the pre-publish check blocks a
 * site that still has samples, so visitors never read them as facts.
 */
export function sampleBadge(ctx: RenderContext): string {
  return ctx.mode === 'preview' ? ` <span class="smp-b">${escapeHtml(ctx.ui.sample)}</span>` : '';
}
