import { and, desc, eq, ilike, inArray, isNull, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { storageItems } from './schema';
import { SITE_PHOTO_TYPES } from './site-photo';

export const listSitePhotosInput = z.object({ query: z.string().trim().max(100).optional() });

export type SitePhotoEntry = { id: string; name: string; width: number; height: number; hasThumbnail: boolean };

const MAX_PHOTOS = 200;

/** `%` and `_` are LIKE wildcards: a search for "50%" means the characters. */
const containsPattern = (query: string) => `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The caller's photos a site can show (raster images with known dimensions), newest first,
 * optionally only those whose name contains `query`: what the image picker offers. Under RLS.
 */
export async function listSitePhotos(claims: VerifiedClaims, raw: z.input<typeof listSitePhotosInput>): Promise<SitePhotoEntry[]> {
  const { query } = listSitePhotosInput.parse(raw);
  const rows = await withRls(claims, (tx) =>
    tx
      .select({
        id: storageItems.id,
        name: storageItems.name,
        width: storageItems.width,
        height: storageItems.height,
        thumbnailKey: storageItems.thumbnailKey,
      })
      .from(storageItems)
      .where(
        and(
          eq(storageItems.ownerId, claims.sub),
          isNull(storageItems.trashedAt),
          inArray(storageItems.contentType, [...SITE_PHOTO_TYPES]),
          isNotNull(storageItems.width),
          isNotNull(storageItems.contentSha256),
          query ? ilike(storageItems.name, containsPattern(query)) : undefined,
        ),
      )
      .orderBy(desc(storageItems.createdAt))
      .limit(MAX_PHOTOS),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    width: row.width ?? 0,
    height: row.height ?? 0,
    hasThumbnail: row.thumbnailKey !== null,
  }));
}
