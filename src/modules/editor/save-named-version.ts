import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { parseDocumentToSave } from '@/modules/drafts/parse-document-to-save';
import { namedSiteVersions } from './schema';

export const saveNamedVersionInput = z.object({
  projectId: z.uuid(),
  name: z.string().trim().min(1).max(80),
  /** The draft version the document was edited on (shown in the list, "from draft 12"). */
  draftVersion: z.number().int().min(1).max(10_000_000),
  /** What the person sees in the editor, unsaved edits included; validated like every save. */
  document: z.unknown(),
});

/**
 * Keeps the document under a name. RLS decides who may (owners and editors of the project);
 * anyone else gets NOT_FOUND, as if the project did not exist.
 */
export async function saveNamedVersion(claims: VerifiedClaims, raw: z.input<typeof saveNamedVersionInput>) {
  const input = saveNamedVersionInput.parse(raw);
  const document = parseDocumentToSave(input.document);
  try {
    return await withRls(claims, async (tx) => {
      const [row] = await tx
        .insert(namedSiteVersions)
        .values({ projectId: input.projectId, name: input.name, document, draftVersion: input.draftVersion, createdBy: claims.sub })
        .returning({
          id: namedSiteVersions.id,
          name: namedSiteVersions.name,
          draftVersion: namedSiteVersions.draftVersion,
          authorName: namedSiteVersions.authorName,
          createdAt: namedSiteVersions.createdAt,
        });
      return row!;
    });
  } catch (err) {
    if (isAppError(err) && (err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND'))
      throw new AppError('NOT_FOUND', 'errors.editor.notFound');
    throw err;
  }
}
