import { describe, expect, it } from 'vitest';
import { extractBrief } from '@/modules/brief/extract-brief';
import { givenPriceText } from './derived-text';
import type { TextLang } from '@/modules/brief/languages';

// Intl writes no-break spaces between the sign and the amount.
const shown = (price: { amount: number; currency: string }, lang: TextLang) => givenPriceText(price, [lang]).in(lang).replace(/\s/g, ' ');

describe('a price the prompt gave, in the money of where the business is', () => {
  it('"$" in Montevideo or Santiago is the local peso, written the local way; "S/" in Peru stays soles', () => {
    const uy = extractBrief({ prompt: 'Arreglo de heladeras a domicilio en Montevideo. Visita $ 900. WhatsApp 099 482 615' });
    expect(uy.facts.prices[0]).toMatchObject({ amount: 900, currency: 'UYU' });
    expect(shown(uy.facts.prices[0]!, 'es')).toBe('$ 900');
    expect(shown({ amount: 35000, currency: 'CLP' }, 'es')).toBe('$35.000');
    expect(shown({ amount: 120, currency: 'PEN' }, 'es')).toBe('S/ 120');
  });

  it('the major currencies keep their usual forms', () => {
    expect(shown({ amount: 28, currency: 'BRL' }, 'pt-BR')).toBe('R$ 28,00');
    expect(shown({ amount: 9.5, currency: 'EUR' }, 'pt-PT')).toBe('9,50 €');
  });

  it('in English, the rand as South Africans write it, never "ZAR 650.00"', () => {
    expect(shown({ amount: 18500, currency: 'ZAR' }, 'en')).toBe('R 18 500');
    expect(shown({ amount: 650, currency: 'ZAR' }, 'en')).toBe('R 650,00');
  });

  it('a money the reader’s locale has no sign for is written with its own, never its code', () => {
    expect(shown({ amount: 5000, currency: 'NGN' }, 'en')).toBe('₦5,000');
    expect(shown({ amount: 800, currency: 'PHP' }, 'en')).toBe('₱800.00');
    expect(shown({ amount: 1200, currency: 'GTQ' }, 'es')).toBe('Q 1,200');
    expect(shown({ amount: 12, currency: 'GBP' }, 'en')).toBe('£12.00');
    expect(shown({ amount: 40, currency: 'USD' }, 'pt-BR')).toBe('US$ 40,00');
  });
});
