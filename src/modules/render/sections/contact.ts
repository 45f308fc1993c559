import type { SectionOf } from '@/modules/document/section-registry';
import { escapeAttr, escapeHtml, textWithBreaks } from '../escape-html';
import type { RenderContext } from '../render-context';
import { safeUrl } from '../safe-url';
import { sampleBadge } from './sample-badge';
import { renderHead, type SectionRenderer } from './section-kit';

type Contact = SectionOf<'contact'>;
type FieldName = NonNullable<Contact['form']>['fields'][number]['name'];

const INPUTS: Record<FieldName, { type: string; autocomplete: string; maxLength: number }> = {
  name: { type: 'text', autocomplete: 'name', maxLength: 200 },
  email: { type: 'email', autocomplete: 'email', maxLength: 254 },
  phone: { type: 'tel', autocomplete: 'tel', maxLength: 40 },
  message: { type: 'textarea', autocomplete: 'off', maxLength: 5000 },
  // Booking and quote forms: native date/time pickers, no script needed.
  date: { type: 'date', autocomplete: 'off', maxLength: 10 },
  time: { type: 'time', autocomplete: 'off', maxLength: 5 },
  service: { type: 'text', autocomplete: 'off', maxLength: 200 },
  address: { type: 'text', autocomplete: 'street-address', maxLength: 300 },
};

/**
 * A plain POST form: it works with JavaScript off and under a CSP without script. The host's
 * /__forms/lead handler reads section_id/page/locale to route the lead, and drops submissions
 * that filled the honeypot (off-screen rather than display:none, which some bots skip).
 */
function renderForm(ctx: RenderContext, section: Contact, form: NonNullable<Contact['form']>): string {
  const prefix = escapeAttr(section.id);
  const hidden =
    `<input type="hidden" name="section_id" value="${escapeAttr(section.id)}">` +
    `<input type="hidden" name="page" value="${escapeAttr(ctx.page.slug)}">` +
    `<input type="hidden" name="locale" value="${escapeAttr(ctx.locale)}">` +
    (form.purpose && form.purpose !== 'contact' ? `<input type="hidden" name="form_kind" value="${escapeAttr(form.purpose)}">` : '');
  const honeypot =
    `<div class="hp" aria-hidden="true"><label for="${prefix}_company_website">${escapeHtml(ctx.ui.leaveEmpty)}</label>` +
    `<input type="text" id="${prefix}_company_website" name="company_website" tabindex="-1" autocomplete="off"></div>`;
  const fields = form.fields
    .map((field) => {
      // The schema allows only known names; a document that got past it anyway loses the field
      // rather than the page (or an unescaped name).
      const input = Object.hasOwn(INPUTS, field.name) ? INPUTS[field.name] : undefined;
      if (!input) return '';
      const id = `${prefix}_${field.name}`;
      const required = field.isRequired ? ' required' : '';
      const marker = field.isRequired ? ` <span class="req" aria-hidden="true">*</span>` : '';
      const control =
        input.type === 'textarea'
          ? `<textarea id="${id}" name="${field.name}" rows="5" maxlength="${input.maxLength}"${required}></textarea>`
          : `<input id="${id}" name="${field.name}" type="${input.type}" autocomplete="${input.autocomplete}" maxlength="${input.maxLength}"${required}>`;
      return `<p class="fld"><label for="${id}">${ctx.text(field.labelKey)}${marker}</label>${control}</p>`;
    })
    .join('');
  return `<form class="form card" method="post" action="/__forms/lead">${hidden}${honeypot}${fields}<p><button class="btn" type="submit">${ctx.text(form.submitKey)}</button></p></form>`;
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
  if (details.phone) {
    row(
      ctx.ui.phone,
      `<a href="${escapeAttr(safeUrl(`tel:${ctx.dialablePhone(details.phone)}`))}">${escapeHtml(ctx.phone(details.phone))}</a>`,
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
.form{display:grid;gap:1rem;position:relative}
.fld{margin:0}
.fld label{display:block;font-weight:600;margin-bottom:.35rem}
.fld input,.fld textarea{width:100%;font:inherit;color:var(--tx);background:var(--bg);border:1px solid var(--mu);border-radius:calc(var(--r)*.6);padding:.7rem .85rem}
.fld textarea{resize:vertical}
.req{color:var(--ln)}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
`,
};
