import { textLangOf } from '@/modules/brief/languages';
import type { Place } from '@/modules/brief/kind-types';
import type { Brief, PeopleLang } from './types';

// Defaults that follow from where the business is, when the brief does not say.
const EURO = new Set(['PT', 'ES', 'FR', 'DE', 'IT', 'NL', 'IE', 'BE', 'AT', 'FI', 'GR']);
const SPANISH = new Set(['ES', 'AR', 'MX', 'CO', 'PE', 'CL', 'UY', 'PY', 'BO', 'EC', 'VE']);

/** The currency the business charges in: its country's, else the one its main locale suggests. */
export function currencyFor(place: Place | undefined, defaultLocale: string): Brief['currency'] {
  const country = place?.country;
  if (country === 'BR') return 'BRL';
  if (country === 'GB') return 'GBP';
  if (country && EURO.has(country)) return 'EUR';
  if (country) return 'USD';
  if (defaultLocale === 'pt-BR' || defaultLocale === 'pt') return 'BRL';
  if (/^pt-|^es(-ES)?$|^(fr|de|it|nl)/.test(defaultLocale)) return 'EUR';
  if (defaultLocale === 'en-GB') return 'GBP';
  return 'USD';
}

/** Whose first names sound local in testimonials and team cards. */
export function peopleFor(place: Place | undefined, defaultLocale: string): PeopleLang {
  const country = place?.country;
  if (country === 'BR' || country === 'PT') return 'pt';
  if (country && SPANISH.has(country)) return 'es';
  if (country) return 'en';
  const lang = textLangOf(defaultLocale);
  return lang === 'es' ? 'es' : lang === 'pt-BR' || lang === 'pt-PT' ? 'pt' : 'en';
}
