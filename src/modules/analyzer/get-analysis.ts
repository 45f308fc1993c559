import { and, count, eq, lt } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import type { ErrorMessage } from '@/lib/i18n/error-key';
import type { AnalysisResult } from './analysis-result';
import { analyzerAnalyses, type AnalysisStatus } from './schema';

export type AnalysisView = {
  id: string;
  url: string;
  status: AnalysisStatus;
  /** How many analyses are queued ahead of this one (0 when it is next or running). */
  queuePosition: number;
  result: AnalysisResult | null;
  error: ErrorMessage | null;
  createdAt: Date;
};

/**
 * One analysis by id, for its (shareable) result page and the progress it polls. The id is an
 * unguessable UUID and the only way to reach a visitor's analysis: visitors have no account, so
 * this reads past RLS (which lets only admins list analyses).
 */
export async function getAnalysis(id: string): Promise<AnalysisView | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = await unsafeSystemDb('a visitor reads their analysis by its unguessable id; they have no account');
  const [row] = await db.select().from(analyzerAnalyses).where(eq(analyzerAnalyses.id, id));
  if (!row) return null;
  let queuePosition = 0;
  if (row.status === 'queued') {
    const [ahead] = await db
      .select({ n: count() })
      .from(analyzerAnalyses)
      .where(and(eq(analyzerAnalyses.status, 'queued'), lt(analyzerAnalyses.createdAt, row.createdAt)));
    queuePosition = ahead?.n ?? 0;
  }
  return { id: row.id, url: row.url, status: row.status, queuePosition, result: row.result, error: row.error, createdAt: row.createdAt };
}
