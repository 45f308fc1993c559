import { escapeHtml } from '../escape-html';
import { renderLink, renderText, renderTitle, type SectionRenderer } from './section-kit';

export const donateRenderer: SectionRenderer<'donate'> = {
  render(section, ctx, levels) {
    const link = section.link ? `<p class="btns">${renderLink(ctx, section.link, 'btn')}</p>` : '';
    // The key is shown as text to copy: a PIX key is not a URL, and copying needs no script.
    const pix = section.pix ? `<p class="pix"><span>${escapeHtml(ctx.ui.pixKey)}</span> <code>${escapeHtml(section.pix)}</code></p>` : '';
    return (
      `<div class="box">${renderTitle(ctx, section.id, levels.title, section.titleKey)}${renderText(ctx, 'p', section.textKey, 'lead')}` +
      `${link}${pix}${renderText(ctx, 'p', section.detailsKey, 'pix')}</div>`
    );
  },
  css: `
.s-donate .box{background:var(--pr);color:var(--pt);border-radius:var(--r);padding:clamp(2rem,6vw,4rem);text-align:center;--fr:var(--pt)}
.s-donate .lead{color:inherit;max-width:36rem;margin-inline:auto}
.s-donate .btns{justify-content:center}
.s-donate .btn{background:var(--pt);color:var(--pr);border-color:var(--pt)}
.pix{margin:1rem 0 0;white-space:pre-line}
.pix code{font:600 1rem/1.4 ui-monospace,monospace;background:var(--pt);color:var(--pr);padding:.2rem .5rem;border-radius:.3rem;word-break:break-all}
`,
};
