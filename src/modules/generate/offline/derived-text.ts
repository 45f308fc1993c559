import type { Person } from './bank/people';
import { Text } from './text';
import type { Brief, KindDef } from './types';

// Texts computed from data rather than taken from the phrase bank. The translation index
// (translate-offline) recomputes them the same way, so keep every such text in this file.

// Rough purchasing-power factors from the bank's US-dollar prices (a R$ 65 haircut, not R$ 125),
// rounded the way price lists are: R$ 65, R$ 225, R$ 3.750; €4.50, €25.
const RATES: Record<Brief['currency'], number> = { USD: 1, BRL: 2.5, EUR: 0.9, GBP: 0.8 };

export function localAmount(usd: number, currency: Brief['currency']): number {
  const raw = usd * RATES[currency];
  if (currency === 'USD') return raw;
  if (currency === 'BRL') return raw < 20 ? Math.round(raw) : raw < 1000 ? Math.round(raw / 5) * 5 : Math.round(raw / 50) * 50;
  return raw < 20 ? Math.round(raw * 2) / 2 : Math.round(raw);
}

function money(amount: number, currency: Brief['currency'], intlLocale: string): string {
  // Brazilian price lists write "R$ 28,00"; big amounts and whole prices elsewhere drop the cents.
  const digits = Number.isInteger(amount) ? (currency === 'BRL' && amount < 1000 ? 2 : 0) : 2;
  return new Intl.NumberFormat(intlLocale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
}

export function priceText(usd: number, isFrom: boolean, currency: Brief['currency']): Text {
  if (usd === 0) return new Text('Free', 'Grátis');
  const amount = localAmount(usd, currency);
  const en = money(amount, currency, currency === 'GBP' ? 'en-GB' : 'en-US');
  const pt = money(amount, currency, 'pt-BR');
  return new Text(isFrom ? `from ${en}` : en, isFrom ? `a partir de ${pt}` : pt);
}

const DAY_NAMES = { en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], pt: ['Seg', 'Ter', 'Qua', 'Qui', 'Sex', 'Sáb', 'Dom'] };
const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

function dayText(days: string, lang: 'en' | 'pt'): string {
  if (days === 'Mo-Su') return lang === 'en' ? 'Every day' : 'Todos os dias';
  return days
    .split(',')
    .map((part) => part.split('-').map((code) => DAY_NAMES[lang][DAY_CODES.indexOf(code)] ?? code).join('–'))
    .join(', ');
}

function timeText(clock: string, lang: 'en' | 'pt'): string {
  const [hour, minute] = clock.split(':').map(Number);
  if (clock === '23:59') return lang === 'en' ? 'midnight' : 'meia-noite';
  if (lang === 'pt') return minute === 0 ? `${hour}h` : `${hour}h${String(minute).padStart(2, '0')}`;
  const suffix = hour < 12 ? 'am' : 'pm';
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${twelve}${suffix}` : `${twelve}:${String(minute).padStart(2, '0')}${suffix}`;
}

/** "Mo-Fr 08:00-18:00" lines → "Mon–Fri 8am–6pm" / "Seg–Sex 8h–18h". */
export function hoursText(openingHours: readonly string[]): Text {
  const line = (entry: string, lang: 'en' | 'pt') => {
    if (entry === 'Mo-Su 00:00-23:59') return lang === 'en' ? 'Open 24 hours, every day' : 'Aberto 24 horas, todos os dias';
    const [days, range] = entry.split(' ');
    if (!range) return dayText(days, lang);
    const [from, to] = range.split('-');
    return `${dayText(days, lang)} ${timeText(from, lang)}–${timeText(to, lang)}`;
  };
  return new Text(openingHours.map((entry) => line(entry, 'en')).join('\n'), openingHours.map((entry) => line(entry, 'pt')).join('\n'));
}

/** Street (as the person wrote it) and city, one per line; undefined when neither is known. */
export function addressText(brief: Pick<Brief, 'contact' | 'place'>): Text | undefined {
  const { street } = brief.contact;
  const { place } = brief;
  if (!street && !place) return undefined;
  const lines = (city: string | undefined) => [street, city].filter((line): line is string => Boolean(line)).join('\n');
  return new Text(lines(place?.en), lines(place?.pt));
}

/** "Dr. Ana Ribeiro" / "Dra. Ana Ribeiro" where customers expect a title; plain otherwise. */
export function personName(person: Person, kind: KindDef): Text {
  const pt = person.gender === 'f' ? 'Dra.' : 'Dr.';
  if (kind.honorific === 'doctor') return new Text(`Dr. ${person.name}`, `${pt} ${person.name}`);
  if (kind.honorific === 'counsel') return new Text(person.name, `${pt} ${person.name}`);
  return new Text(person.name, person.name);
}

/** Testimonials are signed "Mariana T.": real enough, and nobody's full name. */
export function shortName(person: Person): Text {
  const [first, ...rest] = person.name.split(' ');
  const initial = rest.at(-1)?.charAt(0);
  const name = initial ? `${first} ${initial}.` : first;
  return new Text(name, name);
}
