import { and, eq, gt } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { storageUploads } from './schema';

/**
 * Whether bytes may still arrive for the upload stored at `blobKey`: its reservation exists and
 * has not expired or been cancelled. Asked by the embedded TUS endpoint, whose requests carry a
 * signed upload token instead of a session — the token already proves who may write; this only
 * says whether writing is still allowed, so the privileged read reveals nothing to the caller.
 */
export async function unsafeIsUploadOpen(blobKey: string, now = new Date()): Promise<boolean> {
  const db = await unsafeSystemDb('the TUS endpoint checks a signed upload is still open (its request has a token, not a session)');
  const [row] = await db
    .select({ id: storageUploads.id })
    .from(storageUploads)
    .where(and(eq(storageUploads.blobKey, blobKey), gt(storageUploads.expiresAt, now)));
  return row !== undefined;
}
