import { and, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { namedSiteVersions } from './schema';

/** One named version with its document (to preview or restore). RLS hides other projects' versions: NOT_FOUND. */
export async function getNamedVersion(
  claims: VerifiedClaims,
  input: { projectId: string; versionId: string },
): Promise<{ id: string; name: string; document: SiteDocument }> {
  const [row] = await withRls(claims, (tx) =>
    tx
      .select({ id: namedSiteVersions.id, name: namedSiteVersions.name, document: namedSiteVersions.document })
      .from(namedSiteVersions)
      .where(and(eq(namedSiteVersions.id, input.versionId), eq(namedSiteVersions.projectId, input.projectId)))
      .limit(1),
  );
  if (!row) throw new AppError('NOT_FOUND', 'errors.editor.notFound');
  return row;
}
