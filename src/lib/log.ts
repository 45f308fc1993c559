import { randomUUID } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';
import { getEnv } from '@/lib/env';

/**
 * The app's structured log (pino): one JSON object per line in production, for Loki or any log
 * drain; readable lines in development (pino-pretty, synchronous — no worker thread, which Next's
 * bundles cannot spawn). Level from LOG_LEVEL (default `info`; `silent` under vitest unless set).
 *
 * Every request, server action, job step and webhook writes ONE line through `logOperation`, with
 * the request/trace id, the route/action/job name, the user/account id where known, the outcome
 * and the duration. Never an email, a token or other personal data: callers pass ids only, and
 * the fields below are the only ones written (no request bodies, no headers).
 *
 * Framework-free on purpose: jobs, scripts and tests use it as the app does.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The header a request id travels in: honoured when well-formed, always answered. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * A request id another hop may hand us (a load balancer, Vercel, a client): letters, digits and
 * `-_.:` only, 8–128 characters. Anything else — spaces, quotes, control characters, a huge
 * value — could forge log lines or bloat them, so it is replaced by one of ours.
 */
const WELL_FORMED_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

export function isWellFormedRequestId(value: string | null | undefined): value is string {
  return typeof value === 'string' && WELL_FORMED_REQUEST_ID.test(value);
}

export function newRequestId(): string {
  return randomUUID();
}

/** The incoming id when well-formed, else a new one. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return isWellFormedRequestId(incoming) ? incoming : newRequestId();
}

function levelFromEnv(): LogLevel {
  let configured: string | undefined;
  try {
    configured = getEnv().LOG_LEVEL;
  } catch {
    // An invalid configuration elsewhere must not silence the log that would report it.
  }
  if (configured) return configured as LogLevel;
  // Tests drive thousands of requests and actions; their lines are wanted only when asked for.
  if (process.env.NODE_ENV === 'test' || process.env.VITEST) return 'silent';
  return 'info';
}

function readableStream(): DestinationStream | undefined {
  if (process.env.NODE_ENV === 'production') return undefined;
  try {
    // Loaded lazily: production never needs it. `require` keeps it synchronous (Next lists
    // pino-pretty among its server-external packages, so the bundle requires the real one).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as (options: Record<string, unknown>) => DestinationStream;
    return pretty({ sync: true, colorize: Boolean(process.stdout.isTTY), ignore: 'pid,hostname', translateTime: 'HH:MM:ss.l' });
  } catch {
    return undefined;
  }
}

function createLogger(destination?: DestinationStream, level: LogLevel = levelFromEnv()): Logger {
  const options = {
    level,
    base: { service: 'page-magic' },
    // Belt and braces: if a caller ever passes one of these, it never reaches the log.
    redact: { paths: ['email', 'token', 'password', 'authorization', 'cookie', '*.email', '*.token', '*.password'], censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  const stream = destination ?? readableStream();
  return stream ? pino(options, stream) : pino(options);
}

// One logger per process, kept on globalThis: Next bundles this file into several server bundles
// (instrumentation, proxy, routes), and they must share one destination and one level.
const KEY = Symbol.for('page-magic.logger');
type Holder = { [KEY]?: Logger };

export function getLogger(): Logger {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= createLogger());
}

/**
 * Sends the log to `destination` (tests capture lines with a stream); `undefined` restores the
 * default. Returns a function that restores the previous logger.
 */
export function setLogDestination(destination: DestinationStream | undefined, level?: LogLevel): () => void {
  const holder = globalThis as Holder;
  const previous = holder[KEY];
  holder[KEY] = createLogger(destination, level ?? (destination ? 'info' : levelFromEnv()));
  return () => {
    holder[KEY] = previous;
  };
}

export type OperationKind = 'request' | 'action' | 'job' | 'webhook';
export type Outcome = 'ok' | 'error' | 'refused' | 'retry';

export type OperationLine = {
  kind: OperationKind;
  /** The request id (requests, actions, webhooks) or the run id (jobs). */
  requestId: string;
  /** Route pattern (`/dashboard/projects/[id]`), action name, job id · step, or webhook provider. */
  name: string;
  outcome: Outcome;
  durationMs: number;
  /** The HTTP status, where there is one. */
  status?: number;
  method?: string;
  userId?: string;
  accountId?: string;
  /** An AppError code (never a message: messages may quote input). */
  errorCode?: string;
  /** Small, non-personal facts: a job's attempt, a webhook's event type. */
  detail?: Record<string, string | number | boolean>;
};

/** Writes the one line of a request, action, job step or webhook. */
export function logOperation(line: OperationLine): void {
  const level = line.outcome === 'error' ? 'error' : line.outcome === 'ok' ? 'info' : 'warn';
  const { detail, ...fields } = line;
  getLogger()[level](
    { ...fields, durationMs: Math.round(line.durationMs * 10) / 10, ...(detail ? { detail } : {}) },
    `${line.kind} ${line.name}`,
  );
}
