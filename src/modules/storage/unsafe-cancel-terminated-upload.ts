import { eq, sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { storageUploads } from './schema';

/**
 * The browser terminated the TUS upload stored at `blobKey` (tus-js-client's abort(true), sent
 * when the person cancels): its reservation stops counting now, exactly as private.cancel_upload
 * does. The cancel action the page sends next may never arrive — the page can be reloaded or
 * closed in between — and a reservation left open would count against the plan for 24 hours
 * with no file to show for it. Asked by the embedded TUS endpoint, whose request carries a signed
 * upload token (it proves who may write this one object) instead of a session, hence the
 * privileged connection. clock_timestamp(), not now(): a completion whose transaction began
 * before this one must still see the upload as cancelled once it gets the row.
 */
export async function unsafeCancelTerminatedUpload(blobKey: string): Promise<void> {
  const db = await unsafeSystemDb('the TUS endpoint ends the reservation of an upload its signed token holder terminated');
  await db
    .update(storageUploads)
    .set({ expiresAt: sql`least(${storageUploads.expiresAt}, clock_timestamp())` })
    .where(eq(storageUploads.blobKey, blobKey));
}
