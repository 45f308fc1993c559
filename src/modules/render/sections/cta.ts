import { renderButtons, renderText, renderTitle, type SectionRenderer } from './section-kit';

export const ctaRenderer: SectionRenderer<'cta'> = {
  render(section, ctx, levels) {
    return `<div class="box">${renderTitle(ctx, section.id, levels.title, section.titleKey)}${renderText(ctx, 'p', section.textKey, 'lead')}${renderButtons(ctx, section.primary, section.secondary)}</div>`;
  },
  // Colors flip to primary/primaryText, a pair the stylesheet guarantees to be AA readable.
  css: `
.s-cta .box{background:var(--pr);color:var(--pt);border-radius:var(--r);padding:clamp(2rem,6vw,4.5rem);text-align:center;--fr:var(--pt)}
.s-cta.v-band{background:var(--pr);color:var(--pt)}
.s-cta.v-band .box{padding:0}
.s-cta .lead{color:inherit;max-width:36rem;margin-inline:auto}
.s-cta .btns{justify-content:center}
.s-cta .btn{background:var(--pt);color:var(--pr);border-color:var(--pt)}
.s-cta .btn-2{background:none;color:var(--pt)}
`,
};
