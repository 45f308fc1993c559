import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { getDraft } from '@/modules/drafts/get-draft';
import { draftEtag } from './draft-etag';
import type { draftSchema } from './v1-schemas';
import { V1Reply } from './v1-reply';

/**
 * GET /api/v1/projects/{id}/draft: the project's newest version (drafts.getDraft, under RLS) with
 * its ETag, which PATCH wants back as If-Match. Another account's project and a project with no
 * draft yet are the same 404: RLS hides the first, and saying which would tell that it exists.
 */
export async function getV1Draft(claims: VerifiedClaims, projectId: string): Promise<V1Reply> {
  const draft = await getDraft(claims, { projectId });
  if (!draft) throw new AppError('NOT_FOUND', 'errors.common.notFound');
  const body: z.infer<typeof draftSchema> = {
    project_id: draft.projectId,
    version: draft.version,
    updated_at: draft.createdAt.toISOString(),
    document: draft.document,
  };
  return new V1Reply(200, body, { etag: draftEtag(draft.version) });
}
