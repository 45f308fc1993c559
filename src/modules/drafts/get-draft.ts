import { desc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { siteVersions } from './schema';

/** The project's newest saved version (its draft), or null when nothing was generated yet. */
export async function getDraft(claims: VerifiedClaims, input: { projectId: string }) {
  return withRls(claims, async (tx) => {
    const [row] = await tx
      .select()
      .from(siteVersions)
      .where(eq(siteVersions.projectId, input.projectId))
      .orderBy(desc(siteVersions.version))
      .limit(1);
    return row ?? null;
  });
}
