import { textToParagraphs } from '../escape-html';
import { renderHead, type SectionRenderer } from './section-kit';

export const faqRenderer: SectionRenderer<'faq'> = {
  render(section, ctx, levels) {
    // <details> expands without JavaScript and is announced as a disclosure by screen readers.
    const items = section.items
      .map((item) => `<details><summary>${ctx.text(item.questionKey)}</summary>${textToParagraphs(ctx.t(item.answerKey))}</details>`)
      .join('');
    return `${renderHead(ctx, section.id, levels, section.titleKey, section.introKey)}<div class="faq">${items}</div>`;
  },
  css: `
.faq{max-width:48rem}
.faq details{border-bottom:1px solid var(--bd)}
.faq summary{cursor:pointer;list-style:none;display:flex;justify-content:space-between;gap:1rem;padding:1.1rem 0;font-weight:600;font-size:1.075rem}
.faq summary::-webkit-details-marker{display:none}
.faq summary::after{content:"+";color:var(--ln);font-size:1.4rem;line-height:1}
.faq details[open] summary::after{content:"\\2212"}
.faq details p{color:var(--mu)}
`,
};
