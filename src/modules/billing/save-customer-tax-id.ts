import type Stripe from 'stripe';
import type { BrazilianTaxId } from './parse-brazilian-tax-id';

/**
 * Keeps the client's CPF or CNPJ as their Stripe customer's one Brazilian tax ID. Stripe is the
 * one place it is stored: every invoice finalized afterwards copies it into
 * `invoice.customer_tax_ids` (shown on the invoice and its PDF, read by NFS-e issuing), so it is
 * not kept in our database too. The same number again changes nothing; a new one replaces the old
 * (a client moving from CPF to their company's CNPJ).
 */
export async function saveCustomerTaxId(stripe: Stripe, customer: string, taxId: BrazilianTaxId): Promise<void> {
  const existing = await stripe.customers.listTaxIds(customer, { limit: 100 });
  const brazilian = existing.data.filter((t) => t.type === 'br_cpf' || t.type === 'br_cnpj');
  if (brazilian.some((t) => t.type === taxId.type && t.value === taxId.value)) return;
  await stripe.customers.createTaxId(customer, { type: taxId.type, value: taxId.value });
  for (const old of brazilian) await stripe.customers.deleteTaxId(customer, old.id);
}
