import { renderImage } from '../render-image';
import { renderHead, renderText, type SectionRenderer } from './section-kit';
import { sampleBadge } from './sample-badge';

export const servicesRenderer: SectionRenderer<'services'> = {
  render(section, ctx, levels) {
    const items = section.items
      .map((item) => {
        const image = item.image ? renderImage(ctx, item.image, 'card-img') : '';
        return `<li class="card">${image}${renderText(ctx, levels.item, item.titleKey)}${renderText(ctx, 'p', item.textKey)}${renderText(ctx, 'p', item.priceKey, 'price')}${item.isSample ? `<p>${sampleBadge(ctx)}</p>` : ''}</li>`;
      })
      .join('');
    return `${renderHead(ctx, section.id, levels, section.titleKey, section.introKey)}<ul class="grid" role="list">${items}</ul>`;
  },
  css: `
.card-img{width:calc(100% + 3rem);max-width:none;margin:-1.5rem -1.5rem 1.25rem;border-radius:var(--r) var(--r) 0 0;aspect-ratio:3/2;object-fit:cover}
.price{font-weight:700;color:var(--ln);margin:0}
.s-services.v-list .grid{grid-template-columns:1fr}
`,
};
