import { describe, expect, it } from 'vitest';
import { authEmail } from './auth-email';
import { invitationEmail } from './invitation-email';
import { siteLiveEmail } from './site-live-email';

const URL = 'https://app.example.com/auth/confirm?token=abc123&type=magic_link&next=%2Fdashboard';

describe('emails', () => {
  it('renders the magic link mail in English and Portuguese, with the link in both bodies', async () => {
    const en = await authEmail('magic_link', URL, 'en');
    expect(en.subject).toBe('Your Page Magic sign-in link');
    expect(en.template).toBe('magic_link');
    expect(en.html).toContain('lang="en"');
    // The link's & is escaped in HTML attributes and kept as is in the text body.
    expect(en.html).toContain('href="https://app.example.com/auth/confirm?token=abc123&amp;type=magic_link&amp;next=%2Fdashboard"');
    expect(en.text).toContain(URL);
    expect(en.text).toContain('It expires in 15 minutes and works once.');

    const pt = await authEmail('magic_link', URL, 'pt-BR');
    expect(pt.subject).toBe('Seu link de acesso à Page Magic');
    expect(pt.html).toContain('lang="pt-BR"');
    expect(pt.text).toContain('Ele expira em 15 minutos e funciona uma vez.');
    expect(pt.text).toContain(URL);
  });

  it('renders password reset and email confirmation in both languages', async () => {
    expect((await authEmail('password_reset', URL, 'en')).subject).toBe('Reset your Page Magic password');
    expect((await authEmail('password_reset', URL, 'pt-BR')).text).toContain('Escolher uma nova senha');
    expect((await authEmail('email_confirmation', URL, 'en')).text).toContain('Confirm my email');
    expect((await authEmail('email_confirmation', URL, 'pt-BR')).subject).toBe('Confirme seu e-mail na Page Magic');
  });

  it('tells the owner their site is live, escaping the site name they typed', async () => {
    const siteName = '<script>alert("x")</script> & Co';
    const en = await siteLiveEmail({ locale: 'en', url: 'http://bakery.localhost:3000', version: 3, siteName });
    expect(en.subject).toBe(`${siteName} is live 🎉`);
    expect(en.html).not.toContain('<script>');
    expect(en.html).toContain('&lt;script&gt;');
    expect(en.html).toContain('href="http://bakery.localhost:3000"');
    expect(en.text).toContain('Version 3 of');
    expect(en.text).toContain('http://bakery.localhost:3000');

    const pt = await siteLiveEmail({ locale: 'pt-BR', url: 'http://bakery.localhost:3000', version: 2 });
    expect(pt.subject).toBe('Seu site está no ar 🎉');
    expect(pt.text).toContain('A versão 2 do seu site foi publicada');
  });

  it('invites someone to a project in their language, with the role and how long the link works', async () => {
    const input = {
      inviter: 'ana@padaria.pt',
      invitee: 'rui@example.com',
      projectName: 'Pão <b>Verde</b>',
      url: 'http://localhost:3000/invitations/accept?token=abc',
      days: 7,
    };
    const en = await invitationEmail({ ...input, locale: 'en', role: 'viewer' });
    expect(en.subject).toBe("You're invited to Pão <b>Verde</b> on Page Magic");
    expect(en.text).toContain('ana@padaria.pt invited you to view the site');
    expect(en.text).toContain('works for 7 days');
    expect(en.html).not.toContain('<b>Verde');
    expect(en.html).toContain('href="http://localhost:3000/invitations/accept?token=abc"');

    const pt = await invitationEmail({ ...input, locale: 'pt-BR', role: 'editor' });
    expect(pt.subject).toBe('Convite para Pão <b>Verde</b> na Page Magic');
    expect(pt.text).toContain('para editar e publicar o site');
    expect(pt.text).toContain('vale por 7 dias');
  });
});
