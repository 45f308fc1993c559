import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { getBlobStore } from '@/lib/storage/get-blob-store';
import type { OpenedFile } from '@/modules/storage/open-file';
import type { ReportMonth } from './report-month';
import { monthlyReports } from './schema';
import { reportFileName } from './store-report-pdf';

/**
 * A report's PDF for the caller. The row is read under RLS first — another client's report id
 * finds nothing and answers "not found", the same as an id that never existed — and only then are
 * the bytes fetched from the storage port by the key that row holds.
 */
export async function openReportPdf(claims: VerifiedClaims, reportId: string): Promise<OpenedFile> {
  const [row] = await withRls(claims, (tx) =>
    tx.select({ month: monthlyReports.month, blobKey: monthlyReports.blobKey }).from(monthlyReports).where(eq(monthlyReports.id, reportId)),
  );
  if (!row) throw new AppError('NOT_FOUND', 'errors.reports.notFound');
  const blob = await getBlobStore().get(row.blobKey);
  if (!blob) throw new AppError('NOT_FOUND', 'errors.reports.notFound');
  return {
    name: reportFileName(row.month as ReportMonth),
    contentType: 'application/pdf',
    size: blob.body.byteLength,
    body: new Response(new Uint8Array(blob.body)).body!,
    mayShowInline: true,
  };
}
