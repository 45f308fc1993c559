import type { PeopleLang } from '../types';

export type Person = { name: string; gender: 'f' | 'm' };

/**
 * Plausible names for testimonials and team cards, by where the business is (a bakery in
 * Recife gets Brazilian names in every locale, so a quote is signed by the same person).
 */
export const peoplePools: Record<PeopleLang, readonly Person[]> = {
  pt: [
    { name: 'Mariana Teixeira', gender: 'f' },
    { name: 'Rafael Moreira', gender: 'm' },
    { name: 'Juliana Castro', gender: 'f' },
    { name: 'Carlos Menezes', gender: 'm' },
    { name: 'Beatriz Nogueira', gender: 'f' },
    { name: 'Eduardo Lima', gender: 'm' },
    { name: 'Fernanda Rocha', gender: 'f' },
    { name: 'Lucas Barbosa', gender: 'm' },
    { name: 'Ana Ribeiro', gender: 'f' },
    { name: 'Pedro Almeida', gender: 'm' },
    { name: 'Camila Duarte', gender: 'f' },
    { name: 'Thiago Farias', gender: 'm' },
  ],
  en: [
    { name: 'Emma Collins', gender: 'f' },
    { name: 'James Porter', gender: 'm' },
    { name: 'Olivia Bennett', gender: 'f' },
    { name: 'Daniel Hayes', gender: 'm' },
    { name: 'Sophie Turner', gender: 'f' },
    { name: 'Michael Reed', gender: 'm' },
    { name: 'Grace Whitman', gender: 'f' },
    { name: 'Ryan Brooks', gender: 'm' },
    { name: 'Hannah Price', gender: 'f' },
    { name: 'Samuel Ortiz', gender: 'm' },
    { name: 'Chloe Ward', gender: 'f' },
    { name: 'Noah Fletcher', gender: 'm' },
  ],
  es: [
    { name: 'Lucía Fernández', gender: 'f' },
    { name: 'Javier Ortega', gender: 'm' },
    { name: 'Carmen Ruiz', gender: 'f' },
    { name: 'Diego Navarro', gender: 'm' },
    { name: 'Elena Morales', gender: 'f' },
    { name: 'Pablo Castillo', gender: 'm' },
    { name: 'Sofía Romero', gender: 'f' },
    { name: 'Andrés Molina', gender: 'm' },
    { name: 'Valeria Santos', gender: 'f' },
    { name: 'Martín Herrera', gender: 'm' },
    { name: 'Paula Vidal', gender: 'f' },
    { name: 'Hugo Delgado', gender: 'm' },
  ],
};
