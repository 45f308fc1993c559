import { CONSENT_GIVEN, leadFormControls as control, PRIVACY_PAGE_SLUG, type LeadPurpose } from '@/modules/document/lead-forms';
import { escapeAttr, escapeHtml } from '../escape-html';
import type { RenderContext } from '../render-context';

/**
 * What every lead form on a published site shares (contact.ts, newsletter.ts): the controls the
 * host routes the lead by, the honeypot, the privacy notice and the newsletter's consent box. The
 * control names and the purpose come from document/lead-forms.ts, which the host parses with.
 */

/** The site's name as visitors read it: the business responsible for what they send. */
export function businessNameOf(ctx: RenderContext): string {
  return ctx.t(ctx.document.site.nameKey) || ctx.document.seo.business?.name || '';
}

/** `template` with `{business}` replaced by the site's name, escaped. */
export function withBusiness(ctx: RenderContext, template: string): string {
  return escapeHtml(template.replace('{business}', businessNameOf(ctx)));
}

/** Where the lead comes from and what it is for; the host files it under `purpose`. */
export function leadFormHiddenControls(ctx: RenderContext, sectionId: string, purpose: LeadPurpose): string {
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeAttr(value)}">`;
  return (
    hidden(control.purpose, purpose) +
    hidden(control.sectionId, sectionId) +
    hidden(control.page, ctx.page.slug) +
    hidden(control.locale, ctx.locale)
  );
}

/** Off-screen rather than display:none, which some bots skip; a filled one is dropped by the host. */
export function leadFormHoneypot(ctx: RenderContext, sectionId: string): string {
  const id = escapeAttr(`${sectionId}_${control.honeypot}`);
  return (
    `<div class="hp" aria-hidden="true"><label for="${id}">${escapeHtml(ctx.ui.leaveEmpty)}</label>` +
    `<input type="text" id="${id}" name="${control.honeypot}" tabindex="-1" autocomplete="off"></div>`
  );
}

/** The newsletter's explicit consent: unticked, required, posted as `consent=yes` and stored with the sign-up. */
export function consentBox(ctx: RenderContext, sectionId: string): string {
  const id = escapeAttr(`${sectionId}_${control.consent}`);
  return (
    `<p class="fld chk"><input id="${id}" name="${control.consent}" type="checkbox" value="${CONSENT_GIVEN}" required>` +
    `<label for="${id}">${withBusiness(ctx, ctx.ui.newsletterConsent)}</label></p>`
  );
}

/**
 * Under every lead form: who is responsible for the data (the business) and a link to the site's
 * privacy page — publishing adds that page when a site has none (document/ensure-privacy-page.ts).
 */
export function privacyNotice(ctx: RenderContext, purpose: LeadPurpose): string {
  const hasPage = ctx.document.pages.some((page) => page.slug === PRIVACY_PAGE_SLUG);
  const link = hasPage ? ` <a href="${escapeAttr(ctx.href(`/${PRIVACY_PAGE_SLUG}`))}">${escapeHtml(ctx.ui.privacyPolicy)}</a>` : '';
  const words = purpose === 'newsletter' ? ctx.ui.newsletterNotice : ctx.ui.privacyNotice;
  return `<p class="form-note">${withBusiness(ctx, words)}${link}</p>`;
}

/**
 * Shared by both form sections' CSS, so every site with a form has it — also for the host's own
 * "check the form" page, which draws the form again with the site's stylesheet.
 */
export const LEAD_FORM_CSS = `
.form{display:grid;gap:1rem;position:relative}
.fld{margin:0}
.fld label{display:block;font-weight:600;margin-bottom:.35rem}
.fld input,.fld textarea,.fld select{width:100%;font:inherit;color:var(--tx);background:var(--bg);border:1px solid var(--mu);border-radius:calc(var(--r)*.6);padding:.7rem .85rem}
.fld textarea{resize:vertical}
.req{color:var(--ln)}
.fld-err{display:block;margin:.35rem 0 0;color:var(--ln);font-weight:600}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.form-note{margin:0;font-size:.9rem;color:var(--mu)}
.chk{display:flex;gap:.65rem;align-items:flex-start}
.chk input{flex:none;width:1.25rem;height:1.25rem;margin:.15rem 0 0;padding:0;accent-color:var(--pr)}
.fld.chk label{display:inline;font-weight:400;margin:0}
`;
