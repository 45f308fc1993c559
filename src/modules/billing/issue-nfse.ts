import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { getNfseProvider } from '@/lib/nfse/get-nfse-provider';
import type { NfseState } from '@/lib/nfse/types';
import { isIssuable, type NfseStatus } from './nfse-status';
import { billingNfse } from './schema';

const systemDb = () => unsafeSystemDb('NFS-e issuing: a job and the provider’s verified webhook, not a user request');

/**
 * One try at a paid invoice's NFS-e (a step of the issue-nfse job). Asks the provider — which
 * finds an NFS-e already asked for under this invoice's id instead of issuing another — and
 * records where it stands. Throws when the provider cannot be reached or errs, after recording
 * the attempt and the error, so the job retries with backoff; when its retries are spent,
 * `unsafeMarkNfseFailed` makes it `failed` for the agency. Without a provider the row says
 * `not_configured`; without the client's CPF/CNPJ, `missing_tax_id` (NFE.io's borrower needs
 * one): both wait for the agency, whose re-run of the job (/admin/jobs) tries again.
 */
export async function unsafeIssueNfse(stripeInvoiceId: string): Promise<{ status: NfseStatus | 'unknown' }> {
  const db = await systemDb();
  const [row] = await db.select().from(billingNfse).where(eq(billingNfse.stripeInvoiceId, stripeInvoiceId));
  if (!row) return { status: 'unknown' };
  if (!isIssuable(row.status)) return { status: row.status };

  const provider = getNfseProvider();
  if (provider.kind === 'none') return setStatus(db, stripeInvoiceId, { status: 'not_configured', lastError: null });
  if (!row.borrowerTaxId) return setStatus(db, stripeInvoiceId, { status: 'missing_tax_id', lastError: null });
  if (row.currency !== 'brl') {
    return setStatus(db, stripeInvoiceId, {
      status: 'failed',
      lastError: `the invoice is in ${row.currency.toUpperCase()}, an NFS-e is in BRL`,
    });
  }

  // Counted before the call: a try that crashes mid-way still counts.
  await db
    .update(billingNfse)
    .set({ attempts: sql`${billingNfse.attempts} + 1`, provider: provider.kind, updatedAt: new Date() })
    .where(eq(billingNfse.stripeInvoiceId, stripeInvoiceId));
  let state: NfseState | null;
  try {
    state = await provider.issue({
      externalId: stripeInvoiceId,
      borrower: {
        federalTaxNumber: row.borrowerTaxId,
        name: row.borrowerName ?? row.borrowerEmail ?? row.borrowerTaxId,
        ...(row.borrowerEmail ? { email: row.borrowerEmail } : {}),
      },
      servicesAmount: row.amountCents / 100,
      description: getEnv().NFSE_SERVICE_DESCRIPTION,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : 'the NFS-e provider failed';
    await db
      .update(billingNfse)
      .set({ lastError: message.slice(0, 1000), updatedAt: new Date() })
      .where(eq(billingNfse.stripeInvoiceId, stripeInvoiceId));
    throw err;
  }
  if (!state) return { status: row.status };
  await applyState(db, stripeInvoiceId, state);
  return { status: state.status };
}

/** The job's retries are spent: the NFS-e is `failed`, with the last error, for the agency to see. */
export async function unsafeMarkNfseFailed(stripeInvoiceId: string, error: string): Promise<void> {
  const db = await systemDb();
  await db
    .update(billingNfse)
    .set({ status: 'failed', lastError: sql`coalesce(${billingNfse.lastError}, ${error.slice(0, 1000)})`, updatedAt: new Date() })
    .where(and(eq(billingNfse.stripeInvoiceId, stripeInvoiceId), eq(billingNfse.status, 'queued')));
}

/**
 * What the provider's webhook announces (verified by the caller), applied to the NFS-e it names
 * — by our external id, else by the provider's id. An `issued` NFS-e stays issued: a late or
 * repeated "processing" changes nothing. Returns whether a row matched.
 */
export async function unsafeApplyNfseWebhook(externalId: string | null, state: NfseState): Promise<boolean> {
  const db = await systemDb();
  const match = externalId ? eq(billingNfse.stripeInvoiceId, externalId) : eq(billingNfse.providerInvoiceId, state.providerInvoiceId);
  return applyState(db, null, state, match);
}

async function applyState(
  db: Db,
  stripeInvoiceId: string | null,
  state: NfseState,
  match = eq(billingNfse.stripeInvoiceId, stripeInvoiceId ?? ''),
) {
  const from: NfseStatus[] =
    state.status === 'processing'
      ? ['queued', 'processing', 'not_configured', 'missing_tax_id']
      : ['queued', 'processing', 'failed', 'not_configured', 'missing_tax_id'];
  const common = { providerInvoiceId: state.providerInvoiceId, updatedAt: new Date() };
  const values =
    state.status === 'issued'
      ? { ...common, status: 'issued' as const, number: state.number, issuedAt: state.issuedAt ?? new Date(), lastError: null }
      : state.status === 'failed'
        ? { ...common, status: 'failed' as const, lastError: state.error }
        : { ...common, status: 'processing' as const, lastError: null };
  const updated = await db
    .update(billingNfse)
    .set(values)
    .where(and(match, inArray(billingNfse.status, from)))
    .returning({ id: billingNfse.stripeInvoiceId });
  return updated.length > 0;
}

async function setStatus(db: Db, stripeInvoiceId: string, values: { status: NfseStatus; lastError: string | null }) {
  await db
    .update(billingNfse)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(billingNfse.stripeInvoiceId, stripeInvoiceId));
  return { status: values.status };
}
