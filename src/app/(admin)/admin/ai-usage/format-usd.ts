import type { getFormatter } from 'next-intl/server';

/**
 * A cost estimate in US dollars in the reader's locale (`US$ 0,0123` in pt-BR, `$0.0123` in en).
 * Up to four decimals: one model call costs fractions of a cent, and `$0.00` would hide it.
 */
export function formatUsd(format: Awaited<ReturnType<typeof getFormatter>>, amount: number): string {
  return format.number(amount, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });
}
