import { eq, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { parseDocumentToSave } from './parse-document-to-save';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { siteVersions, type VersionSource } from './schema';

export type SaveSiteVersionInput = { projectId: string; document: SiteDocument; source: VersionSource; generationId?: string };

/** Saves a new draft version (validated) as version max+1; retries once if two saves race for the number. */
export async function saveSiteVersion(claims: VerifiedClaims, input: SaveSiteVersionInput) {
  const document = parseDocumentToSave(input.document);
  for (let attempt = 0; ; attempt++) {
    try {
      return await withRls(claims, async (tx) => {
        const [{ next }] = (await tx
          .select({ next: sql<number>`coalesce(max(${siteVersions.version}), 0) + 1` })
          .from(siteVersions)
          .where(eq(siteVersions.projectId, input.projectId))) as [{ next: number }];
        const [row] = await tx
          .insert(siteVersions)
          .values({
            projectId: input.projectId,
            version: Number(next),
            document,
            source: input.source,
            generationId: input.generationId ?? null,
            createdBy: claims.sub,
          })
          .returning({ id: siteVersions.id, version: siteVersions.version, createdAt: siteVersions.createdAt });
        return row!;
      });
    } catch (err) {
      if (attempt === 0 && isAppError(err) && err.code === 'CONFLICT') continue;
      if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'errors.generate.editNotFound');
      throw err;
    }
  }
}
