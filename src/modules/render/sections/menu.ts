import { renderHead, renderText, type SectionRenderer } from './section-kit';
import { sampleBadge } from './sample-badge';

export const menuRenderer: SectionRenderer<'menu'> = {
  render(section, ctx, levels) {
    const items = section.items
      .map(
        (item) =>
          `<li><p class="mi"><span>${ctx.text(item.nameKey)}</span><span>${ctx.text(item.priceKey)}${item.isSample ? sampleBadge(ctx) : ''}</span></p>${renderText(ctx, 'p', item.descriptionKey)}</li>`,
      )
      .join('');
    return `${renderHead(ctx, section.id, levels, section.titleKey, section.introKey)}<ul class="menu" role="list">${items}</ul>${renderText(ctx, 'p', section.noteKey, 'note')}`;
  },
  // A price with its unit ("$0.25 per linear inch machine-stitched") wraps within its column instead
  // of pushing the page wider than a phone.
  css: `
.menu{list-style:none;margin:0;padding:0;display:grid;column-gap:3.5rem}
.menu li{padding-block:1rem;border-bottom:1px dashed var(--bd)}
.mi{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;margin:0;font-weight:600;font-size:1.075rem}
.mi span:last-child{color:var(--ln);text-align:end;max-width:55%}
.menu p+p{margin:.25rem 0 0;color:var(--mu);font-size:.95rem}
.note{margin:1.5rem 0 0;color:var(--mu);font-size:.9rem}
@media (min-width:56rem){.v-two-column .menu{grid-template-columns:1fr 1fr}}
`,
};
