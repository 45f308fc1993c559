import type { Person } from './people';
import { derivedCopy } from './headings';
import { langPack, phraseIn, placeIn } from './lang-packs';
import { textLangOf, type TextLang } from '@/modules/brief/languages';
import type { Landmark } from '@/modules/brief/landmark-types';
import { capitalize, fill, fold, Text } from '@/modules/brief/text';
import type { Brief } from './types';
import type { Bi, KindDef } from '@/modules/brief/kind-types';

// Texts computed from data rather than taken from the phrase bank. The translation index
// (translate-offline) recomputes them the same way, so keep every such text in this file.

/** A phrase with no placeholders of the business, in every language ("per month", "Every day"). */
function plain(phrase: Bi, vars: Record<string, string> = {}): Text {
  return Text.from((lang) => fill(phraseIn(phrase, lang) ?? phrase[0], vars));
}

/** The Intl locale a language formats with on this site: the site's own locale of that language, else the pack's. */
function intlLocaleFor(lang: TextLang, siteLocales: readonly string[], preferred?: string): string {
  return siteLocales.find((locale) => locale.includes('-') && textLangOf(locale) === lang) ?? preferred ?? langPack(lang).intl;
}

// Rough purchasing-power factors from the bank's US-dollar prices (a R$ 65 haircut, not R$ 125),
// rounded the way price lists are: R$ 65, R$ 225, R$ 3.750; €4.50, €25.
const RATES: Record<Brief['currency'], number> = { USD: 1, BRL: 2.5, EUR: 0.9, GBP: 0.8 };

export function localAmount(usd: number, currency: Brief['currency']): number {
  const raw = usd * RATES[currency];
  if (currency === 'USD') return raw;
  if (currency === 'BRL') return raw < 20 ? Math.round(raw) : raw < 1000 ? Math.round(raw / 5) * 5 : Math.round(raw / 50) * 50;
  return raw < 20 ? Math.round(raw * 2) / 2 : Math.round(raw);
}

function money(amount: number, currency: string, intlLocale: string): string {
  // Brazilian price lists write "R$ 28,00"; big amounts and whole prices elsewhere drop the cents.
  const digits = Number.isInteger(amount) ? (currency === 'BRL' && amount < 1000 ? 2 : 0) : 2;
  try {
    return new Intl.NumberFormat(intlLocale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(amount);
  } catch {
    return `${currency} ${amount}`;
  }
}

/** An example price (the bank's US dollars in the business's currency), formatted per language. */
export function priceText(usd: number, isFrom: boolean, currency: Brief['currency'], siteLocales: readonly string[] = []): Text {
  if (usd === 0) return plain(derivedCopy.free);
  const amount = localAmount(usd, currency);
  return Text.from((lang) => {
    const formatted = money(amount, currency, intlLocaleFor(lang, siteLocales, lang === 'en' && currency === 'GBP' ? 'en-GB' : undefined));
    return isFrom ? fill(phraseIn(derivedCopy.fromPrice, lang) ?? derivedCopy.fromPrice[0], { price: formatted }) : formatted;
  });
}

/** Currencies of one country each, written there with their own sign ("$", "S/"). */
const LOCAL_MONEY_REGION: Record<string, string> = {
  MXN: 'MX',
  ARS: 'AR',
  CLP: 'CL',
  COP: 'CO',
  UYU: 'UY',
  PEN: 'PE',
  DOP: 'DO',
  PYG: 'PY',
  BOB: 'BO',
  GTQ: 'GT',
  HNL: 'HN',
  NIO: 'NI',
  CRC: 'CR',
  PAB: 'PA',
  VES: 'VE',
  CUP: 'CU',
};

/**
 * A price the prompt gave, in its own currency, formatted for each site language: "R$ 3.750,00"
 * in Brazil, "9,50 €" in Portugal and Spain, "$4.50" in English.
 */
export function givenPriceText(price: { amount: number; currency: string; upTo?: number }, siteLocales: readonly string[]): Text {
  const region = LOCAL_MONEY_REGION[price.currency];
  // (A range's top counts too: "$80 a $95.50" keeps its cents on both.)
  const whole = Number.isInteger(price.amount) && (price.upTo === undefined || Number.isInteger(price.upTo));
  const digits = whole && (region || (price.amount >= 1000 && price.currency !== 'BRL')) ? 0 : 2;
  // In English, a currency as its country writes it: "£12", "R 650,00" in South Africa (not "ZAR 650.00").
  const englishFor: Record<string, string> = { GBP: 'en-GB', EUR: 'en-IE', ZAR: 'en-ZA', AUD: 'en-AU', NZD: 'en-NZ', CAD: 'en-CA' };
  return Text.from((lang) => {
    // A country's own money as its people write it: "$ 900" in Montevideo, "S/ 120" in Trujillo,
    // "$35.000" in Santiago — not "900,00 UYU" or "120,00 PEN".
    const locale =
      region && lang.startsWith('es')
        ? `es-${region}`
        : intlLocaleFor(lang, siteLocales, lang === 'en' ? englishFor[price.currency] : undefined);
    try {
      const formatIn = (display: 'symbol' | 'narrowSymbol') =>
        new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: price.currency,
          currencyDisplay: display,
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
      // …and a money the reader's locale has no sign for written with its own ("₦5,000", "Q1,200",
      // "₱800"), never as its code ("NGN 5,000").
      const symbol = formatIn('symbol');
      const format = region || symbol.format(1).includes(price.currency) ? formatIn('narrowSymbol') : symbol;
      // "de 4 a 8 euros": a range as the reader's locale writes one ("4–8 €", "$4–$8").
      return price.upTo !== undefined && price.upTo > price.amount
        ? format.formatRange(price.amount, price.upTo)
        : format.format(price.amount);
    } catch {
      return `${price.currency} ${price.amount}`;
    }
  });
}

/** What a service or plan the prompt only named says, in place of a description we would invent. */
export const askForDetailsText = plain(derivedCopy.askForDetails);

export const periodTexts = {
  hour: plain(derivedCopy.periods.hour),
  day: plain(derivedCopy.periods.day),
  week: plain(derivedCopy.periods.week),
  month: plain(derivedCopy.periods.month),
  year: plain(derivedCopy.periods.year),
} as const;

const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

function dayText(days: string, lang: TextLang): string {
  if (days === 'Mo-Su') return phraseIn(derivedCopy.everyDay, lang) ?? derivedCopy.everyDay[0];
  const names = langPack(lang).days;
  return days
    .split(',')
    .map((part) =>
      part
        .split('-')
        .map((code) => names[DAY_CODES.indexOf(code)] ?? code)
        .join('–'),
    )
    .join(', ');
}

/** "8am" in English, "8h"/"18h30" in Portuguese, "8:00"/"18:30" in Spanish (the pack's clock). */
function timeText(clock: string, lang: TextLang): string {
  const [hour, minute] = clock.split(':').map(Number);
  if (clock === '23:59') return phraseIn(derivedCopy.midnight, lang) ?? derivedCopy.midnight[0];
  const minutes = String(minute).padStart(2, '0');
  switch (langPack(lang).clock) {
    case 'h':
      return minute === 0 ? `${hour}h` : `${hour}h${minutes}`;
    case '24h':
      return `${hour}:${minutes}`;
    case '12h': {
      const suffix = hour < 12 ? 'am' : 'pm';
      const twelve = hour % 12 === 0 ? 12 : hour % 12;
      return minute === 0 ? `${twelve}${suffix}` : `${twelve}:${minutes}${suffix}`;
    }
  }
}

/**
 * The entries grouped by their days, in order: "Mo-Fr 09:00-13:00" and "Mo-Fr 16:00-19:00" are one
 * line, "Seg–Sex 9h–13h, 16h–19h" — never the same days twice.
 */
function byDays(openingHours: readonly string[]): Array<{ days: string; ranges: string[] }> {
  const groups: Array<{ days: string; ranges: string[] }> = [];
  for (const entry of openingHours) {
    const [days = '', range] = entry.split(' ');
    const group = groups.find((candidate) => candidate.days === days);
    if (group && range) group.ranges.push(range);
    else groups.push({ days, ranges: range ? [range] : [] });
  }
  return groups;
}

const rangeText = (range: string, lang: TextLang) => {
  const [from, to] = range.split('-');
  return `${timeText(from!, lang)}–${timeText(to!, lang)}`;
};

function hoursLine(group: { days: string; ranges: string[] }, lang: TextLang): string {
  if (group.days === 'Mo-Su' && group.ranges.length === 1 && group.ranges[0] === '00:00-23:59')
    return phraseIn(derivedCopy.openAllDay, lang) ?? derivedCopy.openAllDay[0];
  if (group.ranges.length === 0) return dayText(group.days, lang);
  return `${dayText(group.days, lang)} ${group.ranges.map((range) => rangeText(range, lang)).join(', ')}`;
}

/** "Mo-Fr 08:00-18:00" lines → "Mon–Fri 8am–6pm" / "Seg–Sex 8h–18h" / "Lun–Vie 8:00–18:00". */
export function hoursText(openingHours: readonly string[]): Text {
  return Text.from((lang) =>
    byDays(openingHours)
      .map((group) => hoursLine(group, lang))
      .join('\n'),
  );
}

/** One row per days: days ("Seg–Sex") and times ("8h–12h, 14h–18h") apart, for the hours section. */
export function hoursRows(openingHours: readonly string[]): Array<{ days: Text; times: Text; hasTimes: boolean }> {
  return byDays(openingHours).map((group) => {
    if (group.days === 'Mo-Su' && group.ranges.length === 1 && group.ranges[0] === '00:00-23:59')
      return { days: plain(derivedCopy.everyDay), times: plain(derivedCopy.allDay), hasTimes: true };
    return {
      hasTimes: group.ranges.length > 0,
      days: Text.from((lang) => dayText(group.days, lang)),
      times: Text.from((lang) => group.ranges.map((range) => rangeText(range, lang)).join(', ')),
    };
  });
}

/**
 * A landmark in one language: the person's own words in the language they wrote them in ("Perto
 * do metro de Arroios"); elsewhere that language's preposition before the landmark's name as
 * given ("Near metro de Arroios"). Nothing about it is translated or guessed.
 */
export function landmarkLine(landmark: Landmark, lang: TextLang): string {
  if (!landmark.relation || lang.split('-')[0] === landmark.lang) return capitalize(landmark.text);
  const relation = derivedCopy.landmark[landmark.relation];
  return `${phraseIn(relation, lang) ?? relation[0]} ${landmark.subject}`;
}

/**
 * Street (as the person wrote it), landmark and city, one per line; undefined when none is known.
 * The city is left out when the landmark already names it ("Perto do metro de Arroios", not
 * again "Arroios").
 */
export function addressText(brief: Pick<Brief, 'contact' | 'place'>): Text | undefined {
  const { street, landmark } = brief.contact;
  const { place } = brief;
  if (!street && !landmark && !place) return undefined;
  return Text.from((lang) => {
    const city = place ? placeIn(place, lang) : undefined;
    const isCityNamed = city !== undefined && landmark !== undefined && fold(landmark.subject).includes(fold(city));
    return [street, landmark ? landmarkLine(landmark, lang) : undefined, isCityNamed ? undefined : city]
      .filter((line): line is string => Boolean(line))
      .join('\n');
  });
}

/** "Dr. Ana Ribeiro" / "Dra. Ana Ribeiro" where customers expect a title; plain otherwise. */
export function personName(person: Person, kind: KindDef): Text {
  return Text.from((lang) => {
    const title = kind.honorific ? langPack(lang).titles[kind.honorific] : undefined;
    return title ? `${title[person.gender === 'f' ? 1 : 0]} ${person.name}` : person.name;
  });
}

/** Testimonials are signed "Mariana T.": real enough, and nobody's full name. */
export function shortName(person: Person): Text {
  const [first, ...rest] = person.name.split(' ');
  const initial = rest.at(-1)?.charAt(0);
  return Text.same(initial ? `${first} ${initial}.` : first);
}
