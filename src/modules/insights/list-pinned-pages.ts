import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import type { Tx } from '@/lib/db/with-rls';
import type { PinnedPage } from './pin-performance-page';
import { performancePinnedPages } from './performance-schema';

/** The pages a site pinned and how many its plan allows (null when the caller may not see the site). */
export async function listPinnedPages(tx: Tx | Db, projectId: string): Promise<{ pages: PinnedPage[]; limit: number | null }> {
  const pages = await tx
    .select({ id: performancePinnedPages.id, path: performancePinnedPages.path, createdAt: performancePinnedPages.createdAt })
    .from(performancePinnedPages)
    .where(eq(performancePinnedPages.projectId, projectId))
    .orderBy(asc(performancePinnedPages.createdAt), asc(performancePinnedPages.path));
  const [row] = rowsOf<{ limit: number | null }>(await tx.execute(sql`select private.performance_page_limit(${projectId}::uuid) as limit`));
  return { pages, limit: row?.limit === null || row?.limit === undefined ? null : Number(row.limit) };
}
