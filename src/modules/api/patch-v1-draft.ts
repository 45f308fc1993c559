import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError, isAppError } from '@/lib/errors';
import { getDraft } from '@/modules/drafts/get-draft';
import { saveDraftEdits } from '@/modules/editor/save-draft-edits';
import { draftEtag, ifMatchAccepts } from './draft-etag';
import type { draftSavedSchema, patchDraftBody } from './v1-schemas';
import { V1Reply } from './v1-reply';

export type PatchV1DraftInput = { projectId: string; ifMatch: string | null; body: z.infer<typeof patchDraftBody> };

/**
 * PATCH /api/v1/projects/{id}/draft: the editor's typed edit operations applied through the
 * editor's own saveDraftEdits (same schema, same applyEdit, same optimistic save), on the version
 * If-Match names. If-Match is required (428), because a program that edits without saying what
 * it read is how a person's edits in the editor get overwritten; a stale one is a 412. The
 * version is checked here to answer 412 before any work, and again by saveDraftEdits' save, which
 * decides when another save lands in between (its CONFLICT is the same 412).
 */
export async function patchV1Draft(claims: VerifiedClaims, input: PatchV1DraftInput): Promise<V1Reply> {
  if (input.ifMatch === null) throw new AppError('PRECONDITION_REQUIRED', 'errors.api.ifMatchRequired');
  const draft = await getDraft(claims, { projectId: input.projectId });
  // Another account's project (RLS) and no draft yet: the same 404, as for GET.
  if (!draft) throw new AppError('NOT_FOUND', 'errors.common.notFound');
  if (!ifMatchAccepts(input.ifMatch, draft.version)) throw new AppError('PRECONDITION_FAILED', 'errors.api.draftChanged');
  let saved: Awaited<ReturnType<typeof saveDraftEdits>>;
  try {
    saved = await saveDraftEdits(claims, { projectId: input.projectId, baseVersion: draft.version, ops: input.body.ops });
  } catch (err) {
    if (isAppError(err) && err.code === 'CONFLICT' && err.key === 'errors.generate.draftChanged') {
      throw new AppError('PRECONDITION_FAILED', 'errors.api.draftChanged');
    }
    // An operation that does not apply to this draft (a section id it lacks) is the request's
    // fault, a 400 with the editor's reason, not the 404 that means "no such project".
    if (isAppError(err) && err.details?.isEditRefused === true) {
      throw new AppError('VALIDATION', err.key, err.values ? { values: err.values } : {});
    }
    throw err;
  }
  const body: z.infer<typeof draftSavedSchema> = {
    project_id: input.projectId,
    version: saved.version,
    updated_at: saved.createdAt.toISOString(),
  };
  return new V1Reply(200, body, { etag: draftEtag(saved.version) });
}
