import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

// A trade the taxonomy has no kind for is still named by its business: Portuguese and Spanish
// names put the trade first, and a writer who also uses that word for the business says what it is.
describe('what a business is, from the head of its name', () => {
  it('is the name’s first word when the prompt also writes it as a common noun and nothing else says what it is', () => {
    const knives = extractBrief({
      prompt:
        'Olá, é o Heitor que escreve. O nome é Cutelaria Mendonça. Fica em Sorocaba (SP). Faço facas artesanais; ' +
        'a cutelaria fica nos fundos de casa. Facas de churrasco a partir de R$ 180.',
    });
    expect(knives.name).toBe('Cutelaria Mendonça');
    expect(knives.what).toBe('cutelaria');
  });

  it('never over a reading that describes the business, a person’s name, or an English name', () => {
    // "guitarras a mano" says more than "guitarrería".
    const guitars = extractBrief({
      prompt:
        'Me llamo Rubén. El nombre: Guitarrería Ocampo. Estamos en Paracho, Michoacán. Hago guitarras a mano, la guitarrería ' +
        'está junto a la plaza. Guitarra clásica desde $4,500.',
    });
    expect(guitars.what).toBe('guitarras a mano');
    // The word only in an e-mail address or a handle is no common noun of the prompt.
    const handle = extractBrief({ prompt: 'Tanoaria Brandão, Anadia. Encomendas: tanoaria@brandao.pt, instagram @brandao_tanoaria' });
    expect(handle.what).not.toBe('tanoaria');
    // English names put the trade last: "Brush" of "Brush Goats" is not what it is.
    const goats = extractBrief({ prompt: 'Brush Goats, Vermont. Our goats clear brush on steep lots. Call 802-555-0177.' });
    expect(goats.what).not.toBe('brush');
  });
});
