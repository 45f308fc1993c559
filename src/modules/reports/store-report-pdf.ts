import { randomUUID } from 'node:crypto';
import { getBlobStore } from '@/lib/storage/get-blob-store';
import type { ReportMonth } from './report-month';

/**
 * Puts a report's PDF in the storage port under a fresh key (a regenerated report never
 * overwrites the bytes a download may be reading; the old key is removed once the row points at
 * the new one). Keys: reports/<owner>/<month>/<random>.pdf.
 */
export async function storeReportPdf(ownerId: string, month: ReportMonth, pdf: Uint8Array): Promise<string> {
  const key = `reports/${ownerId}/${month}/${randomUUID()}.pdf`;
  await getBlobStore().put(key, pdf, 'application/pdf');
  return key;
}

/** Removes a replaced report's bytes; a missing object is not an error. */
export async function removeReportPdf(key: string | null | undefined): Promise<void> {
  if (key) await getBlobStore().delete(key);
}

/** The file name a report downloads and is attached as. */
export function reportFileName(month: ReportMonth): string {
  return `page-magic-report-${month.slice(0, 7)}.pdf`;
}
