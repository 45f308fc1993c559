import { fold } from './text';
import type { Place } from './types';

type Entry = { en: string; pt: string; es?: string; country: string; ptArticle?: Place['ptArticle']; aliases?: string[]; isAmbiguous?: boolean };

/**
 * Cities people are likely to name, with their English and Portuguese names (so "Lisbon" reads
 * "Lisboa" on the Portuguese page) and the article Portuguese puts before some of them ("no
 * Rio"). `isAmbiguous` names are also ordinary words ("Natal" is Christmas) and only count
 * after a preposition.
 */
export const gazetteer: readonly Entry[] = [
  { en: 'São Paulo', pt: 'São Paulo', country: 'BR', aliases: ['sp', 'sampa', 'sao paulo'] },
  { en: 'Rio de Janeiro', pt: 'Rio de Janeiro', country: 'BR', ptArticle: 'o', aliases: ['rio'] },
  { en: 'Belo Horizonte', pt: 'Belo Horizonte', country: 'BR', aliases: ['bh'] },
  { en: 'Curitiba', pt: 'Curitiba', country: 'BR' },
  { en: 'Porto Alegre', pt: 'Porto Alegre', country: 'BR', aliases: ['poa'] },
  { en: 'Recife', pt: 'Recife', country: 'BR' },
  { en: 'Salvador', pt: 'Salvador', country: 'BR', isAmbiguous: true },
  { en: 'Fortaleza', pt: 'Fortaleza', country: 'BR', isAmbiguous: true },
  { en: 'Brasília', pt: 'Brasília', country: 'BR' },
  { en: 'Florianópolis', pt: 'Florianópolis', country: 'BR', aliases: ['floripa'] },
  { en: 'Manaus', pt: 'Manaus', country: 'BR' },
  { en: 'Belém', pt: 'Belém', country: 'BR', isAmbiguous: true },
  { en: 'Goiânia', pt: 'Goiânia', country: 'BR' },
  { en: 'Campinas', pt: 'Campinas', country: 'BR' },
  { en: 'Natal', pt: 'Natal', country: 'BR', isAmbiguous: true },
  { en: 'Vitória', pt: 'Vitória', country: 'BR', isAmbiguous: true },
  { en: 'Santos', pt: 'Santos', country: 'BR', isAmbiguous: true },
  { en: 'Niterói', pt: 'Niterói', country: 'BR' },
  { en: 'João Pessoa', pt: 'João Pessoa', country: 'BR' },
  { en: 'Maceió', pt: 'Maceió', country: 'BR' },
  { en: 'Londrina', pt: 'Londrina', country: 'BR' },
  { en: 'Ribeirão Preto', pt: 'Ribeirão Preto', country: 'BR' },
  { en: 'Copacabana', pt: 'Copacabana', country: 'BR' },
  { en: 'Ipanema', pt: 'Ipanema', country: 'BR' },
  { en: 'Lisbon', pt: 'Lisboa', es: 'Lisboa', country: 'PT' },
  { en: 'Porto', pt: 'Porto', es: 'Oporto', country: 'PT', ptArticle: 'o', aliases: ['oporto'], isAmbiguous: true },
  { en: 'Coimbra', pt: 'Coimbra', country: 'PT' },
  { en: 'Madrid', pt: 'Madri', country: 'ES', aliases: ['madri'] },
  { en: 'Barcelona', pt: 'Barcelona', country: 'ES' },
  { en: 'Seville', pt: 'Sevilha', es: 'Sevilla', country: 'ES', aliases: ['sevilla'] },
  { en: 'Valencia', pt: 'Valência', country: 'ES', isAmbiguous: true },
  { en: 'Buenos Aires', pt: 'Buenos Aires', country: 'AR' },
  { en: 'Mexico City', pt: 'Cidade do México', es: 'Ciudad de México', country: 'MX', aliases: ['cdmx'] },
  { en: 'Bogotá', pt: 'Bogotá', country: 'CO' },
  { en: 'Lima', pt: 'Lima', country: 'PE', isAmbiguous: true },
  { en: 'Santiago', pt: 'Santiago', country: 'CL', isAmbiguous: true },
  { en: 'Montevideo', pt: 'Montevidéu', es: 'Montevideo', country: 'UY', aliases: ['montevideu'] },
  { en: 'New York', pt: 'Nova York', es: 'Nueva York', country: 'US', aliases: ['nyc', 'nova iorque', 'new york city'] },
  { en: 'Brooklyn', pt: 'Brooklyn', country: 'US', ptArticle: 'o' },
  { en: 'Manhattan', pt: 'Manhattan', country: 'US' },
  { en: 'Los Angeles', pt: 'Los Angeles', country: 'US' },
  { en: 'San Francisco', pt: 'São Francisco', country: 'US', aliases: ['sao francisco'] },
  { en: 'Chicago', pt: 'Chicago', country: 'US' },
  { en: 'Miami', pt: 'Miami', country: 'US' },
  { en: 'Boston', pt: 'Boston', country: 'US' },
  { en: 'Austin', pt: 'Austin', country: 'US', isAmbiguous: true },
  { en: 'Seattle', pt: 'Seattle', country: 'US' },
  { en: 'Orlando', pt: 'Orlando', country: 'US', isAmbiguous: true },
  { en: 'Toronto', pt: 'Toronto', country: 'CA' },
  { en: 'London', pt: 'Londres', es: 'Londres', country: 'GB', aliases: ['londres'] },
  { en: 'Manchester', pt: 'Manchester', country: 'GB' },
  { en: 'Dublin', pt: 'Dublin', country: 'IE' },
  { en: 'Paris', pt: 'Paris', es: 'París', country: 'FR' },
  { en: 'Berlin', pt: 'Berlim', es: 'Berlín', country: 'DE', aliases: ['berlim'] },
  { en: 'Rome', pt: 'Roma', es: 'Roma', country: 'IT', aliases: ['roma'] },
  { en: 'Milan', pt: 'Milão', es: 'Milán', country: 'IT', aliases: ['milao', 'milano'] },
  { en: 'Amsterdam', pt: 'Amsterdã', es: 'Ámsterdam', country: 'NL', aliases: ['amsterda'] },
  { en: 'Sydney', pt: 'Sydney', country: 'AU' },
  { en: 'Tokyo', pt: 'Tóquio', es: 'Tokio', country: 'JP', aliases: ['toquio', 'tokio'] },
];

export function placeFromEntry(entry: Entry): Place {
  return { en: entry.en, pt: entry.pt, country: entry.country, ...(entry.es ? { es: entry.es } : {}), ...(entry.ptArticle ? { ptArticle: entry.ptArticle } : {}) };
}

/** The entry whose English, Portuguese or Spanish name is exactly `name` (any case/accents). */
export function findGazetteerEntry(name: string): Entry | undefined {
  const wanted = fold(name.trim());
  return gazetteer.find((entry) => [entry.en, entry.pt, entry.es].some((form) => form !== undefined && fold(form) === wanted));
}
