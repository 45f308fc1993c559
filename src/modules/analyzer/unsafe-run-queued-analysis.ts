import { getEnv } from '@/lib/env';
import type { Resolver } from 'node:dns/promises';
import { and, eq } from 'drizzle-orm';
import { queryFieldData } from '@/lib/crux/query-field-data';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { isAppError } from '@/lib/errors';
import type { ErrorMessage } from '@/lib/i18n/error-key';
import { reportError } from '@/lib/observability';
import { BACKGROUND_ANALYSIS_TIMEOUT_MS, partialResultOf, runAnalysis, type AnalysisStage } from './run-analysis';
import { analyzerAnalyses, type AnalysisStatus } from './schema';

/**
 * The analysis job's step: runs a queued analysis and records its progress (loading → measuring
 * → scoring) and its outcome. System code (the table has no client write grant). A run that is
 * not queued any more (a retried step after it finished) is left alone.
 *
 * A run someone asked to be mailed about ("Email me when it finishes", after a timeout) has
 * nobody watching a page: it gets a longer budget and waits behind visitors' runs for Chromium.
 * A timed-out run keeps what was measured before it stopped (a partial result next to the error).
 */
export async function unsafeRunQueuedAnalysis(
  id: string,
  options: {
    resolver?: Resolver;
    allowLoopback?: boolean;
    timeoutMs?: number;
    /** The measurement itself: Lighthouse in Chromium; tests pass one that reports stages at a chosen pace. */
    runAnalysis?: typeof runAnalysis;
  } = {},
): Promise<{ status: AnalysisStatus }> {
  const { runAnalysis: measure = runAnalysis, ...runOptions } = options;
  const db = await unsafeSystemDb('the analyzer job writes progress and results of visitors’ analyses');
  const [claimed] = await db
    .update(analyzerAnalyses)
    .set({ status: 'loading', startedAt: new Date() })
    .where(and(eq(analyzerAnalyses.id, id), eq(analyzerAnalyses.status, 'queued')))
    .returning({ url: analyzerAnalyses.url, notifyEmail: analyzerAnalyses.notifyEmail, locale: analyzerAnalyses.locale });
  if (!claimed) {
    const [row] = await db.select({ status: analyzerAnalyses.status }).from(analyzerAnalyses).where(eq(analyzerAnalyses.id, id));
    return { status: row?.status ?? 'failed' };
  }
  // Progress writes go one after another, so a late "measuring" never overwrites "scoring".
  let progress = Promise.resolve();
  const onStage = (stage: AnalysisStage) => {
    progress = progress
      .then(() => db.update(analyzerAnalyses).set({ status: stage }).where(eq(analyzerAnalyses.id, id)))
      .then(() => undefined)
      .catch(() => undefined);
  };
  try {
    const isBackground = claimed.notifyEmail !== null;
    const lab = await measure(claimed.url, {
      ...(isBackground
        ? { timeoutMs: BACKGROUND_ANALYSIS_TIMEOUT_MS, priority: 'background' as const }
        : { timeoutMs: getEnv().ANALYZER_TIMEOUT_SECONDS * 1000 }),
      // What to fix is written in the language the visitor asked in.
      locale: claimed.locale,
      ...runOptions,
      onStage,
    });
    // Real-user data goes to Google's CrUX API (never to the analyzed site): null when not configured.
    const result = { ...lab, field: await queryFieldData(lab.finalUrl || claimed.url) };
    await progress;
    await db.update(analyzerAnalyses).set({ status: 'done', result, finishedAt: new Date() }).where(eq(analyzerAnalyses.id, id));
    return { status: 'done' };
  } catch (error) {
    await progress;
    if (!isAppError(error)) reportError(error, { where: 'analyzer' });
    const message: ErrorMessage = isAppError(error) ? error.errorMessage : { key: 'errors.analyzer.failed' };
    const partial = partialResultOf(error);
    await db
      .update(analyzerAnalyses)
      .set({ status: 'failed', error: message, result: partial, finishedAt: new Date() })
      .where(eq(analyzerAnalyses.id, id));
    return { status: 'failed' };
  }
}
