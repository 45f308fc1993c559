import type { LeadOutcome } from './record-lead';
import { baseSiteHeaders } from './serve-site-file';

const COPY = {
  en: {
    stored: ['Thank you!', 'Your message was sent. We will get back to you soon.'],
    spam: ['Thank you!', 'Your message was sent. We will get back to you soon.'],
    rate_limited: ['Please wait a moment', 'You have sent several messages in a short time. Please try again in a few minutes.'],
    invalid: ['Please check the form', 'Leave an email, a phone number or a message, and try again.'],
    no_site: ['Message not sent', 'This site is not accepting messages right now.'],
    back: 'Back to the site',
  },
  pt: {
    stored: ['Obrigado!', 'Sua mensagem foi enviada. Entraremos em contato em breve.'],
    spam: ['Obrigado!', 'Sua mensagem foi enviada. Entraremos em contato em breve.'],
    rate_limited: ['Aguarde um instante', 'Você enviou várias mensagens em pouco tempo. Tente novamente em alguns minutos.'],
    invalid: ['Confira o formulário', 'Deixe um e-mail, um telefone ou uma mensagem e tente novamente.'],
    no_site: ['Mensagem não enviada', 'Este site não está recebendo mensagens no momento.'],
    back: 'Voltar ao site',
  },
} as const;

/** A same-site path to go back to: one leading slash (`//host` would leave the site), plain path characters only. */
export function safeBackPath(path: string): string {
  return /^\/(?!\/)[A-Za-z0-9/_-]*$/.test(path) ? path : '/';
}

/** The no-JavaScript answer to a form post: a small page in the site's language, styled by the site's own CSS. */
export function leadResponsePage(
  outcome: LeadOutcome,
  backPath: string,
  isHttps = false,
): { status: number; headers: Record<string, string>; body: string } {
  const lang = outcome.locale?.toLowerCase().startsWith('pt') ? 'pt' : 'en';
  const copy = COPY[lang];
  const [title, text] = copy[outcome.status];
  const files = outcome.site ? Object.keys(outcome.site.manifest.files) : [];
  const css = files.find((p) => /^assets\/site\.[0-9a-f]+\.css$/.test(p));
  // The site's own icon too: without it the browser asks for /favicon.ico and logs a 404.
  const icon = files.find((p) => /^assets\/icon\.[0-9a-f]+\.svg$/.test(p));
  // The site's own stylesheet and its layout classes (base-css.ts: .sec section, .wrap container, .btn).
  const body = `<!doctype html><html lang="${lang === 'pt' ? 'pt-BR' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title>${css ? `<link rel="stylesheet" href="/${css}">` : ''}${icon ? `<link rel="icon" href="/${icon}">` : ''}</head><body><main class="sec"><div class="wrap"><h1>${title}</h1><p>${text}</p><p><a class="btn" href="${safeBackPath(backPath)}">${copy.back}</a></p></div></main></body></html>`;
  const status =
    outcome.status === 'stored' || outcome.status === 'spam'
      ? 200
      : outcome.status === 'rate_limited'
        ? 429
        : outcome.status === 'no_site'
          ? 404
          : 400;
  return {
    status,
    headers: { ...baseSiteHeaders(isHttps), 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    body,
  };
}
