import { and, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { performancePinnedPages } from './performance-schema';

/** Unpins a page (owners and editors). A pin that is not there, or not theirs to see, is not found. */
export async function unpinPerformancePage(claims: VerifiedClaims, input: { projectId: string; pinId: string }): Promise<void> {
  const removed = await withRls(claims, (tx) =>
    tx
      .delete(performancePinnedPages)
      .where(and(eq(performancePinnedPages.id, input.pinId), eq(performancePinnedPages.projectId, input.projectId)))
      .returning({ id: performancePinnedPages.id }),
  );
  if (removed.length === 0) throw new AppError('NOT_FOUND', 'errors.common.notFound');
}
