import { useFormatter } from 'next-intl';

/**
 * An amount of money in the person's locale: `R$ 29,00` in pt-BR, `$29.00` in en, and the
 * currency spelled out where it could be mistaken (`US$ 29,00` for dollars in pt-BR). Amounts
 * are in the currency's major unit (reais, dollars). Works in server and client components.
 */
export function Money({ amount, currency }: { amount: number; currency: 'BRL' | 'USD' | 'EUR' }) {
  const format = useFormatter();
  return <span className="tabular-nums">{format.number(amount, { style: 'currency', currency })}</span>;
}
