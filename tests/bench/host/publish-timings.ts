/**
 * Where a publish spends its time: the spans the publish path opens (src/lib/telemetry/with-span.ts —
 * requestPublish, the job engine's dispatch/claim/steps/saves, the publish steps, the build and
 * each check), caught in memory with OpenTelemetry's own SDK while the bench publishes, and
 * summarised per step as the median over the runs of the time spent in it before the site was
 * live, with the median offset at which it started (from the call to requestPublish).
 */
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { median } from './stats';

/** OpenTelemetry's [seconds, nanoseconds] as milliseconds. */
const hrTimeToMilliseconds = ([seconds, nanos]: readonly [number, number]) => seconds * 1000 + nanos / 1e6;

type StepSample = { totalMs: number; count: number; startOffsetMs: number; depth: number };

export type PublishTimings = {
  /** Call this just before requestPublish. */
  begin(): void;
  /** Call this when the site answered 200: the spans that ended before then are this run's. */
  end(): void;
  /** One line per step, in the order they start, indented by nesting. */
  lines(): string[];
  close(): Promise<void>;
};

export function recordPublishTimings(): PublishTimings {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  provider.register();
  const runs: Map<string, StepSample>[] = [];
  let startedAt = 0;

  function depthOf(span: ReadableSpan, byId: ReadonlyMap<string, ReadableSpan>): number {
    let depth = 0;
    let parentId = span.parentSpanContext?.spanId;
    while (parentId && byId.has(parentId) && depth < 20) {
      depth++;
      parentId = byId.get(parentId)!.parentSpanContext?.spanId;
    }
    return depth;
  }

  return {
    begin() {
      exporter.reset();
      startedAt = performance.timeOrigin + performance.now();
    },
    end() {
      const liveAt = performance.timeOrigin + performance.now();
      const spans = exporter
        .getFinishedSpans()
        .filter((span) => hrTimeToMilliseconds(span.startTime) >= startedAt && hrTimeToMilliseconds(span.endTime) <= liveAt);
      const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
      const steps = new Map<string, StepSample>();
      for (const span of spans) {
        // Steps named per item (a notification's `email-<uuid>`) are one row.
        const name = span.name.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
        const step = steps.get(name) ?? {
          totalMs: 0,
          count: 0,
          startOffsetMs: hrTimeToMilliseconds(span.startTime) - startedAt,
          depth: depthOf(span, byId),
        };
        step.totalMs += hrTimeToMilliseconds(span.duration);
        step.count++;
        steps.set(name, step);
      }
      steps.set('(requestPublish → first 200 on the host)', { totalMs: liveAt - startedAt, count: 1, startOffsetMs: -1, depth: 0 });
      runs.push(steps);
    },
    lines() {
      const names = [...new Set(runs.flatMap((run) => [...run.keys()]))];
      const rows = names.map((name) => {
        const samples = runs.map((run) => run.get(name));
        const present = samples.filter((sample): sample is StepSample => sample !== undefined);
        return {
          name,
          // A step absent from a run took 0 ms in it (an idle tick, say): the median stays honest.
          medianMs: median(samples.map((sample) => sample?.totalMs ?? 0)),
          offsetMs: median(present.map((sample) => sample.startOffsetMs)),
          count: median(present.map((sample) => sample.count)),
          depth: Math.min(...present.map((sample) => sample.depth)),
        };
      });
      rows.sort((a, b) => a.offsetMs - b.offsetMs);
      // Other jobs' steps that ran in fewer than half of the windows (a notification from an
      // earlier publish waking up) are left out: their median time in the window is 0.
      return rows
        .filter((row) => row.medianMs >= 0.05)
        .map(
          (row) =>
            `    ${row.offsetMs < 0 ? '        ' : `@${row.offsetMs.toFixed(1).padStart(6)}`} ${`${'  '.repeat(row.depth)}${row.name}`.padEnd(44)} ` +
            `${row.medianMs.toFixed(1).padStart(6)} ms${row.count > 1 ? ` (${row.count}×)` : ''}`,
        );
    },
    async close() {
      // Unregistered too: the spans of what the bench measures next (throughput) must cost nothing.
      trace.disable();
      await provider.shutdown();
    },
  };
}
