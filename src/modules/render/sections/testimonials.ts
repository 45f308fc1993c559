import { renderImage } from '../render-image';
import { renderHead, renderText, type SectionRenderer } from './section-kit';
import { sampleBadge } from './sample-badge';

export const testimonialsRenderer: SectionRenderer<'testimonials'> = {
  render(section, ctx, levels) {
    const items = section.items
      .map((item) => {
        const avatar = item.avatar ? renderImage(ctx, item.avatar, 'avatar') : '';
        const role = renderText(ctx, 'span', item.roleKey);
        return `<li class="card"><figure><blockquote><p>${ctx.text(item.quoteKey)}</p></blockquote><figcaption>${avatar}<span><b>${ctx.text(item.authorKey)}${item.isSample ? sampleBadge(ctx) : ''}</b>${role}</span></figcaption></figure></li>`;
      })
      .join('');
    return `${renderHead(ctx, section.id, levels, section.titleKey)}<ul class="grid" role="list">${items}</ul>`;
  },
  css: `
.s-testimonials figure{margin:0;display:flex;flex-direction:column;height:100%}
.s-testimonials blockquote{margin:0 0 1.25rem;font-size:1.1rem}
.s-testimonials blockquote p::before{content:"\\201C"}
.s-testimonials blockquote p::after{content:"\\201D"}
.s-testimonials figcaption{margin-top:auto;display:flex;align-items:center;gap:.75rem;color:var(--mu);font-size:.95rem}
.s-testimonials figcaption b{display:block;color:var(--tx)}
.avatar{width:3rem;height:3rem;border-radius:50%;object-fit:cover}
.v-quote .grid{grid-template-columns:1fr;max-width:48rem;margin-inline:auto;text-align:center}
.v-quote .card{background:none;border:0;box-shadow:none}
.v-quote blockquote{font:var(--hw) clamp(1.4rem,2vw + 1rem,2rem)/1.35 var(--fh)}
.v-quote figcaption{justify-content:center}
`,
};
