import { textToParagraphs } from '../escape-html';
import { renderImage } from '../render-image';
import { renderTitle, type SectionRenderer } from './section-kit';

export const aboutRenderer: SectionRenderer<'about'> = {
  render(section, ctx, levels) {
    const image = section.image ? renderImage(ctx, section.image, 'about-img', 'about') : '';
    const body = textToParagraphs(ctx.t(section.bodyKey));
    return `<div class="about-in${image ? ' has-img' : ''}"><div class="prose">${renderTitle(ctx, section.id, levels.title, section.titleKey)}${body}</div>${image}</div>`;
  },
  css: `
.about-in{display:grid;gap:2.5rem;align-items:center}
.about-img{width:100%;border-radius:var(--r);object-fit:cover;box-shadow:var(--sh)}
@media (min-width:56rem){.about-in.has-img{grid-template-columns:1fr 1fr;gap:4rem}.v-image-left .about-img{order:-1}}
`,
};
