import { describeAdapters } from '@/lib/env';
import { startEmbeddedWorker, stopEmbeddedWorker } from '@/lib/jobs/embedded/worker';
import { reportError } from '@/lib/observability';
import { flushSiteTraffic } from '@/modules/host/site-traffic-meter';
import { jobs } from '~inngest/functions';

/**
 * Without Inngest, this process runs the durable jobs itself (the embedded engine over the app's
 * database). With Inngest nothing starts here: Inngest calls /api/inngest.
 *
 * A file of its own, imported only under `NEXT_RUNTIME === 'nodejs'`, so the edge instrumentation
 * bundle never traces the job graph (node:zlib, pg) and fails to compile.
 */
export function startEmbeddedJobs() {
  if (describeAdapters().jobs !== 'embedded' || process.env.PM_DISABLE_JOB_WORKER === '1') return;
  startEmbeddedWorker(jobs);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      // Next drains requests and exits on its own; meanwhile write the last bytes served and let
      // runs in progress finish their step (unfinished ones resume at the next start).
      void Promise.allSettled([flushSiteTraffic(), stopEmbeddedWorker()]).catch((err: unknown) => reportError(err, { where: 'shutdown' }));
    });
  }
}
