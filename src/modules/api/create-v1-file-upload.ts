import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { getEnv } from '@/lib/env';
import { startUpload } from '@/modules/storage/start-upload';
import type { createFileUploadBody, fileUploadSchema } from './v1-file-schemas';
import { V1Reply } from './v1-reply';

/**
 * POST /api/v1/files: storage.startUpload, the Files page's own first step — the room is reserved
 * by the database (the plan's storage and per-file size hold there, under the owner's lock, so a
 * full plan is a 403 TIER_LIMIT before a byte moves), and the answer is the storage adapter's
 * signed TUS ticket for this one object: Supabase Storage's resumable endpoint in production, the
 * app's embedded one otherwise (made absolute here: an API client has no page to be relative to).
 * The bytes go there, then POST /api/v1/files/{id}/complete checks and keeps them.
 */
export async function createV1FileUpload(claims: VerifiedClaims, body: z.infer<typeof createFileUploadBody>): Promise<V1Reply> {
  const started = await startUpload(claims, { name: body.name, size: body.size, folderId: body.folder_id ?? null });
  const wire: z.infer<typeof fileUploadSchema> = {
    upload_id: started.uploadId,
    expires_at: started.expiresAt.toISOString(),
    tus: {
      endpoint: new URL(started.ticket.endpoint, getEnv().APP_URL).toString(),
      headers: started.ticket.headers,
      metadata: started.ticket.metadata,
      chunk_size: started.ticket.chunkSize,
    },
  };
  return new V1Reply(201, wire);
}
