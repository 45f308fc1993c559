import type { LangPack } from '../../languages';

const PORTUGUESE_M = { o: 'o', O: 'O', do: 'do', no: 'no', ao: 'ao', um: 'um', nosso: 'nosso', Nosso: 'Nosso', este: 'este' };
const PORTUGUESE_F = { o: 'a', O: 'A', do: 'da', no: 'na', ao: 'à', um: 'uma', nosso: 'nossa', Nosso: 'Nossa', este: 'esta' };

/** Brazilian Portuguese: the phrase bank's second language. */
export const ptBR: LangPack = {
  lang: 'pt-BR',
  intl: 'pt-BR',
  agreement: { m: PORTUGUESE_M, f: PORTUGUESE_F },
  inPlace: { none: ' em {place}', o: ' no {place}', a: ' na {place}', os: ' nos {place}', as: ' nas {place}' },
  ofPlace: { none: ' de {place}', o: ' do {place}', a: ' da {place}', os: ' dos {place}', as: ' das {place}' },
  thePlace: { none: '{place}', o: 'o {place}', a: 'a {place}', os: 'os {place}', as: 'as {place}' },
  placeForms: ['pt'],
  adjectives: {
    vegan: ['vegano', 'vegana'],
    vegetarian: ['vegetariano', 'vegetariana'],
    organic: ['orgânico', 'orgânica'],
    artisan: ['artesanal', 'artesanal'],
    family: ['familiar', 'familiar'],
    open24h: ['24 horas', '24 horas'],
  },
  isAdjectiveFirst: false,
  titles: { doctor: ['Dr.', 'Dra.'], counsel: ['Dr.', 'Dra.'] },
  days: ['Seg', 'Ter', 'Qua', 'Qui', 'Sex', 'Sáb', 'Dom'],
  clock: 'h',
};
