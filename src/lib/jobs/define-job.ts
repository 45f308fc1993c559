import type { EventType } from 'inngest';
import { z } from 'zod';
import { SCHEDULED_EVENT } from '~inngest/client';
import { parseCron } from './cron-schedule';
import { parseKeyExpression } from './key-expression';
import { observeSteps } from './observe-steps';
import type { ConcurrencyOption, FailureContext, Job, JobContext, JobEvent, JobOptions, RetryCount, ThrottleOption } from './types';

/** A catalog entry (inngest/client.ts): an Inngest event type whose schema is zod. */
type CatalogSchema = z.ZodType<Record<string, unknown>, Record<string, unknown>>;
export type CatalogEvent = EventType<string, CatalogSchema>;

type CommonConfig<Data> = {
  /** Stable: Inngest and the embedded engine key runs, schedules and limits by it. */
  id: string;
  retries?: RetryCount;
  /** A number is a function-wide limit; at most two options, as in Inngest. */
  concurrency?: number | ConcurrencyOption | [ConcurrencyOption, ConcurrencyOption];
  throttle?: ThrottleOption;
  idempotency?: string;
  /** Runs once the run has failed for good (retries spent, or a NonRetriableError). */
  onFailure?: (ctx: FailureContext<Data>) => Promise<unknown>;
};

const scheduledData = z.object({ cron: z.string() });

type Handler<Data> = (ctx: JobContext<Data>) => Promise<unknown>;

/** A job triggered by an event of the catalog. */
export function defineJob<S extends CatalogSchema>(
  config: CommonConfig<z.output<S>> & { trigger: EventType<string, S> },
  handler: Handler<z.output<S>>,
): Job {
  const schema: S = config.trigger.schema;
  const parse = (raw: JobEvent<unknown>): JobEvent<z.output<S>> => ({ ...raw, data: z.parse(schema, raw.data) });
  return build(config, { event: config.trigger.name }, parse, handler);
}

/** A job on a schedule ("*\/5 * * * *", "TZ=America/Sao_Paulo 0 9 1 * *"). A missed tick runs once, late. */
export function defineCronJob(config: CommonConfig<{ cron: string }> & { cron: string }, handler: Handler<{ cron: string }>): Job {
  parseCron(config.cron);
  const parse = (raw: JobEvent<unknown>): JobEvent<{ cron: string }> => {
    const data = scheduledData.safeParse(raw.data);
    return { ...raw, name: SCHEDULED_EVENT, data: { cron: data.success ? data.data.cron : config.cron } };
  };
  return build(config, { cron: config.cron }, parse, handler);
}

function build<Data>(
  config: CommonConfig<Data>,
  trigger: Job['trigger'],
  parse: (raw: JobEvent<unknown>) => JobEvent<Data>,
  handler: Handler<Data>,
): Job {
  const options = normalizeOptions(config);
  const onFailure = config.onFailure;
  return {
    id: config.id,
    trigger,
    options,
    hasFailureHandler: Boolean(onFailure),
    execute: (raw, step, meta) => handler({ event: parse(raw), step: observeSteps(config.id, step, meta), ...meta }),
    executeFailure: async (original, error, step, meta) =>
      onFailure ? onFailure({ event: parse(original), error, step: observeSteps(`${config.id}/on-failure`, step, meta), ...meta }) : null,
  };
}

function normalizeOptions(config: Omit<CommonConfig<unknown>, 'onFailure'>): JobOptions {
  if (!/^[a-z0-9][a-z0-9/-]*$/.test(config.id)) throw new Error(`Job id ${JSON.stringify(config.id)}: lowercase letters, digits, - and /`);
  const concurrency: JobOptions['concurrency'] =
    config.concurrency === undefined
      ? undefined
      : typeof config.concurrency === 'number'
        ? [{ limit: config.concurrency }]
        : Array.isArray(config.concurrency)
          ? config.concurrency
          : [config.concurrency];
  for (const option of concurrency ?? []) {
    if (!Number.isInteger(option.limit) || option.limit < 1) throw new Error(`${config.id}: concurrency limit must be a positive integer`);
    if (option.scope === 'env' && !option.key) throw new Error(`${config.id}: an env-scoped concurrency limit needs a key`);
    if (option.key) parseKeyExpression(option.key);
  }
  if (config.throttle?.key) parseKeyExpression(config.throttle.key);
  if (config.idempotency) parseKeyExpression(config.idempotency);
  return {
    retries: config.retries ?? 3,
    ...(concurrency ? { concurrency } : {}),
    ...(config.throttle ? { throttle: config.throttle } : {}),
    ...(config.idempotency ? { idempotency: config.idempotency } : {}),
  };
}
