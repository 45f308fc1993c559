import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { getDraft } from '@/modules/drafts/get-draft';
import { parseDocumentToSave } from '@/modules/drafts/parse-document-to-save';
import { saveDraftOnBase } from '@/modules/drafts/save-draft-on-base';
import { applyEdit } from './apply-edit';
import { editOperationSchema } from './edit-operation';
import { MAX_OPS_PER_SAVE } from './editor-session';

export const saveDraftEditsInput = z.object({
  projectId: z.uuid(),
  /** The draft version the operations were made on. */
  baseVersion: z.number().int().min(1).max(10_000_000),
  /** The edits since that version, in order (keystrokes in one text already merged into one). */
  ops: z.array(editOperationSchema).min(1).max(MAX_OPS_PER_SAVE),
});

/**
 * Autosave by operations: the editor sends what it did since `baseVersion` (an operation is
 * ~100 B; the draft is tens of KB), and the server replays them on that version through the same
 * schema-checked `applyEdit`, then saves the result as `baseVersion + 1` with saveDraftOnBase's
 * optimistic check. A draft that moved on answers CONFLICT (the editor keeps its edits and
 * offers to reapply them); an operation that does not apply is refused with its reason and
 * nothing is stored.
 */
export async function saveDraftEdits(claims: VerifiedClaims, raw: z.input<typeof saveDraftEditsInput>) {
  const input = saveDraftEditsInput.parse(raw);
  const draft = await getDraft(claims, { projectId: input.projectId });
  // RLS hides other people's projects: the same answer as a project without a draft.
  if (!draft) throw new AppError('NOT_FOUND', 'errors.generate.editNotFound');
  if (draft.version !== input.baseVersion)
    throw new AppError('CONFLICT', 'errors.generate.draftChanged', { details: { latestVersion: draft.version } });
  let document = parseDocumentToSave(draft.document);
  for (const op of input.ops) {
    const result = applyEdit(document, op);
    if (!result.ok) {
      const { refusal } = result;
      // `isEditRefused` tells the editor this was one of its operations, not the project: it
      // then sends its whole document instead (validated too), so no edit is lost to a replay
      // that differs between browser and server.
      const details = { isEditRefused: true };
      throw refusal.key === 'errors.editor.invalidEdit'
        ? new AppError(refusal.code, refusal.key, { values: { reason: refusal.reason ?? '' }, details })
        : new AppError(refusal.code, refusal.key, { details });
    }
    document = result.document;
  }
  return saveDraftOnBase(claims, { projectId: input.projectId, baseVersion: input.baseVersion, document });
}
