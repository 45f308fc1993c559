import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { getNfseProvider } from '@/lib/nfse/get-nfse-provider';
import { reportError } from '@/lib/observability';
import { billingNfse } from './schema';

/** The document as the route serves it (the same shape as storage's OpenedFile, which billing must not import: storage depends on billing). */
export type NfseFile = { name: string; contentType: string; size: number; body: ReadableStream<Uint8Array>; mayShowInline: boolean };

/**
 * An issued NFS-e's PDF or XML for the caller. The row is read under RLS first — another client's
 * invoice id finds nothing and answers "not found", like one that never existed — and only then
 * are the bytes fetched from the provider with the agency's key (which never reaches a browser).
 */
export async function openNfseDocument(claims: VerifiedClaims, stripeInvoiceId: string, format: 'pdf' | 'xml'): Promise<NfseFile> {
  const [row] = await withRls(claims, (tx) =>
    tx
      .select({ status: billingNfse.status, providerInvoiceId: billingNfse.providerInvoiceId, number: billingNfse.number })
      .from(billingNfse)
      .where(eq(billingNfse.stripeInvoiceId, stripeInvoiceId)),
  );
  if (!row || row.status !== 'issued' || !row.providerInvoiceId) throw new AppError('NOT_FOUND', 'errors.billing.nfseNotFound');
  let document;
  try {
    document = await getNfseProvider().download(row.providerInvoiceId, format);
  } catch (err) {
    reportError(err, { where: 'openNfseDocument', stripeInvoiceId });
    throw new AppError('UNAVAILABLE', 'errors.billing.nfseUnavailable');
  }
  const bytes = new Uint8Array(document.body);
  return {
    name: `nfse-${(row.number ?? stripeInvoiceId).replace(/[^\w.-]/g, '_')}.${format}`,
    contentType: format === 'pdf' ? 'application/pdf' : 'application/xml',
    size: bytes.byteLength,
    body: new Response(bytes).body!,
    mayShowInline: format === 'pdf',
  };
}
