import { events } from '~inngest/client';
import { getEnv } from '@/lib/env';
import { defineJob } from '@/lib/jobs/define-job';
import { unsafeMailFinishedAnalysis } from '@/modules/analyzer/unsafe-mail-finished-analysis';
import { unsafeRunQueuedAnalysis } from '@/modules/analyzer/unsafe-run-queued-analysis';

/**
 * A visitor's analysis: one Lighthouse run in its own Chromium. At most ANALYZER_CONCURRENCY
 * (1–2 on a small box) run at once across the app; the rest wait in order of arrival. A run
 * someone asked to be mailed about ("Email me when it finishes") then mails them its report; for
 * every other run that step finds nobody to mail.
 */
export const runAnalysisJob = defineJob(
  { id: 'analyzer-run-analysis', trigger: events.analysisRequested, concurrency: { limit: getEnv().ANALYZER_CONCURRENCY } },
  async ({ event, step }) => {
    const outcome = await step.run('analyze', () => unsafeRunQueuedAnalysis(event.data.analysisId));
    const mail = await step.run('mail', () => unsafeMailFinishedAnalysis(event.data.analysisId));
    return { ...outcome, mail };
  },
);
