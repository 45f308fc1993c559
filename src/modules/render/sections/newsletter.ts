import { escapeAttr } from '../escape-html';
import { consentBox, LEAD_FORM_CSS, leadFormHiddenControls, leadFormHoneypot, privacyNotice } from './lead-form-kit';
import { renderHead, renderText, type SectionRenderer } from './section-kit';

/**
 * A plain POST form like the contact form (works without JavaScript, under a CSP without
 * script): the host files the address as a lead of purpose "newsletter", with the visitor's
 * explicit consent (a required box, unticked), unconfirmed until the subscriber clicks the link in
 * the confirmation email (double opt-in).
 */
export const newsletterRenderer: SectionRenderer<'newsletter'> = {
  render(section, ctx, levels) {
    const id = `${section.id}_email`;
    return (
      `<div class="nl-in">${renderHead(ctx, section.id, levels, section.titleKey, section.introKey)}` +
      `<form class="nl-form" method="post" action="/__forms/lead">` +
      leadFormHiddenControls(ctx, section.id, 'newsletter') +
      leadFormHoneypot(ctx, section.id) +
      `<p class="fld"><label for="${escapeAttr(id)}">${ctx.text(section.emailLabelKey)}</label>` +
      `<input id="${escapeAttr(id)}" name="email" type="email" autocomplete="email" maxlength="254" required></p>` +
      consentBox(ctx, section.id) +
      `<p><button class="btn" type="submit">${ctx.text(section.submitKey)}</button></p>${privacyNotice(ctx, 'newsletter')}</form>` +
      `${renderText(ctx, 'p', section.consentKey, 'muted nl-note')}</div>`
    );
  },
  css: `
.nl-in{max-width:40rem;margin-inline:auto;text-align:center}
.nl-form{display:grid;gap:.85rem;position:relative;text-align:left}
.nl-form p{margin:0}
.nl-note{font-size:.9rem;margin-top:.75rem}
${LEAD_FORM_CSS}
.s-newsletter.v-card .nl-in{background:var(--sf);border:var(--bw) solid var(--bd);border-radius:var(--r);padding:clamp(1.5rem,4vw,2.5rem)}
`,
};
