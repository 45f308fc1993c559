import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { storageItems } from './schema';
import { isSitePhotoType, type SitePhoto } from './site-photo';

export const findOwnPhotosInput = z.object({ ids: z.array(z.uuid()).max(200) });

/**
 * The caller's own photos among `ids` (not trashed, a raster type a page can show, measured).
 * Read under RLS and filtered by owner: an id of someone else's file — or of a teammate's, since
 * a site shows its owner's photos — is simply absent, exactly like an id that never existed.
 * This is how the studio authorizes putting `file:<id>` into a document.
 */
export async function findOwnPhotos(claims: VerifiedClaims, raw: z.input<typeof findOwnPhotosInput>): Promise<Map<string, SitePhoto>> {
  const { ids } = findOwnPhotosInput.parse(raw);
  if (ids.length === 0) return new Map();
  const rows = await withRls(claims, (tx) =>
    tx
      .select()
      .from(storageItems)
      .where(and(inArray(storageItems.id, ids), eq(storageItems.ownerId, claims.sub), isNull(storageItems.trashedAt))),
  );
  return new Map(
    rows.flatMap((row) =>
      isSitePhotoType(row.contentType) && row.width && row.height && row.contentSha256
        ? [
            [
              row.id,
              { id: row.id, name: row.name, contentType: row.contentType, width: row.width, height: row.height, sha256: row.contentSha256 },
            ],
          ]
        : [],
    ),
  );
}
