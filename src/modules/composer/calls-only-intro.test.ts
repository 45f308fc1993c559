import { describe, expect, it } from 'vitest';
import { extractBrief } from '@/modules/brief/extract-brief';
import { composeOfflineSite } from './compose-offline-site';

const siteText = (prompt: string, locale: string) =>
  JSON.stringify(composeOfflineSite({ prompt, locales: [locale], brief: extractBrief({ prompt }) }));

describe('a business reached only by phone calls', () => {
  it('is never said to take messages', () => {
    const portuguese = siteText(
      'Afino pianos em Vinhais. Afinação 60 €. Só chamadas: 273 771 204. Não uso WhatsApp nem email e não quero formulário.',
      'pt-PT',
    );
    expect(portuguese).not.toMatch(/mensagem/);
    expect(portuguese).toMatch(/Ligue/);
    const english = siteText(
      "I tune pianos in Hexham and the villages around it. A tuning is £70. Just ring me on 01632 960123, I don't do email or WhatsApp and I don't want a form.",
      'en',
    );
    expect(english).not.toMatch(/send (?:us|me) a message/i);
  });
  it('asks visitors to call, never to write, on its buttons', () => {
    const spanish = siteText('Reparo licuadoras en Chiclayo. Cambio de cuchillas S/ 25. Solo llamadas: 979 555 123.', 'es');
    expect(spanish).not.toMatch(/Escr[ií]b/);
    expect(spanish).toMatch(/Llám/);
  });
});
