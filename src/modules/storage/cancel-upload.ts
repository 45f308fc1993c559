import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';

export const cancelUploadInput = z.object({ uploadId: z.uuid() });

/**
 * Gives up an upload: its reservation stops counting at once (private.cancel_upload, the owner's
 * own uploads only — anyone else's id changes nothing). The bytes that arrived are removed by the
 * abandoned-uploads cron, which also catches uploads nobody cancelled.
 */
export async function cancelUpload(claims: VerifiedClaims, raw: z.input<typeof cancelUploadInput>): Promise<void> {
  const { uploadId } = cancelUploadInput.parse(raw);
  await withRls(claims, (tx) => tx.execute(sql`select private.cancel_upload(${uploadId}::uuid)`));
}
