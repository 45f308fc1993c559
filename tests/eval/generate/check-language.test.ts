import { describe, expect, it } from 'vitest';
import { checkStringLanguage } from './check-language';

// The judge of the eval's "wrong-language strings": it must catch real mix-ups, short ones
// included, and must not count tinyld's guesses on short labels as mix-ups.
describe('checkStringLanguage', () => {
  it.each([
    ['Our story', 'pt-BR', 'en'],
    ['Why people choose us', 'es', 'en'],
    ['Lo que nos hace diferentes', 'pt-BR', 'es'],
    ['¿Tienes alguna pregunta?', 'pt-PT', 'es'],
    ['O que nos torna diferentes', 'es', 'pt'],
    ['Ligue para nós e marque uma visita', 'en', 'pt'],
    ['We bake every morning with flour from local mills and plenty of patience', 'pt-BR', 'en'],
    ['Fale com a nossa equipe pelo celular', 'pt-PT', 'pt-BR'],
    ['Guardamos um lugar para você', 'pt-PT', 'pt-BR'],
    ['Peça o pequeno-almoço na receção', 'pt-BR', 'pt-PT'],
  ])('flags %j on a %s page as %s', (text, locale, detected) => {
    expect(checkStringLanguage(text, locale)).toEqual({ ok: false, detected });
  });

  it.each([
    ['O que nos torna diferentes', 'pt-BR'],
    ['Abrir no Google Maps', 'pt-PT'],
    ['Como funciona o orçamento?', 'pt-BR'],
    ['A cosy, sunlit room', 'en'],
    ['Cambio de fecha gratuito', 'es'],
    ['Novedades, consejos e historias de Laura Méndez.', 'es'],
    ['Caipiriña de la casa', 'es'],
    ['Ainda toda a gente fala disso.', 'pt-PT'],
    ['A gente mantém o copo gelado e a música boa.', 'pt-BR'],
    ['Menu', 'es'],
  ])('accepts %j on a %s page', (text, locale) => {
    expect(checkStringLanguage(text, locale)).toEqual({ ok: true });
  });

  it('takes names out before judging, so a Portuguese business name does not make an English sentence Portuguese', () => {
    expect(checkStringLanguage('Welcome to Tasca do Zé da Esquina', 'en')).toEqual({ ok: false, detected: 'pt' });
    expect(checkStringLanguage('Welcome to Tasca do Zé da Esquina', 'en', ['Tasca do Zé da Esquina'])).toEqual({ ok: true });
  });
});
