import { escapeHtml } from '../escape-html';
import { renderHead, renderLink, renderText, type SectionRenderer } from './section-kit';
import { sampleBadge } from './sample-badge';

export const pricingRenderer: SectionRenderer<'pricing'> = {
  render(section, ctx, levels) {
    const plans = section.plans
      .map((plan) => {
        const badge = plan.isFeatured ? `<p class="badge">${escapeHtml(ctx.ui.featured)}</p>` : '';
        const features = plan.featureKeys.map((key) => renderText(ctx, 'li', key)).join('');
        return (
          `<li class="card plan${plan.isFeatured ? ' is-featured' : ''}">${badge}` +
          renderText(ctx, levels.item, plan.nameKey) +
          (plan.isSample ? `<p>${sampleBadge(ctx)}</p>` : '') +
          `<p class="amount">${ctx.text(plan.priceKey)}${plan.periodKey ? ` <span>${ctx.text(plan.periodKey)}</span>` : ''}</p>` +
          renderText(ctx, 'p', plan.descriptionKey, 'muted') +
          (features ? `<ul class="checks">${features}</ul>` : '') +
          (plan.cta ? renderLink(ctx, plan.cta, plan.isFeatured ? 'btn' : 'btn btn-2') : '') +
          '</li>'
        );
      })
      .join('');
    return `${renderHead(ctx, section.id, levels, section.titleKey, section.introKey)}<ul class="grid" role="list">${plans}</ul>`;
  },
  css: `
.s-pricing.v-table .grid{grid-template-columns:1fr;max-width:44rem;margin-inline:auto}
.s-pricing.v-table .card{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:.5rem 1.5rem}
.plan{display:flex;flex-direction:column;gap:.25rem}
.plan .btn{margin-top:auto}
.is-featured{border:2px solid var(--pr)}
.badge{align-self:flex-start;margin:0 0 .5rem;padding:.2rem .7rem;border-radius:999px;background:var(--pr);color:var(--pt);font-size:.8rem;font-weight:700}
.amount{font:var(--hw) 2.25rem/1.1 var(--fh);margin:.25rem 0 .5rem}
.amount span{font:400 1rem var(--fb);color:var(--mu)}
.checks{list-style:none;padding:0;margin:.5rem 0 1.5rem}
.checks li{padding:.35rem 0 .35rem 1.6rem;position:relative}
.checks li::before{content:"\\2713";position:absolute;left:0;color:var(--ln);font-weight:700}
`,
};
