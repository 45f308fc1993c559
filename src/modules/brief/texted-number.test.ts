import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

const phonesOf = (prompt: string) => extractBrief({ prompt }).facts.phones.map((phone) => phone.replace(/\D/g, ''));

describe('the number that takes texts', () => {
  it('comes first, so the text link reaches a mobile, whether the word labels it or follows it', () => {
    expect(phonesOf('Sharpening in Leeds. Landline 0113 496 0000, text 07700 900123.')).toEqual(['07700900123', '01134960000']);
    expect(phonesOf('Sharpening in Leeds. House 0113 496 0000, mobile 07700 900123. You can text the mobile.')).toEqual([
      '07700900123',
      '01134960000',
    ]);
  });

  it('leaves the order as written when no number takes texts', () => {
    expect(phonesOf('Sharpening in Leeds. Landline 0113 496 0000, mobile 07700 900123.')).toEqual(['01134960000', '07700900123']);
  });

  it('is none where texts are refused beside the number', () => {
    for (const prompt of [
      'I sweep chimneys around Clonmel and the villages. Ring me after five, no texts please: 086 555 2201',
      'Afiação de facas em Tomar. Ligue 912 555 118, não respondo a SMS.',
      'Afilado de cuchillos en Ronda. Llámame al 612 555 019, no mensajes de texto.',
    ])
      expect(extractBrief({ prompt }).facts.textMessages, prompt).toBeUndefined();
    for (const prompt of [
      'Sharpening in Leeds. Call or text 07700 900123.',
      "I sharpen knives and scissors in Leeds. Don't hesitate to text 07700 900123.",
      'Faço bolo de pote em Itu, encomendas com dois dias. Me chama no SMS (11) 99555-0101.',
    ])
      expect(extractBrief({ prompt }).facts.textMessages, prompt).toBe(true);
  });
});
