import { and, eq, lt, sql } from 'drizzle-orm';
import { rowsOf } from '@/lib/db/rows-of';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { getBlobStore } from '@/lib/storage/get-blob-store';
import { blobKeyFor } from '@/modules/build/blob-key-for';
import { sitePhotoBlobs } from './schema';

/**
 * How long a variant no deployment references is kept after a build last used it. A build
 * records its variants before its deployment is ready (its manifest is written later), and a
 * failed publish is usually retried soon: both must find their variants still there.
 */
export const PHOTO_BLOB_GRACE_MS = 24 * 3600_000;

const BATCH = 500;

/** Records (or refreshes) the photo variants a build just used. The publish job's system code. */
export async function unsafeRecordPhotoBlobs(sha256s: readonly string[]): Promise<void> {
  if (sha256s.length === 0) return;
  const db = await unsafeSystemDb('the publish job records the photo variants its build stored');
  for (let i = 0; i < sha256s.length; i += BATCH) {
    await db
      .insert(sitePhotoBlobs)
      .values(sha256s.slice(i, i + BATCH).map((sha256) => ({ sha256 })))
      .onConflictDoUpdate({ target: sitePhotoBlobs.sha256, set: { lastUsedAt: sql`now()` } });
  }
}

/**
 * Deletes photo variants nothing needs any more: not named by the manifest of any deployment
 * that has one — the live deployment and every ready one a person can roll back to — and not
 * used by a build within the grace period. The row goes first, conditionally, so a build that
 * used the variant meanwhile (refreshing last_used_at) keeps it. A cron job's work.
 */
export async function unsafeCollectPhotoBlobs(now = new Date()): Promise<{ deleted: number }> {
  const db = await unsafeSystemDb('a cron job deletes photo variants no deployment references');
  const store = getBlobStore();
  const cutoff = new Date(now.getTime() - PHOTO_BLOB_GRACE_MS);
  let deleted = 0;
  for (;;) {
    const candidates = rowsOf<{ sha256: string }>(
      await db.execute(sql`
        with referenced as (
          select distinct f.value ->> 'sha256' as sha256
          from public.deployments d
          cross join lateral jsonb_each(coalesce(d.manifest -> 'files', '{}'::jsonb)) f
          where d.manifest is not null and d.status <> 'failed'
        )
        select b.sha256 from public.site_photo_blobs b
        where b.last_used_at < ${cutoff.toISOString()}::timestamptz
          and not exists (select 1 from referenced r where r.sha256 = b.sha256)
        order by b.last_used_at
        limit ${BATCH}`),
    );
    for (const { sha256 } of candidates) {
      const [gone] = await db
        .delete(sitePhotoBlobs)
        .where(and(eq(sitePhotoBlobs.sha256, sha256), lt(sitePhotoBlobs.lastUsedAt, cutoff)))
        .returning({ sha256: sitePhotoBlobs.sha256 });
      if (!gone) continue;
      await store.delete(blobKeyFor(sha256));
      deleted += 1;
    }
    if (candidates.length < BATCH) break;
  }
  return { deleted };
}
