import { escapeAttr, escapeHtml } from '../escape-html';
import { renderHead, renderText, type SectionRenderer } from './section-kit';

/**
 * A plain POST form like the contact form (works without JavaScript, under a CSP without
 * script): the host files the address as a lead of kind "newsletter", unconfirmed until the
 * subscriber clicks the link in the confirmation email (double opt-in).
 */
export const newsletterRenderer: SectionRenderer<'newsletter'> = {
  render(section, ctx, levels) {
    const id = `${section.id}_email`;
    const hidden =
      `<input type="hidden" name="form_kind" value="newsletter">` +
      `<input type="hidden" name="section_id" value="${escapeAttr(section.id)}">` +
      `<input type="hidden" name="page" value="${escapeAttr(ctx.page.slug)}">` +
      `<input type="hidden" name="locale" value="${escapeAttr(ctx.locale)}">`;
    const trap = escapeAttr(`${section.id}_company_website`);
    const honeypot = `<div class="hp" aria-hidden="true"><label for="${trap}">${escapeHtml(ctx.ui.leaveEmpty)}</label><input type="text" id="${trap}" name="company_website" tabindex="-1" autocomplete="off"></div>`;
    return (
      `<div class="nl-in">${renderHead(ctx, section.id, levels, section.titleKey, section.introKey)}` +
      `<form class="nl-form" method="post" action="/__forms/lead">${hidden}${honeypot}` +
      `<p class="fld"><label for="${escapeAttr(id)}">${ctx.text(section.emailLabelKey)}</label>` +
      `<input id="${escapeAttr(id)}" name="email" type="email" autocomplete="email" maxlength="254" required></p>` +
      `<p><button class="btn" type="submit">${ctx.text(section.submitKey)}</button></p></form>` +
      `${renderText(ctx, 'p', section.consentKey, 'muted nl-note')}</div>`
    );
  },
  css: `
.nl-in{max-width:40rem;margin-inline:auto;text-align:center}
.nl-form{display:grid;gap:.75rem;position:relative;text-align:left}
@media (min-width:40rem){.nl-form{grid-template-columns:1fr auto;align-items:end}.nl-form .btn{margin:0}}
.nl-form .fld{margin:0}
.nl-form label{display:block;font-weight:600;margin-bottom:.35rem}
.nl-form input[type=email]{width:100%;font:inherit;color:var(--tx);background:var(--bg);border:1px solid var(--mu);border-radius:calc(var(--r)*.6);padding:.7rem .85rem}
.nl-note{font-size:.9rem;margin-top:.75rem}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.s-newsletter.v-card .nl-in{background:var(--sf);border:var(--bw) solid var(--bd);border-radius:var(--r);padding:clamp(1.5rem,4vw,2.5rem)}
`,
};
