import type { Link } from '@/modules/document/primitives';
import type { SectionOf, SectionType } from '@/modules/document/section-registry';
import { escapeAttr } from '../escape-html';
import type { RenderContext } from '../render-context';

/** Heading tags for one section: its title and the titles of its items, one level below. */
export type HeadingLevels = { title: 'h1' | 'h2'; item: 'h2' | 'h3' };

export type SectionRenderer<T extends SectionType> = {
  /** Inner HTML of the section (inside its `<section><div class="wrap">`). */
  render(section: SectionOf<T>, ctx: RenderContext, levels: HeadingLevels): string;
  /** Readable CSS for this section type; minified once by renderCss. */
  css: string;
};

// Section ids cannot contain "_", so ids derived with "_" never collide with a section's own id
// or with ids derived from another section.
export function titleId(sectionId: string): string {
  return `${sectionId}_title`;
}

/** The section title as h1/h2, carrying the id the `<section aria-labelledby>` points at. */
export function renderTitle(ctx: RenderContext, sectionId: string, tag: HeadingLevels['title'], key: string | undefined): string {
  const text = ctx.text(key);
  return text ? `<${tag} id="${escapeAttr(titleId(sectionId))}">${text}</${tag}>` : '';
}

/** Title plus optional intro paragraph, as the section's header block. */
export function renderHead(
  ctx: RenderContext,
  sectionId: string,
  levels: HeadingLevels,
  titleKey: string | undefined,
  introKey?: string,
): string {
  const title = renderTitle(ctx, sectionId, levels.title, titleKey);
  const intro = ctx.text(introKey);
  if (!title && !intro) return '';
  return `<div class="head">${title}${intro ? `<p class="lead">${intro}</p>` : ''}</div>`;
}

export function renderLink(ctx: RenderContext, link: Link, className?: string): string {
  const label = ctx.text(link.labelKey);
  if (!label || ctx.isOmittedLink(link.href)) return '';
  const classAttribute = className ? ` class="${escapeAttr(className)}"` : '';
  return `<a${classAttribute} href="${escapeAttr(ctx.href(link.href))}">${label}</a>`;
}

/** Primary and optional secondary call-to-action buttons. */
export function renderButtons(ctx: RenderContext, primary: Link | undefined, secondary: Link | undefined): string {
  const buttons = [primary && renderLink(ctx, primary, 'btn'), secondary && renderLink(ctx, secondary, 'btn btn-2')].filter(Boolean);
  return buttons.length > 0 ? `<p class="btns">${buttons.join('')}</p>` : '';
}

/** `<tag>text</tag>` when the key has text, else nothing (no empty elements). */
export function renderText(ctx: RenderContext, tag: string, key: string | undefined, className?: string): string {
  const text = ctx.text(key);
  if (!text) return '';
  return className ? `<${tag} class="${escapeAttr(className)}">${text}</${tag}>` : `<${tag}>${text}</${tag}>`;
}
