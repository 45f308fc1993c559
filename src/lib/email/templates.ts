type Locale = 'en' | 'pt-BR';

const COPY = {
  magic_link: {
    en: { subject: 'Your Page Magic sign-in link', intro: 'Click the link below to sign in. It expires in 15 minutes and works once.', cta: 'Sign in to Page Magic' },
    'pt-BR': { subject: 'Seu link de acesso ao Page Magic', intro: 'Clique no link abaixo para entrar. Ele expira em 15 minutos e funciona uma vez.', cta: 'Entrar no Page Magic' },
  },
  password_reset: {
    en: { subject: 'Reset your Page Magic password', intro: 'Someone asked to reset your password. If it was you, use the link below (valid for 15 minutes). If not, ignore this email.', cta: 'Choose a new password' },
    'pt-BR': { subject: 'Redefina sua senha do Page Magic', intro: 'Recebemos um pedido para redefinir sua senha. Se foi você, use o link abaixo (válido por 15 minutos). Se não, ignore este e-mail.', cta: 'Escolher uma nova senha' },
  },
} as const;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export function authEmail(template: keyof typeof COPY, url: string, locale: Locale) {
  const copy = COPY[template][locale];
  return {
    template,
    subject: copy.subject,
    text: `${copy.intro}\n\n${copy.cta}: ${url}\n`,
    html: `<p>${escapeHtml(copy.intro)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(copy.cta)}</a></p>`,
  };
}
