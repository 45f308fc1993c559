import { renderImage } from '../render-image';
import { renderHead, renderText, type SectionRenderer } from './section-kit';

export const galleryRenderer: SectionRenderer<'gallery'> = {
  render(section, ctx, levels) {
    // A picture that cannot be shown (a photo placeholder on the live site) takes its caption with it.
    const items = section.items
      .map((item) => {
        const image = renderImage(ctx, item.image, undefined, 'gallery');
        return image ? `<li><figure>${image}${renderText(ctx, 'figcaption', item.captionKey)}</figure></li>` : '';
      })
      .join('');
    return `${renderHead(ctx, section.id, levels, section.titleKey, section.introKey)}<ul class="gal" role="list">${items}</ul>`;
  },
  css: `
.gal{list-style:none;margin:0;padding:0;display:grid;gap:.75rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,14rem),1fr))}
.gal figure{margin:0}
.gal img{width:100%;aspect-ratio:1;object-fit:cover;border-radius:var(--r)}
.gal figcaption{margin-top:.5rem;font-size:.9rem;color:var(--mu)}
.v-wide .gal{grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr))}
.v-wide .gal img{aspect-ratio:16/10}
`,
};
