import type { ConfirmOutcome } from './confirm-newsletter';
import type { LeadOutcome } from './record-lead';
import type { LiveSite } from './resolve-site-host';
import { baseSiteHeaders } from './serve-site-file';

const COPY = {
  en: {
    stored: ['Thank you!', 'Your message was sent. We will get back to you soon.'],
    spam: ['Thank you!', 'Your message was sent. We will get back to you soon.'],
    rate_limited: ['Please wait a moment', 'You have sent several messages in a short time. Please try again in a few minutes.'],
    invalid: ['Please check the form', 'Leave an email, a phone number or a message, and try again.'],
    no_site: ['Message not sent', 'This site is not accepting messages right now.'],
    subscribed: ['Check your inbox', 'We sent you an email: open the link in it to confirm your subscription.'],
    confirm: ['Confirm your subscription', 'Press the button to start getting our news by email.'],
    confirmButton: 'Confirm my subscription',
    confirmed: ['Subscription confirmed', 'Thank you! You will get our news by email.'],
    confirmInvalid: ['This link does not work', 'It was already used, or it is not complete. Sign up again on the site if you like.'],
    back: 'Back to the site',
  },
  pt: {
    stored: ['Obrigado!', 'Sua mensagem foi enviada. Entraremos em contato em breve.'],
    spam: ['Obrigado!', 'Sua mensagem foi enviada. Entraremos em contato em breve.'],
    rate_limited: ['Aguarde um instante', 'Você enviou várias mensagens em pouco tempo. Tente novamente em alguns minutos.'],
    invalid: ['Confira o formulário', 'Deixe um e-mail, um telefone ou uma mensagem e tente novamente.'],
    no_site: ['Mensagem não enviada', 'Este site não está recebendo mensagens no momento.'],
    subscribed: ['Confira seu e-mail', 'Enviamos um e-mail para você: abra o link dele para confirmar a inscrição.'],
    confirm: ['Confirme sua inscrição', 'Toque no botão para começar a receber nossas novidades por e-mail.'],
    confirmButton: 'Confirmar minha inscrição',
    confirmed: ['Inscrição confirmada', 'Obrigado! Você vai receber nossas novidades por e-mail.'],
    confirmInvalid: ['Este link não funciona', 'Ele já foi usado ou está incompleto. Se quiser, inscreva-se de novo no site.'],
    back: 'Voltar ao site',
  },
} as const;

/** A same-site path to go back to: one leading slash (`//host` would leave the site), plain path characters only. */
export function safeBackPath(path: string): string {
  return /^\/(?!\/)[A-Za-z0-9/_-]*$/.test(path) ? path : '/';
}

type Page = { status: number; headers: Record<string, string>; body: string };
type Lang = keyof typeof COPY;

const langOf = (locale: string | undefined): Lang => (locale?.toLowerCase().startsWith('pt') ? 'pt' : 'en');

/** A small page in the site's language, styled by the site's own CSS (base-css.ts: .sec, .wrap, .btn). */
function sitePage(
  site: LiveSite | null,
  lang: Lang,
  [title, text]: readonly [string, string],
  action: string,
  status: number,
  isHttps: boolean,
): Page {
  const files = site ? Object.keys(site.manifest.files) : [];
  const css = files.find((p) => /^assets\/site\.[0-9a-f]+\.css$/.test(p));
  // The site's own icon too: without it the browser asks for /favicon.ico and logs a 404.
  const icon = files.find((p) => /^assets\/icon\.[0-9a-f]+\.svg$/.test(p));
  const body = `<!doctype html><html lang="${lang === 'pt' ? 'pt-BR' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title>${css ? `<link rel="stylesheet" href="/${css}">` : ''}${icon ? `<link rel="icon" href="/${icon}">` : ''}</head><body><main class="sec"><div class="wrap"><h1>${title}</h1><p>${text}</p>${action}</div></main></body></html>`;
  return {
    status,
    headers: { ...baseSiteHeaders(isHttps), 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    body,
  };
}

const backLink = (lang: Lang, path: string) => `<p><a class="btn" href="${safeBackPath(path)}">${COPY[lang].back}</a></p>`;

/** The no-JavaScript answer to a form post: a small page in the site's language, styled by the site's own CSS. */
export function leadResponsePage(outcome: LeadOutcome, backPath: string, isHttps = false): Page {
  const lang = langOf(outcome.locale);
  const copy = COPY[lang];
  const isSubscribed = outcome.kind === 'newsletter' && (outcome.status === 'stored' || outcome.status === 'spam');
  const status =
    outcome.status === 'stored' || outcome.status === 'spam'
      ? 200
      : outcome.status === 'rate_limited'
        ? 429
        : outcome.status === 'no_site'
          ? 404
          : 400;
  return sitePage(outcome.site, lang, isSubscribed ? copy.subscribed : copy[outcome.status], backLink(lang, backPath), status, isHttps);
}

/**
 * The page the confirmation link opens: a button that posts the token back. Opening the link
 * alone confirms nothing — mail scanners and link previews fetch links too, and a subscription
 * needs the person's own click.
 */
export function newsletterConfirmPage(site: LiveSite | null, token: string, locale: string | undefined, isHttps = false): Page {
  const lang = langOf(locale ?? site?.manifest.defaultLocale);
  if (!site) return sitePage(null, lang, COPY[lang].no_site, '', 404, isHttps);
  const safeToken = /^[A-Za-z0-9_-]{1,100}$/.test(token) ? token : '';
  const form = `<form method="post" action="/__forms/confirm"><input type="hidden" name="t" value="${safeToken}"><p><button class="btn" type="submit">${COPY[lang].confirmButton}</button></p></form>`;
  return sitePage(site, lang, COPY[lang].confirm, form, 200, isHttps);
}

export function newsletterConfirmedPage(outcome: ConfirmOutcome, isHttps = false): Page {
  const lang = langOf(outcome.site?.manifest.defaultLocale);
  const copy = COPY[lang];
  if (outcome.status === 'no_site') return sitePage(null, lang, copy.no_site, '', 404, isHttps);
  const isOk = outcome.status === 'confirmed';
  return sitePage(outcome.site, lang, isOk ? copy.confirmed : copy.confirmInvalid, backLink(lang, '/'), isOk ? 200 : 400, isHttps);
}
