import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { completeUpload } from '@/modules/storage/complete-upload';
import type { completedFileSchema } from './v1-file-schemas';
import { V1Reply } from './v1-reply';

/**
 * POST /api/v1/files/{id}/complete: storage.completeUpload, as the Files page calls it once TUS is
 * done — the bytes are moved where nothing writes, typed from their content (allow-list), SVGs
 * checked, images thumbnailed. Another account's upload is a 404 (RLS finds nothing); bytes
 * missing or short a 409; a refused type a 400.
 */
export async function completeV1FileUpload(claims: VerifiedClaims, uploadId: string): Promise<V1Reply> {
  const file = await completeUpload(claims, { uploadId });
  const wire: z.infer<typeof completedFileSchema> = {
    id: file.id,
    name: file.name,
    content_type: file.contentType,
    size_bytes: file.sizeBytes,
    has_thumbnail: file.hasThumbnail,
  };
  return new V1Reply(200, wire);
}
