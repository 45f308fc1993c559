/**
 * The states of a paid invoice's NFS-e, in one place (the SQL check in
 * 20261229002000_billing_nfse.sql lists the same values; tests/billing/nfse.test.ts compares them).
 *
 * queued → processing (the provider accepted it and issues it with the city hall, asynchronously)
 * → issued | failed. A job that cannot reach the provider retries; once its retries are spent the
 * row is `failed` with the error, for the agency to see. `missing_tax_id` (the client gave no
 * CPF/CNPJ) and `not_configured` (no provider) wait for the agency; none of them ever limits what
 * the client may do.
 */
export const NFSE_STATUSES = ['queued', 'processing', 'issued', 'failed', 'missing_tax_id', 'not_configured'] as const;
export type NfseStatus = (typeof NFSE_STATUSES)[number];

/** States the issuing job may still act on: nothing was asked of the provider yet, or it failed. */
export function isIssuable(status: NfseStatus): boolean {
  return status === 'queued' || status === 'failed' || status === 'not_configured' || status === 'missing_tax_id';
}

/** States the agency has to act on (shown in its billing view). */
export function needsAgency(status: NfseStatus): boolean {
  return status === 'failed' || status === 'missing_tax_id';
}
