import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { getFileStore } from '@/lib/storage/get-file-store';
import { storageItems } from './schema';

export const getPhotoPreviewsInput = z.object({ ids: z.array(z.uuid()).max(60) });

/** Thumbnails are at most 480 px WebP (make-thumbnail.ts), a few tens of kilobytes each. */
const MAX_THUMBNAIL_BYTES = 512 * 1024;

/**
 * Small previews of the caller's photos as `data:` URLs, for the studio's preview. That preview
 * is an iframe sandboxed without same-origin: it can fetch nothing with the person's session,
 * so the pictures travel inside the HTML instead of loosening the sandbox or the CSP (which
 * already allows `data:` images). Under RLS: another client's ids give nothing.
 */
export async function getPhotoPreviews(
  claims: VerifiedClaims,
  raw: z.input<typeof getPhotoPreviewsInput>,
): Promise<Record<string, string>> {
  const { ids } = getPhotoPreviewsInput.parse(raw);
  if (ids.length === 0) return {};
  const rows = await withRls(claims, (tx) =>
    tx
      .select({ id: storageItems.id, thumbnailKey: storageItems.thumbnailKey })
      .from(storageItems)
      .where(and(inArray(storageItems.id, ids), eq(storageItems.ownerId, claims.sub), isNotNull(storageItems.thumbnailKey))),
  );
  const store = getFileStore();
  const entries = await Promise.all(
    rows.map(async (row) => {
      const bytes = row.thumbnailKey ? await store.read(row.thumbnailKey) : null;
      if (!bytes || bytes.byteLength > MAX_THUMBNAIL_BYTES) return null;
      return [row.id, `data:image/webp;base64,${Buffer.from(bytes).toString('base64')}`] as const;
    }),
  );
  return Object.fromEntries(entries.filter((entry) => entry !== null));
}
