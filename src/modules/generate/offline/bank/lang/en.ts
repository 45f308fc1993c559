import type { LangPack } from '../../languages';

/** English: the phrase bank's first language. */
export const en: LangPack = {
  lang: 'en',
  intl: 'en-US',
  agreement: { m: {}, f: {} },
  inPlace: { none: ' in {place}', o: ' in {place}', a: ' in {place}', os: ' in {place}', as: ' in {place}' },
  ofPlace: { none: ' in {place}', o: ' in {place}', a: ' in {place}', os: ' in {place}', as: ' in {place}' },
  thePlace: { none: '{place}', o: '{place}', a: '{place}', os: '{place}', as: '{place}' },
  placeForms: ['en'],
  adjectives: {
    vegan: ['vegan', 'vegan'],
    vegetarian: ['vegetarian', 'vegetarian'],
    organic: ['organic', 'organic'],
    artisan: ['artisan', 'artisan'],
    family: ['family', 'family'],
    open24h: ['24-hour', '24-hour'],
  },
  isAdjectiveFirst: true,
  titles: { doctor: ['Dr.', 'Dr.'] },
  days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  clock: '12h',
};
