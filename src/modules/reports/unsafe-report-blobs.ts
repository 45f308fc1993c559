import { eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { removeReportPdf } from './store-report-pdf';
import { monthlyReports } from './schema';

/**
 * The storage keys of an account's report PDFs, read before the account is deleted (the rows go
 * with it, on delete cascade; the bytes live in the storage port and must be removed after).
 * Privileged: account deletion runs as system code once the person has confirmed it.
 */
export async function unsafeListReportBlobKeys(ownerId: string): Promise<string[]> {
  const db = await unsafeSystemDb("account deletion lists the account's report PDFs to remove their bytes");
  const rows = await db.select({ key: monthlyReports.blobKey }).from(monthlyReports).where(eq(monthlyReports.ownerId, ownerId));
  return rows.map((row) => row.key);
}

/** Removes those PDFs from storage (a missing one is not an error). */
export async function unsafeDeleteReportBlobs(keys: readonly string[]): Promise<void> {
  for (const key of keys) await removeReportPdf(key);
}
