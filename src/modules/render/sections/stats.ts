import { renderHead, type SectionRenderer } from './section-kit';
import { sampleBadge } from './sample-badge';

export const statsRenderer: SectionRenderer<'stats'> = {
  render(section, ctx, levels) {
    // <dt> must precede <dd>; CSS shows the number first.
    const items = section.items
      .map(
        (item) =>
          `<div><dt>${ctx.text(item.labelKey)}</dt><dd>${ctx.text(item.valueKey)}${item.isSample ? sampleBadge(ctx) : ''}</dd></div>`,
      )
      .join('');
    return `${renderHead(ctx, section.id, levels, section.titleKey)}<dl class="stats">${items}</dl>`;
  },
  css: `
.stats{display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,10rem),1fr));margin:0;text-align:center}
.stats div{display:flex;flex-direction:column-reverse;gap:.25rem}
.stats dd{margin:0;font:var(--hw) clamp(2.25rem,3vw + 1rem,3.25rem)/1 var(--fh);color:var(--ln)}
.stats dt{color:var(--mu)}
`,
};
