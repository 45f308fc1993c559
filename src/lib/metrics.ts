import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The app's Prometheus metrics (prom-client), served at /api/metrics behind METRICS_TOKEN.
 *
 * Labels are bounded on purpose — a label value is a route *pattern*, an action or job name, a
 * model, an outcome, never a raw path, an id or a host — so the series count stays fixed however
 * many people and sites there are. ops/grafana/page-magic.json charts every series below.
 *
 * One registry per process, kept on globalThis: Next bundles this file into several server
 * bundles (instrumentation, proxy, routes, the site server) and a second copy would register
 * every metric again, or count into a registry nobody scrapes.
 */

// Job metrics label the job `job_name`, not `job`: Prometheus gives every scraped series a `job`
// label of its own (the scrape job), which would clash.
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const MODEL_SECONDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300];

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pm_process_' });
  const m = {
    registry,
    httpDuration: new Histogram({
      name: 'pm_http_request_duration_seconds',
      help: 'App requests (pages, route handlers, server-action posts) by route pattern, method and status class.',
      labelNames: ['route', 'method', 'status'] as const,
      buckets: SECONDS,
      registers: [registry],
    }),
    actions: new Counter({
      name: 'pm_server_actions_total',
      help: 'Server actions by name and outcome (ok, error = unexpected, refused = validation or an expected AppError).',
      labelNames: ['action', 'outcome'] as const,
      registers: [registry],
    }),
    actionDuration: new Histogram({
      name: 'pm_server_action_duration_seconds',
      help: 'Server action duration by name.',
      labelNames: ['action'] as const,
      buckets: SECONDS,
      registers: [registry],
    }),
    jobSteps: new Counter({
      name: 'pm_job_steps_total',
      help: 'Job step executions by job and outcome (ok, retry = failed with retries left, error = failed for good).',
      labelNames: ['job_name', 'outcome'] as const,
      registers: [registry],
    }),
    jobRuns: new Counter({
      name: 'pm_job_runs_total',
      help: 'Job runs finished, by job and outcome (completed, failed, cancelled).',
      labelNames: ['job_name', 'outcome'] as const,
      registers: [registry],
    }),
    jobStepDuration: new Histogram({
      name: 'pm_job_step_duration_seconds',
      help: 'Job step duration by job.',
      labelNames: ['job_name'] as const,
      buckets: SECONDS,
      registers: [registry],
    }),
    jobQueueDepth: new Gauge({
      name: 'pm_job_queue_depth',
      help: 'Embedded job engine: runs due now and not yet started or resumed (0 with Inngest: see its dashboard).',
      registers: [registry],
    }),
    jobQueueLag: new Gauge({
      name: 'pm_job_queue_lag_seconds',
      help: 'Embedded job engine: how long the oldest due run has waited.',
      registers: [registry],
    }),
    webhooks: new Counter({
      name: 'pm_webhooks_total',
      help: 'Inbound webhooks by provider and outcome (ok, refused = bad signature or body, error).',
      labelNames: ['provider', 'outcome'] as const,
      registers: [registry],
    }),
    aiFirstToken: new Histogram({
      name: 'pm_ai_first_content_seconds',
      help: 'Model calls: time to the first content, by model.',
      labelNames: ['model'] as const,
      buckets: MODEL_SECONDS,
      registers: [registry],
    }),
    aiDuration: new Histogram({
      name: 'pm_ai_call_duration_seconds',
      help: 'Model calls: time to the complete answer, by model and outcome.',
      labelNames: ['model', 'outcome'] as const,
      buckets: MODEL_SECONDS,
      registers: [registry],
    }),
    aiTokens: new Counter({
      name: 'pm_ai_tokens_total',
      help: 'Model tokens by model and direction (input, output).',
      labelNames: ['model', 'direction'] as const,
      registers: [registry],
    }),
    aiFallbacks: new Counter({
      name: 'pm_ai_fallbacks_total',
      help: 'Provider chain: a model given up for the next one, by the model that failed and why.',
      labelNames: ['model', 'reason'] as const,
      registers: [registry],
    }),
    generationFirstContent: new Histogram({
      name: 'pm_generation_first_content_seconds',
      help: 'Site generations: time from start to the first section shown.',
      buckets: MODEL_SECONDS,
      registers: [registry],
    }),
    generationDuration: new Histogram({
      name: 'pm_generation_duration_seconds',
      help: 'Site generations: time from start to the end, by outcome.',
      labelNames: ['outcome'] as const,
      buckets: MODEL_SECONDS,
      registers: [registry],
    }),
    siteRequests: new Counter({
      name: 'pm_site_requests_total',
      help: 'Published-site requests by status class.',
      labelNames: ['status'] as const,
      registers: [registry],
    }),
    siteBytes: new Counter({
      name: 'pm_site_response_bytes_total',
      help: 'Published-site response body bytes sent.',
      registers: [registry],
    }),
    rateLimitRefusals: new Counter({
      name: 'pm_rate_limit_refusals_total',
      help: 'Requests refused by a rate limit, by rule.',
      labelNames: ['rule'] as const,
      registers: [registry],
    }),
  };
  return m;
}

export type Metrics = ReturnType<typeof createMetrics>;

const KEY = Symbol.for('page-magic.metrics');
type Holder = { [KEY]?: Metrics };

export function getMetrics(): Metrics {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= createMetrics());
}

/** `2xx`, `4xx`…: a status class keeps the label bounded (a status of 0 is a dropped connection). */
export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'none';
}

/**
 * A label value from a name the code chose (never user input); anything unexpected folds into
 * `other` so a bug cannot explode the series count.
 */
export function boundedLabel(value: string | undefined, max = 120): string {
  if (!value) return 'unknown';
  return /^[A-Za-z0-9_./:[\]@() -]+$/.test(value) && value.length <= max ? value : 'other';
}

/**
 * Gauges read when scraped, registered by whoever can answer (the embedded job engine knows its
 * queue). A reader that fails leaves the gauge as it was; the scrape still answers.
 */
type QueueReader = () => Promise<{ depth: number; lagSeconds: number }>;
const QUEUE_KEY = Symbol.for('page-magic.metrics.queue-reader');
type QueueHolder = { [QUEUE_KEY]?: QueueReader };

export function setJobQueueReader(reader: QueueReader | undefined): void {
  (globalThis as QueueHolder)[QUEUE_KEY] = reader;
}

/** The exposition text (Prometheus format) and its content type. */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  const metrics = getMetrics();
  const reader = (globalThis as QueueHolder)[QUEUE_KEY];
  if (reader) {
    try {
      const queue = await reader();
      metrics.jobQueueDepth.set(queue.depth);
      metrics.jobQueueLag.set(queue.lagSeconds);
    } catch {
      // The database may be down; the other series are still worth a scrape.
    }
  }
  return { body: await metrics.registry.metrics(), contentType: metrics.registry.contentType };
}
