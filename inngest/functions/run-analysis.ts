import { events } from '~inngest/client';
import { getEnv } from '@/lib/env';
import { defineJob } from '@/lib/jobs/define-job';
import { unsafeRunQueuedAnalysis } from '@/modules/analyzer/unsafe-run-queued-analysis';

/**
 * A visitor's analysis: one Lighthouse run in its own Chromium. At most ANALYZER_CONCURRENCY
 * (1–2 on a small box) run at once across the app; the rest wait in order of arrival.
 */
export const runAnalysisJob = defineJob(
  { id: 'analyzer-run-analysis', trigger: events.analysisRequested, concurrency: { limit: getEnv().ANALYZER_CONCURRENCY } },
  async ({ event, step }) => step.run('analyze', () => unsafeRunQueuedAnalysis(event.data.analysisId)),
);
