import { renderImage } from '../render-image';
import { renderButtons, renderText, renderTitle, type SectionRenderer } from './section-kit';

export const heroRenderer: SectionRenderer<'hero'> = {
  render(section, ctx, levels) {
    const image = section.image ? renderImage(ctx, section.image, 'hero-img', 'hero') : '';
    return (
      `<div class="hero-in${image ? ' has-img' : ''}"><div class="hero-tx">` +
      renderText(ctx, 'p', section.eyebrowKey, 'eyebrow') +
      renderTitle(ctx, section.id, levels.title, section.titleKey) +
      renderText(ctx, 'p', section.subtitleKey, 'lead') +
      renderButtons(ctx, section.primaryCta, section.secondaryCta) +
      `</div>${image}</div>`
    );
  },
  css: `
.s-hero{background:radial-gradient(circle at 85% 0,color-mix(in srgb,var(--ac) 20%,transparent),transparent 60%)}
.hero-in{display:grid;gap:2.5rem;align-items:center}
.s-hero .lead{font-size:clamp(1.1rem,1vw + .9rem,1.35rem);max-width:38rem}
.hero-img{width:100%;border-radius:var(--r);object-fit:cover;aspect-ratio:4/3;box-shadow:var(--sh)}
.v-centered .hero-tx{text-align:center;max-width:50rem;margin-inline:auto}
.v-centered .lead{margin-inline:auto}
.v-centered .btns{justify-content:center}
@media (min-width:56rem){.v-split .has-img{grid-template-columns:1.1fr 1fr}}
.s-hero.v-typographic{background:none;border-bottom:1px solid var(--bd)}
.v-typographic .hero-tx{max-width:62rem}
.v-typographic h1{font-size:clamp(2.5rem,6vw + 1rem,5.6rem);line-height:1.02;hyphens:auto}
.v-typographic .eyebrow{display:inline-block;padding-bottom:.4rem;border-bottom:3px solid var(--ac)}
`,
};
