import { leadFieldSpecs } from '@/modules/document/lead-forms';
import type { SectionOf } from '@/modules/document/section-registry';
import { escapeAttr, escapeHtml, textWithBreaks } from '../escape-html';
import type { RenderContext } from '../render-context';
import { safeUrl } from '../safe-url';
import { sampleBadge } from './sample-badge';
import { LEAD_FORM_CSS, leadFormHiddenControls, leadFormHoneypot, privacyNotice } from './lead-form-kit';
import { renderHead, type SectionRenderer } from './section-kit';

type Contact = SectionOf<'contact'>;

/**
 * A plain POST form: it works with JavaScript off and under a CSP without script. The controls
 * and their limits come from document/lead-forms.ts, the list the host parses with; a field the
 * schema does not know (a document that got past it anyway) loses the field, not the page.
 */
function renderForm(ctx: RenderContext, section: Contact, form: NonNullable<Contact['form']>): string {
  const prefix = escapeAttr(section.id);
  const fields = form.fields
    .map((field) => {
      const input = Object.hasOwn(leadFieldSpecs, field.name) ? leadFieldSpecs[field.name] : undefined;
      if (!input) return '';
      const id = `${prefix}_${field.name}`;
      const required = field.isRequired ? ' required' : '';
      const marker = field.isRequired ? ` <span class="req" aria-hidden="true">*</span>` : '';
      // A question with the answers the business listed: a native select, which works with no script
      // and reads well to a screen reader; the first entry asks to choose, so nothing is picked for them.
      const options = field.optionKeys?.map((key) => ctx.t(key)).filter(Boolean) ?? [];
      const control =
        options.length >= 2
          ? `<select id="${id}" name="${field.name}"${required}><option value="">${escapeHtml(ctx.ui.chooseOne)}</option>${options
              .map((option) => `<option>${escapeHtml(option)}</option>`)
              .join('')}</select>`
          : input.input === 'textarea'
            ? `<textarea id="${id}" name="${field.name}" rows="5" maxlength="${input.maxLength}"${required}></textarea>`
            : `<input id="${id}" name="${field.name}" type="${input.input}" autocomplete="${input.autocomplete}" maxlength="${input.maxLength}"${required}>`;
      return `<p class="fld"><label for="${id}">${ctx.text(field.labelKey)}${marker}</label>${control}</p>`;
    })
    .join('');
  return (
    `<form class="form card" method="post" action="/__forms/lead">` +
    leadFormHiddenControls(ctx, section.id, form.purpose ?? 'contact') +
    leadFormHoneypot(ctx, section.id) +
    `${fields}<p><button class="btn" type="submit">${ctx.text(form.submitKey)}</button></p>${privacyNotice(ctx, form.purpose ?? 'contact')}</form>`
  );
}

function renderDetails(ctx: RenderContext, details: NonNullable<Contact['details']>): string {
  const rows: string[] = [];
  const row = (label: string, value: string) => rows.push(`<div><dt>${escapeHtml(label)}</dt><dd>${value}</dd></div>`);
  if (ctx.t(details.addressKey)) {
    // A plain link to a map service: no embedded map, so no third-party script or cookie on the page.
    const map = details.map
      ? `<br><a href="${escapeAttr(ctx.href(details.map.href))}">${ctx.text(details.map.labelKey) || escapeHtml(ctx.ui.openMap)}</a>`
      : '';
    row(ctx.ui.address, textWithBreaks(ctx.t(details.addressKey)) + map);
  }
  if (details.phone && details.textOnly) {
    const text = (phone: string) =>
      `<a href="${escapeAttr(safeUrl(`sms:${ctx.dialablePhone(phone)}`))}">${escapeHtml(ctx.phone(phone))}</a>`;
    row(ctx.ui.sendText, [details.phone, ...(details.otherPhones ?? [])].map(text).join('<br>'));
  } else if (details.phone) {
    const call = (phone: string) =>
      `<a href="${escapeAttr(safeUrl(`tel:${ctx.dialablePhone(phone)}`))}">${escapeHtml(ctx.phone(phone))}</a>`;
    row(
      ctx.ui.phone,
      [details.phone, ...(details.otherPhones ?? [])].map(call).join('<br>') +
        (details.textMessages
          ? ` · <a href="${escapeAttr(safeUrl(`sms:${ctx.dialablePhone(details.phone)}`))}">${escapeHtml(ctx.ui.sendText)}</a>`
          : ''),
    );
  }
  // No number yet: the line asking for it, marked like sample hours (the pre-publish check
  // blocks it). Shown while it is there, so what blocks publishing is on the page to see; once
  // the person enters the number, the number takes its place.
  if (!details.phone && details.phoneToAdd && ctx.t(details.phoneToAdd.textKey)) {
    const marked = details.phoneToAdd.isSample ? sampleBadge(ctx) : '';
    rows.push(
      `<div${details.phoneToAdd.isSample ? ' class="smp"' : ''}><dt>${escapeHtml(ctx.ui.phone)}</dt><dd>${ctx.text(details.phoneToAdd.textKey)}${marked}</dd></div>`,
    );
  }
  if (details.whatsapp) {
    // Stored as international digits (what wa.me wants); shown like every other number of the site.
    const wa = safeUrl(`https://wa.me/${details.whatsapp}`);
    row(ctx.ui.whatsapp, `<a href="${escapeAttr(wa)}">${escapeHtml(ctx.phone(`+${details.whatsapp}`))}</a>`);
  }
  if (details.email) row(ctx.ui.email, `<a href="${escapeAttr(safeUrl(`mailto:${details.email}`))}">${escapeHtml(details.email)}</a>`);
  if (ctx.t(details.hoursKey)) row(ctx.ui.hours, textWithBreaks(ctx.t(details.hoursKey)));
  if (ctx.t(details.paymentsKey)) row(ctx.ui.payment, textWithBreaks(ctx.t(details.paymentsKey)));
  return rows.length > 0 ? `<dl class="details">${rows.join('')}</dl>` : '';
}

export const contactRenderer: SectionRenderer<'contact'> = {
  render(section, ctx, levels) {
    const form = section.form ? renderForm(ctx, section, section.form) : '';
    const details = section.details ? renderDetails(ctx, section.details) : '';
    return `<div class="contact-in"><div>${renderHead(ctx, section.id, levels, section.titleKey, section.introKey)}${details}</div>${form}</div>`;
  },
  css: `
.contact-in{display:grid;gap:2.5rem;align-items:start}
@media (min-width:56rem){.v-split .contact-in{grid-template-columns:1fr 1.2fr;gap:4rem}}
.details{display:grid;gap:1.25rem;margin:0}
.details dt{font-weight:700;margin-bottom:.2rem}
.details dd{margin:0;color:var(--mu)}
${LEAD_FORM_CSS}`,
};
