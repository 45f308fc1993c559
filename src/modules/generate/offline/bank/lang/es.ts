import type { LangPack } from '../../languages';
import { esPhrases } from './es-phrases';

/** Spanish, written neutral enough for Spain and Latin America ("ustedes" is avoided, "tú" is used). */
export const es: LangPack = {
  lang: 'es',
  intl: 'es-ES',
  phrases: esPhrases,
  agreement: {
    m: { el: 'el', El: 'El', del: 'del', al: 'al', un: 'un', nuestro: 'nuestro', Nuestro: 'Nuestro', este: 'este' },
    f: { el: 'la', El: 'La', del: 'de la', al: 'a la', un: 'una', nuestro: 'nuestra', Nuestro: 'Nuestra', este: 'esta' },
  },
  inPlace: { none: ' en {place}', o: ' en {place}', a: ' en {place}', os: ' en {place}', as: ' en {place}' },
  ofPlace: { none: ' de {place}', o: ' de {place}', a: ' de {place}', os: ' de {place}', as: ' de {place}' },
  thePlace: { none: '{place}', o: '{place}', a: '{place}', os: '{place}', as: '{place}' },
  placeForms: ['es', 'en'],
  nouns: {
    café: ['cafetería', 'f', 'Café'],
    gym: ['gimnasio', 'm', 'Gimnasio'],
    'pet shop': ['tienda de mascotas', 'f', 'Mascotas'],
    'nail salon': ['salón de uñas', 'm', 'Salón de Uñas'],
    'pet grooming': ['peluquería canina', 'f', 'Peluquería Canina'],
    'IT services company': ['empresa de servicios informáticos', 'f', 'Servicios Informáticos'],
    contractor: ['contratista', 'm', 'Construcciones'],
    'solar installer': ['instalador solar', 'm', 'Energía Solar'],
    'landscaping company': ['jardinería', 'f', 'Jardinería'],
    'auto repair shop': ['taller mecánico', 'm', 'Taller'],
    'device repair shop': ['servicio técnico', 'm', 'Servicio Técnico'],
    tutoring: ['academia de clases particulares', 'f', 'Clases Particulares'],
    'entertainment venue': ['centro de entretenimiento', 'm', 'Centro de Entretenimiento'],
  },
  adjectives: {
    vegan: ['vegano', 'vegana'],
    vegetarian: ['vegetariano', 'vegetariana'],
    organic: ['ecológico', 'ecológica'],
    artisan: ['artesanal', 'artesanal'],
    family: ['familiar', 'familiar'],
    open24h: ['24 horas', '24 horas'],
  },
  isAdjectiveFirst: false,
  titles: { doctor: ['Dr.', 'Dra.'] },
  days: ['Lun', 'Mar', 'Mié', 'Jue', 'Vie', 'Sáb', 'Dom'],
  clock: '24h',
};
