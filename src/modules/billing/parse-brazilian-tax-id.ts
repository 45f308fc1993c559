import { formatCnpj } from '@brazilian-utils/brazilian-utils/format-cnpj';
import { formatCpf } from '@brazilian-utils/brazilian-utils/format-cpf';
import { isValidCnpj } from '@brazilian-utils/brazilian-utils/is-valid-cnpj';
import { isValidCpf } from '@brazilian-utils/brazilian-utils/is-valid-cpf';

/** Stripe's tax ID types for Brazil (a customer's `tax_id_data.type`, an invoice's `customer_tax_ids[].type`). */
export type BrazilianTaxIdType = 'br_cpf' | 'br_cnpj';

/** A CPF or CNPJ whose check digits hold, in the mask Stripe documents (`123.456.789-09`, `12.345.678/0001-95`). */
export type BrazilianTaxId = { type: BrazilianTaxIdType; value: string };

/**
 * What a person typed as their CPF (11 digits) or CNPJ (14 characters), with or without the mask,
 * or null when it is neither. The check digits and the reserved numbers (`000.000.000-00`,
 * `111.111.111-11`… — sequences whose check digits happen to hold) are the library's
 * (@brazilian-utils, which cites the Receita Federal's rule). A CNPJ may be alphanumeric: the
 * Receita issues those from July 2026, and the check-digit rule covers both forms.
 */
export function parseBrazilianTaxId(raw: string): BrazilianTaxId | null {
  const compact = raw.replace(/[\s./-]/g, '').toUpperCase();
  if (/^\d{11}$/.test(compact)) return isValidCpf(compact) ? { type: 'br_cpf', value: formatCpf(compact) } : null;
  if (/^[0-9A-Z]{12}\d{2}$/.test(compact)) {
    return isValidCnpj(compact, { version: 2 }) ? { type: 'br_cnpj', value: formatCnpj(compact, { version: 2 }) } : null;
  }
  return null;
}
