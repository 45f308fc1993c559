import { describe, expect, it } from 'vitest';
import { domainEmail, type DomainEmailKind } from './domain-email';

const URL = 'https://app.example.com/dashboard/domains';
const KINDS: DomainEmailKind[] = ['waitingReminder', 'removed', 'failing', 'stopped', 'released'];

describe('custom-domain lifecycle emails', () => {
  it('each kind names the domain in Unicode, links to Domains, in English and Portuguese', async () => {
    for (const kind of KINDS) {
      for (const locale of ['en', 'pt-BR'] as const) {
        const mail = await domainEmail({ locale, kind, domain: 'padariapãoverde.com.br', url: URL });
        expect(mail.subject, `${kind} ${locale}`).toContain('padariapãoverde.com.br');
        expect(mail.text).toContain(URL);
        expect(mail.html).toContain(`lang="${locale}"`);
      }
    }
    expect((await domainEmail({ locale: 'pt-BR', kind: 'failing', domain: 'x.com.br', url: URL })).subject).toBe(
      'x.com.br precisa de atenção',
    );
    expect((await domainEmail({ locale: 'en', kind: 'stopped', domain: 'x.com.br', url: URL })).text).toContain(
      "Your site's Page Magic address keeps working.",
    );
  });
});
