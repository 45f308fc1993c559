import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { parseDocumentToSave } from './parse-document-to-save';
import { latestVersionRefIn } from './draft-ref';
import { siteVersions } from './schema';

export const saveDraftOnBaseInput = z.object({
  projectId: z.uuid(),
  /** The draft version the edits were made on. */
  baseVersion: z.number().int().min(1).max(10_000_000),
  /** Validated against the site-document schema below, with the same messages as every other save. */
  document: z.unknown(),
});

export type SaveDraftOnBaseInput = z.input<typeof saveDraftOnBaseInput>;

/**
 * Saves an edited draft as version `baseVersion + 1` — only if nobody saved a version since
 * `baseVersion` (optimistic concurrency). The unique (project_id, version) constraint is the
 * arbiter, so two tabs or two editors racing cannot both win: the loser gets CONFLICT with the
 * newest version, and its edits stay in its editor (never silently dropped or overwritten).
 */
export async function saveDraftOnBase(claims: VerifiedClaims, raw: SaveDraftOnBaseInput) {
  const input = saveDraftOnBaseInput.parse(raw);
  const document = parseDocumentToSave(input.document);
  try {
    return await withRls(claims, async (tx) => {
      const latest = await latestVersionRefIn(tx, input.projectId);
      // Checked first so the common case answers without relying on a failed insert; the
      // constraint still decides when two saves pass this check at the same moment.
      if (latest && latest.version !== input.baseVersion) throw draftChanged(latest.version);
      if (!latest) throw new AppError('NOT_FOUND', 'errors.generate.editNotFound');
      const [row] = await tx
        .insert(siteVersions)
        .values({
          projectId: input.projectId,
          version: input.baseVersion + 1,
          document,
          source: 'edit',
          createdBy: claims.sub,
        })
        .returning({ id: siteVersions.id, version: siteVersions.version, createdAt: siteVersions.createdAt });
      return row!;
    });
  } catch (err) {
    if (isAppError(err) && err.code === 'CONFLICT' && err.key === 'errors.database.taken') {
      const latest = await withRls(claims, (tx) => latestVersionRefIn(tx, input.projectId));
      throw draftChanged(latest?.version ?? input.baseVersion + 1);
    }
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'errors.generate.editNotFound');
    throw err;
  }
}

function draftChanged(latestVersion: number) {
  return new AppError('CONFLICT', 'errors.generate.draftChanged', { details: { latestVersion } });
}
