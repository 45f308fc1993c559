import { describe, expect, it } from 'vitest';
import { extractBrief } from '@/modules/brief/extract-brief';
import { composeOfflineSite } from './compose-offline-site';

const strings = (prompt: string, locale: string) =>
  JSON.stringify(composeOfflineSite({ prompt, locales: [locale], brief: extractBrief({ prompt }) }).i18n.strings);

describe('who does the work', () => {
  it('is named on the page by the full name they introduced themselves with', () => {
    const prompt =
      'Boa tarde, gente. Meu nome é Olavo Pimenta e eu conserto carroças aqui em Piranguinho faz 20 anos. Roda nova R$ 900. Pintura R$ 400. WhatsApp (35) 99812-0044.';
    expect(extractBrief({ prompt }).what).not.toBe('gente');
    expect(strings(prompt, 'pt-BR')).toContain('Olavo Pimenta');
  });

  it('is not named when they keep their name off the site', () => {
    const prompt =
      'Meu nome é Olavo Pimenta e eu conserto carroças em Piranguinho. Não quero meu nome no site. Roda nova R$ 900. WhatsApp (35) 99812-0044.';
    expect(strings(prompt, 'pt-BR')).not.toContain('Olavo Pimenta');
  });
});
