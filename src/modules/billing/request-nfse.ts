import { events } from '~inngest/client';
import type { Db } from '@/lib/db/client';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import type { InvoiceFacts } from './parse-stripe-event';
import { billingNfse } from './schema';

/**
 * Records that a paid invoice needs its NFS-e and enqueues the issuing job, in the Stripe
 * webhook's transaction (privileged connection: a verified Stripe event, not a user request).
 * Once per invoice: the row's primary key is the Stripe invoice id and the job event is sent only
 * for a row really inserted (and carries `nfse:<invoice>` as its id), so ten deliveries of
 * invoice.paid — or two events about the same invoice — ask for one NFS-e. Returns whether it
 * enqueued (the caller flushes after commit).
 *
 * An invoice that paid nothing (a trial, a 100 % coupon) has no service to invoice.
 */
export async function unsafeRequestNfseInTx(tx: Db, userId: string, invoice: InvoiceFacts, eventCreated: Date): Promise<boolean> {
  if (!invoice.amountPaid || !invoice.currency) return false;
  const taxId = brazilianTaxIdOf(invoice.customerTaxIds);
  const inserted = await tx
    .insert(billingNfse)
    .values({
      stripeInvoiceId: invoice.id,
      userId,
      status: 'queued',
      amountCents: invoice.amountPaid,
      currency: invoice.currency,
      paidAt: invoice.paidAt ?? eventCreated,
      borrowerName: invoice.customerName?.slice(0, 300) || null,
      borrowerEmail: invoice.customerEmail?.slice(0, 320) || null,
      borrowerTaxType: taxId?.type ?? null,
      borrowerTaxId: taxId?.digits ?? null,
      attempts: 0,
    })
    .onConflictDoNothing({ target: billingNfse.stripeInvoiceId })
    .returning({ id: billingNfse.stripeInvoiceId });
  if (inserted.length === 0) return false;
  await enqueueEvents(tx, [eventOf(events.nfseRequested, { stripeInvoiceId: invoice.id }, { id: `nfse:${invoice.id}` })]);
  return true;
}

/**
 * The CPF or CNPJ among the invoice's tax ids (a CNPJ first: a company is invoiced as one), as
 * digits. Stripe stores what checkout collected, with or without dots and dashes; a value of the
 * wrong length is no tax id (the NFS-e would be rejected).
 */
export function brazilianTaxIdOf(
  taxIds: readonly { type: string; value: string }[],
): { type: 'br_cpf' | 'br_cnpj'; digits: string } | null {
  for (const type of ['br_cnpj', 'br_cpf'] as const) {
    const found = taxIds.find((t) => t.type === type);
    const digits = found?.value.replace(/\D/g, '') ?? '';
    if (digits.length === (type === 'br_cnpj' ? 14 : 11)) return { type, digits };
  }
  return null;
}
