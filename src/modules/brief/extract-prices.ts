import type { BriefPrice } from './site-brief-schema';

// "R$ 45", "R$ 2.100", "9,50 €", "€12", "$4.50", "US$ 10", "S/ 150", "29 €/mês", "£20".
const SYMBOLS: Record<string, string> = { R$: 'BRL', US$: 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', 'S/': 'PEN', MX$: 'MXN' };
const PRICE =
  /(?:(R\$|US\$|MX\$|S\/|\$|€|£)\s?(\d{1,3}(?:[.\s]\d{3})+|\d+)(?:[.,](\d{1,2}))?|(\d{1,3}(?:[.\s]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s?(€|euros?|reais|d[oó]lares))(?![\d])/gi;
const PERIOD: Array<[RegExp, NonNullable<BriefPrice['period']>]> = [
  [/^\s*(\/|por |a |per |al |ao )?\s*(m[eê]s|month|mo\b|mensal)/i, 'month'],
  [/^\s*(\/|por |a |per |al |ao )?\s*(semana|week|wk\b)/i, 'week'],
  [/^\s*(\/|por |a |per |al |ao )?\s*(hora|hour|hr\b|h\b)/i, 'hour'],
  [/^\s*(\/|por |a |per |al |ao )?\s*(ano|year|año|yr\b)/i, 'year'],
  [/^\s*(\/|por |a |per |al |ao )?\s*(dia|day|d[ií]a|night|noite|noche)/i, 'day'],
];

// Words that describe the price rather than the item ("from", "a partir de", "desde").
const NOT_LABELS =
  /^(from|a partir de|desde|starting at|por|for|at|a|de|e|and|y|only|apenas|só|custa|costs?|is|é|es|com|with|con|partir|prices?|preços?|precios?|price|preço|precio|planos?|plans?|mensalidades?|memberships?)$/i;

/** Currency codes people write beside an amount ("$250 MXN", "USD 40"); the reader masks them with the price too. */
export const CURRENCY_CODES = 'MXN|USD|ARS|CLP|COP|PEN|UYU|PYG|BOB|BRL|EUR|GBP|CAD|AUD|CHF';
const ISO_CODES = CURRENCY_CODES;
const ISO_AFTER = new RegExp(`^\\s?(${ISO_CODES})\\b`, 'i');
const ISO_BEFORE = new RegExp(`\\b(${ISO_CODES})\\s?$`, 'i');

function toAmount(whole: string, cents: string | undefined): number {
  return Number(whole.replace(/[.\s]/g, '')) + (cents ? Number(cents.padEnd(2, '0')) / 100 : 0);
}

function currencyOf(symbol: string, country: string | undefined): string {
  const upper = symbol.toUpperCase();
  if (/^EUROS?$/.test(upper)) return 'EUR';
  if (upper === 'REAIS') return 'BRL';
  if (/^D[OÓ]LARES$/.test(upper)) return country === 'MX' ? 'MXN' : country === 'AR' ? 'ARS' : 'USD';
  if (symbol === '$')
    return country === 'MX'
      ? 'MXN'
      : country === 'AR'
        ? 'ARS'
        : country === 'CL'
          ? 'CLP'
          : country === 'CO'
            ? 'COP'
            : country === 'AU'
              ? 'AUD'
              : country === 'CA'
                ? 'CAD'
                : 'USD';
  return SYMBOLS[symbol] ?? 'USD';
}

/** Prices the prompt states, with the words before them as a label ("corte R$ 45" → corte). */
export function extractPrices(prompt: string, country: string | undefined): BriefPrice[] {
  const prices: BriefPrice[] = [];
  let previousEnd = 0;
  for (const match of prompt.matchAll(PRICE)) {
    const [text, symbolBefore, wholeBefore, centsBefore, wholeAfter, centsAfter, symbolAfter] = match;
    const symbol = symbolBefore ?? symbolAfter ?? '';
    const amount = toAmount(wholeBefore ?? wholeAfter ?? '0', centsBefore ?? centsAfter);
    const after = prompt.slice(match.index + text.length, match.index + text.length + 12);
    const period = PERIOD.find(([pattern]) => pattern.test(after))?.[1];
    const words = prompt
      .slice(Math.max(previousEnd, match.index - 40), match.index)
      .split(/[,:;.(\n–—-]|\s(?:e|and|y)\s/)
      .at(-1)!
      .trim()
      .split(/\s+/)
      .filter((word) => word && !NOT_LABELS.test(word) && !ISO_AFTER.test(word));
    const label = words.slice(-3).join(' ');
    previousEnd = match.index + text.length;
    // "$250 MXN", "USD $40": a currency code next to the amount says which dollar it is.
    const code = (
      ISO_AFTER.exec(after)?.[1] ?? ISO_BEFORE.exec(prompt.slice(Math.max(0, match.index - 6), match.index))?.[1]
    )?.toUpperCase();
    prices.push({
      text: (code && ISO_AFTER.test(after) ? `${text.trim()} ${code}` : text).trim(),
      amount,
      currency: code ?? currencyOf(symbol, country),
      ...(label ? { label } : {}),
      ...(period ? { period } : {}),
    });
    if (prices.length >= 12) break;
  }
  return prices;
}
