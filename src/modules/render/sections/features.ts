import { renderIcon } from './icons';
import { renderHead, renderText, type SectionRenderer } from './section-kit';

export const featuresRenderer: SectionRenderer<'features'> = {
  render(section, ctx, levels) {
    const items = section.items
      .map(
        (item) =>
          `<li class="card">${renderIcon(item.icon)}${renderText(ctx, levels.item, item.titleKey)}${renderText(ctx, 'p', item.textKey)}</li>`,
      )
      .join('');
    return `${renderHead(ctx, section.id, levels, section.titleKey, section.introKey)}<ul class="grid" role="list">${items}</ul>`;
  },
  css: `
.ic{width:2.75rem;height:2.75rem;padding:.6rem;margin-bottom:1rem;border-radius:var(--r);background:color-mix(in srgb,var(--ac) 22%,transparent);fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.s-features.v-list .grid{grid-template-columns:1fr;max-width:44rem}
.s-features.v-list .card{display:grid;grid-template-columns:auto 1fr;column-gap:1.25rem;border:0;box-shadow:none;background:none;padding:0}
.s-features.v-list .ic{grid-row:span 2}
`,
};
