import { and, desc, gte, inArray, lt, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import type { Db } from '@/lib/db/client';
import { withRls, type Tx } from '@/lib/db/with-rls';
import { describeNfse } from '@/lib/nfse/get-nfse-provider';
import { needsAgency, type NfseStatus } from './nfse-status';
import { billingNfse } from './schema';

export type NfseEntry = {
  stripeInvoiceId: string;
  userId: string;
  status: NfseStatus;
  number: string | null;
  amountCents: number;
  currency: string;
  paidAt: Date;
  attempts: number;
  lastError: string | null;
  /** Our links to the provider's documents (authorised per request), only once issued. */
  documents: { pdf: string; xml: string } | null;
};

/** Where an issued NFS-e's PDF/XML are served (src/app/api/billing/nfse/[invoice]/[format]/route.ts). */
export function nfseDocumentPath(stripeInvoiceId: string, format: 'pdf' | 'xml'): string {
  return `/api/billing/nfse/${encodeURIComponent(stripeInvoiceId)}/${format}`;
}

function entryOf(row: typeof billingNfse.$inferSelect): NfseEntry {
  return {
    stripeInvoiceId: row.stripeInvoiceId,
    userId: row.userId,
    status: row.status,
    number: row.number,
    amountCents: row.amountCents,
    currency: row.currency,
    paidAt: row.paidAt,
    attempts: row.attempts,
    lastError: row.lastError,
    documents:
      row.status === 'issued' && row.providerInvoiceId
        ? { pdf: nfseDocumentPath(row.stripeInvoiceId, 'pdf'), xml: nfseDocumentPath(row.stripeInvoiceId, 'xml') }
        : null,
  };
}

/**
 * The client's NFS-e, newest first (their billing page). RLS gives a client their own rows; the
 * filter on user_id keeps an admin's view of their own page to their own rows too.
 */
export async function listNfse(claims: VerifiedClaims, limit = 24): Promise<{ isConfigured: boolean; entries: NfseEntry[] }> {
  const rows = await withRls(claims, (tx) =>
    tx.select().from(billingNfse).where(eq(billingNfse.userId, claims.sub)).orderBy(desc(billingNfse.paidAt)).limit(limit),
  );
  return { isConfigured: describeNfse().provider !== 'none', entries: rows.map(entryOf) };
}

/**
 * The NFS-e the agency has to act on (failed after the job's retries, or no CPF/CNPJ), across
 * clients, newest first. RLS shows all rows only to admins; the page asks requireAdmin() first.
 */
export async function listNfseNeedingAgency(claims: VerifiedClaims, limit = 100): Promise<NfseEntry[]> {
  const statuses = (['failed', 'missing_tax_id'] as const).filter(needsAgency);
  const rows = await withRls(claims, (tx) =>
    tx.select().from(billingNfse).where(inArray(billingNfse.status, statuses)).orderBy(desc(billingNfse.paidAt)).limit(limit),
  );
  return rows.map(entryOf);
}

/** One client's NFS-e of invoices paid in [from, to) (the monthly report), in the caller's transaction. */
export async function listMonthNfse(tx: Tx | Db, input: { userId: string; from: Date; to: Date }): Promise<NfseEntry[]> {
  const rows = await tx
    .select()
    .from(billingNfse)
    .where(and(eq(billingNfse.userId, input.userId), gte(billingNfse.paidAt, input.from), lt(billingNfse.paidAt, input.to)))
    .orderBy(billingNfse.paidAt);
  return rows.map(entryOf);
}

/**
 * The client's NFS-e as their data export holds them (LGPD art. 18 V): every row, with the
 * name, email and CPF/CNPJ they were issued to. Under the caller's RLS, own rows only.
 */
export async function exportNfse(claims: VerifiedClaims) {
  const rows = await withRls(claims, (tx) =>
    tx.select().from(billingNfse).where(eq(billingNfse.userId, claims.sub)).orderBy(billingNfse.paidAt),
  );
  return rows.map((row) => ({
    stripeInvoiceId: row.stripeInvoiceId,
    status: row.status,
    number: row.number,
    amountCents: row.amountCents,
    currency: row.currency,
    paidAt: row.paidAt,
    issuedAt: row.issuedAt,
    borrower: { name: row.borrowerName, email: row.borrowerEmail, taxIdType: row.borrowerTaxType, taxId: row.borrowerTaxId },
  }));
}
