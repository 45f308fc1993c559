import {
  CONSENT_GIVEN,
  isQuestionField,
  leadFieldSpecs,
  leadFormControls as control,
  PRIVACY_PAGE_SLUG,
  type LeadFieldName,
  type LeadPurpose,
} from '@/modules/document/lead-forms';
import { escapeAttr, escapeHtml } from '@/modules/render/escape-html';
import { uiStringsFor } from '@/modules/render/ui-strings';
import type { ConfirmOutcome } from './confirm-newsletter';
import { copyLocaleFor, leadFormCopy, siteNameOf, type LeadFormCopy } from './lead-form-copy';
import type { LeadOutcome } from './record-lead';
import type { LiveSite } from './resolve-site-host';
import { inlineStyleHashes } from '@/modules/build/inline-style-hashes';
import { baseSiteHeaders, readSiteFileText, siteCspFor } from './serve-site-file';

/** A same-site path to go back to: one leading slash (`//host` would leave the site), plain path characters only. */
export function safeBackPath(path: string): string {
  return /^\/(?!\/)[A-Za-z0-9/_-]*$/.test(path) ? path : '/';
}

type Page = { status: number; headers: Record<string, string>; body: string };

/** The page's language: the site locale the form was in when the site has it, else the site's default. */
function localeOf(site: LiveSite | null, locale: string | undefined): string {
  if (site && locale && site.manifest.locales.includes(locale)) return locale;
  return site?.manifest.defaultLocale ?? copyLocaleFor(locale);
}

/** The site's stylesheet, found in its manifest (the build publishes it as assets/site.<hash>.css). */
function stylesheetPath(site: LiveSite | null): string | undefined {
  return site ? Object.keys(site.manifest.files).find((p) => /^assets\/site\.[0-9a-f]+\.css$/.test(p)) : undefined;
}

/**
 * A page in the site's language, styled by the site's own CSS (base-css.ts: .sec, .wrap, .btn; the
 * form sections' .form, .fld) — the site's own page, not a framework's. Texts arrive escaped. The
 * CSS is embedded the way the site's pages embed it: one <style> allowed by its hash in this
 * answer's CSP (never 'unsafe-inline'), so nothing blocks the first paint.
 */
async function sitePage(
  site: LiveSite | null,
  locale: string,
  title: string,
  inner: string,
  status: number,
  isHttps: boolean,
): Promise<Page> {
  const cssPath = stylesheetPath(site);
  // A store that can't be read now leaves the link (the visitor's lead is stored already: no 503 for it).
  const css = site && cssPath ? await readSiteFileText(site, cssPath).catch(() => null) : null;
  // The site's own icon too: without it the browser asks for /favicon.ico and logs a 404.
  const icon = site ? Object.keys(site.manifest.files).find((p) => /^assets\/icon\.[0-9a-f]+\.svg$/.test(p)) : undefined;
  // The site's CSS is ours (the build embeds the same text in every page); a '</style' in it would
  // end the element early, so such a file is linked instead of embedded.
  const styles =
    css !== null && !/<\/style/i.test(css) ? `<style>${css}</style>` : cssPath ? `<link rel="stylesheet" href="/${cssPath}">` : '';
  const body = `<!doctype html><html lang="${escapeAttr(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title>${styles}${icon ? `<link rel="icon" href="/${icon}">` : ''}</head><body><main class="sec"><div class="wrap">${inner}</div></main></body></html>`;
  const styleHashes = inlineStyleHashes(body);
  return {
    status,
    headers: {
      ...baseSiteHeaders(isHttps),
      'Content-Security-Policy': siteCspFor({ styleHashes }),
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    },
    body,
  };
}

const heading = ([title, text]: readonly [string, string]) => `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>`;
/** Back to the page the form was on: the main button after a thank-you, a secondary one beside a form to send again. */
const backLink = (copy: LeadFormCopy, path: string, isSecondary = false) =>
  `<p class="btns"><a class="btn${isSecondary ? ' btn-2' : ''}" href="${safeBackPath(path)}">${escapeHtml(copy.back)}</a></p>`;

/** The site's privacy page in `locale`, when the build wrote one. */
function privacyPath(site: LiveSite, locale: string): string | null {
  const prefix = locale === site.manifest.defaultLocale ? '' : `${locale}/`;
  return site.manifest.files[`${prefix}${PRIVACY_PAGE_SLUG}/index.html`] ? `/${prefix}${PRIVACY_PAGE_SLUG}/` : null;
}

/** The notice every form of the site carries (render/sections/lead-form-kit.ts), with the same words. */
function privacyNotice(site: LiveSite, locale: string, purpose: LeadPurpose): string {
  const ui = uiStringsFor(locale);
  const path = privacyPath(site, locale);
  const link = path ? ` <a href="${escapeAttr(path)}">${escapeHtml(ui.privacyPolicy)}</a>` : '';
  const words = purpose === 'newsletter' ? ui.newsletterNotice : ui.privacyNotice;
  return `<p class="form-note">${escapeHtml(words.replace('{business}', siteNameOf(site)))}${link}</p>`;
}

/** A field's label: a question of the person's own as the site asked it (record-lead.ts resolved it), else the copy's word. */
function labelOf(outcome: LeadOutcome, copy: LeadFormCopy, name: LeadFieldName): string {
  return (isQuestionField(name) ? outcome.questionLabels?.[name] : undefined) ?? copy.fields[name];
}

/**
 * The form again, with what the visitor typed and what is wrong beside each field: nothing they
 * sent is lost to a typo. It posts to the same place with the same hidden controls; the fields
 * are the ones the visitor's form had, labelled in the site's language (the person's own questions
 * with the labels the site showed them).
 */
function formAgain(site: LiveSite, locale: string, outcome: LeadOutcome, copy: LeadFormCopy): string {
  const draft = outcome.form;
  const purpose = draft?.purpose ?? outcome.purpose;
  const problems = outcome.problems ?? [];
  const errorFor = (field: LeadFieldName | 'consent') => problems.find((p) => p.field === field);
  const posted = Object.keys(draft?.values ?? {}) as LeadFieldName[];
  const missing = problems.flatMap((p) => (p.field && p.field !== 'consent' && !posted.includes(p.field) ? [p.field] : []));
  const names: LeadFieldName[] =
    purpose === 'newsletter'
      ? ['email']
      : [...new Set([...posted, ...missing])].length > 0
        ? [...new Set([...posted, ...missing])]
        : ['name', 'email', 'phone', 'message'];
  const hidden = (name: string, value: string | undefined) =>
    value === undefined ? '' : `<input type="hidden" name="${name}" value="${escapeAttr(value)}">`;
  const fields = names
    .map((name) => {
      const spec = leadFieldSpecs[name];
      const id = `again_${name}`;
      const value = draft?.values[name] ?? '';
      const error = errorFor(name);
      const described = error ? ` aria-invalid="true" aria-describedby="${id}_err"` : '';
      const message = error ? `<span class="fld-err" id="${id}_err">${escapeHtml(copy.problems[error.problem])}</span>` : '';
      const required = purpose === 'newsletter' ? ' required' : '';
      const controlHtml =
        spec.input === 'textarea'
          ? `<textarea id="${id}" name="${name}" rows="5" maxlength="${spec.maxLength}"${described}>${escapeHtml(value)}</textarea>`
          : `<input id="${id}" name="${name}" type="${spec.input}" autocomplete="${spec.autocomplete}" maxlength="${spec.maxLength}" value="${escapeAttr(value)}"${required}${described}>`;
      return `<p class="fld"><label for="${id}">${escapeHtml(labelOf(outcome, copy, name))}</label>${controlHtml}${message}</p>`;
    })
    .join('');
  const consentError = errorFor('consent');
  const consent =
    purpose === 'newsletter'
      ? `<p class="fld chk"><input id="again_consent" name="${control.consent}" type="checkbox" value="${CONSENT_GIVEN}" required${draft?.hasConsent ? ' checked' : ''}${consentError ? ' aria-invalid="true" aria-describedby="again_consent_err"' : ''}>` +
        `<label for="again_consent">${escapeHtml(uiStringsFor(locale).newsletterConsent.replace('{business}', siteNameOf(site)))}</label></p>` +
        (consentError ? `<p class="fld-err" id="again_consent_err">${escapeHtml(copy.problems[consentError.problem])}</p>` : '')
      : '';
  // Problems that belong to no field ("something was not right") are said above the form.
  const general = problems
    .filter((p) => !p.field)
    .map((p) => `<p class="fld-err">${escapeHtml(copy.problems[p.problem])}</p>`)
    .join('');
  return (
    general +
    `<form class="form card" method="post" action="/__forms/lead">` +
    hidden(control.purpose, purpose) +
    hidden(control.sectionId, draft?.sectionId) +
    hidden(control.page, draft?.page) +
    hidden(control.locale, locale) +
    `<div class="hp" aria-hidden="true"><label for="again_hp">${escapeHtml(uiStringsFor(locale).leaveEmpty)}</label><input type="text" id="again_hp" name="${control.honeypot}" tabindex="-1" autocomplete="off"></div>` +
    `${fields}${consent}<p><button class="btn" type="submit">${escapeHtml(copy.send)}</button></p>${privacyNotice(site, locale, purpose)}</form>`
  );
}

/** What the visitor sent, as a list under the thank-you: they can see their booking's date and time went through. */
function summaryOf(outcome: LeadOutcome, copy: LeadFormCopy): string {
  if (outcome.purpose === 'newsletter') return '';
  const values = outcome.form?.values ?? {};
  const rows = (Object.keys(values) as LeadFieldName[])
    .filter((name) => name !== 'message' && values[name])
    .map((name) => `<div><dt>${escapeHtml(labelOf(outcome, copy, name))}</dt><dd>${escapeHtml(values[name]!)}</dd></div>`)
    .join('');
  return rows ? `<dl class="details">${rows}</dl>` : '';
}

/** The no-JavaScript answer to a form post: a page of the site, in its language. */
export function leadResponsePage(outcome: LeadOutcome, backPath: string, isHttps = false): Promise<Page> {
  const locale = localeOf(outcome.site, outcome.locale);
  const copy = leadFormCopy(locale);
  const site = outcome.site;
  switch (outcome.status) {
    case 'stored':
    case 'spam': {
      const thanks = copy.thanks[outcome.purpose];
      return sitePage(
        site,
        locale,
        escapeHtml(thanks[0]),
        heading(thanks) + summaryOf(outcome, copy) + backLink(copy, backPath),
        200,
        isHttps,
      );
    }
    case 'no_site':
      return sitePage(site, locale, escapeHtml(copy.noSite[0]), heading(copy.noSite), 404, isHttps);
    case 'rate_limited':
    case 'invalid': {
      const words = outcome.status === 'invalid' ? copy.invalid : copy.rateLimited;
      const form = site ? formAgain(site, locale, outcome, copy) : '';
      const status = outcome.status === 'invalid' ? 400 : 429;
      return sitePage(site, locale, escapeHtml(words[0]), heading(words) + form + backLink(copy, backPath, Boolean(form)), status, isHttps);
    }
  }
}

/**
 * The page the confirmation link opens: a button that posts the token back. Opening the link
 * alone confirms nothing — mail scanners and link previews fetch links too, and a subscription
 * needs the person's own click.
 */
export function newsletterConfirmPage(site: LiveSite | null, token: string, locale: string | undefined, isHttps = false): Promise<Page> {
  const pageLocale = localeOf(site, locale);
  const copy = leadFormCopy(pageLocale);
  if (!site) return sitePage(null, pageLocale, escapeHtml(copy.noSite[0]), heading(copy.noSite), 404, isHttps);
  const safeToken = /^[A-Za-z0-9_-]{1,100}$/.test(token) ? token : '';
  const form = `<form method="post" action="/__forms/confirm"><input type="hidden" name="t" value="${safeToken}"><input type="hidden" name="l" value="${escapeAttr(pageLocale)}"><p><button class="btn" type="submit">${escapeHtml(copy.confirmButton)}</button></p></form>`;
  return sitePage(site, pageLocale, escapeHtml(copy.confirm[0]), heading(copy.confirm) + form, 200, isHttps);
}

/** After Confirm: in the language the confirm page was in (`locale`, one of the site's), else the site's default. */
export function newsletterConfirmedPage(outcome: ConfirmOutcome, isHttps = false, locale?: string): Promise<Page> {
  const pageLocale = localeOf(outcome.site, locale);
  const copy = leadFormCopy(pageLocale);
  if (outcome.status === 'no_site') return sitePage(null, pageLocale, escapeHtml(copy.noSite[0]), heading(copy.noSite), 404, isHttps);
  const words = outcome.status === 'confirmed' ? copy.confirmed : copy.confirmInvalid;
  return sitePage(
    outcome.site,
    pageLocale,
    escapeHtml(words[0]),
    heading(words) + backLink(copy, '/'),
    outcome.status === 'confirmed' ? 200 : 400,
    isHttps,
  );
}
