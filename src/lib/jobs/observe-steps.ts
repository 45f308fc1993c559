import { logOperation } from '@/lib/log';
import { getMetrics } from '@/lib/metrics';
import { runInOperation, type OperationContext } from '@/lib/operation-context';
import { withSpan } from '@/lib/telemetry/with-span';
import type { StepTools } from './types';

/**
 * The job's step tools with each executed step logged and counted: one line per step that runs
 * (a memoised step's function is not called again, so a replay writes nothing), with the job id,
 * the step id, the run id as the line's id, the account a step's session verification names,
 * outcome and duration, and an OpenTelemetry span around it. The same for both engines: it wraps
 * the tools the job is handed.
 */
export function observeSteps(jobId: string, step: StepTools, meta: { runId: string; attempt?: number }): StepTools {
  return {
    ...step,
    run<T>(id: string, fn: () => Promise<T>) {
      return step.run(id, async () => {
        const startedAt = performance.now();
        const context: OperationContext = { requestId: meta.runId };
        const metrics = getMetrics();
        try {
          // A span per executed step: what the step does (a publish's build, store, activate) nests in it.
          const attributes = { 'pm.job.name': jobId, 'pm.job.step': id, 'pm.job.run_id': meta.runId };
          const value = await withSpan(`job ${jobId} · ${id}`, attributes, () => runInOperation(context, fn));
          finish('ok');
          return value;
        } catch (err) {
          finish('error', err);
          throw err;
        }

        function finish(outcome: 'ok' | 'error', err?: unknown): void {
          const durationMs = performance.now() - startedAt;
          metrics.jobSteps.inc({ job_name: jobId, outcome });
          metrics.jobStepDuration.observe({ job_name: jobId }, durationMs / 1000);
          const code = err && typeof err === 'object' && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
          logOperation({
            kind: 'job',
            requestId: meta.runId,
            name: `${jobId} · ${id}`,
            outcome,
            durationMs,
            ...(context.userId ? { userId: context.userId } : {}),
            ...(context.accountId ? { accountId: context.accountId } : {}),
            ...(code ? { errorCode: code } : {}),
            ...(meta.attempt !== undefined ? { detail: { attempt: meta.attempt } } : {}),
          });
        }
      });
    },
  };
}
