import { bigint, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { SerializedError } from './types';

// The jobs port's tables (SQL, RLS and the outbox function: supabase/migrations/20261122000700_jobs.sql).

export type RunStatus = 'queued' | 'running' | 'sleeping' | 'succeeded' | 'failed' | 'cancelled';
export type StepStatus = 'completed' | 'failed' | 'errored' | 'sleeping';
export type StepOp = 'run' | 'sleep' | 'sendEvent';

export const jobEvents = pgTable('job_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  data: jsonb('data').$type<unknown>().notNull(),
  externalId: text('external_id'),
  sentBy: uuid('sent_by'),
  ts: timestamp('ts', { withTimezone: true }).notNull().defaultNow(),
  dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const jobDedupe = pgTable(
  'job_dedupe',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);

export const jobRuns = pgTable('job_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  functionId: text('function_id').notNull(),
  kind: text('kind').$type<'main' | 'failure'>().notNull().default('main'),
  eventId: uuid('event_id'),
  eventName: text('event_name').notNull(),
  eventData: jsonb('event_data').$type<unknown>().notNull(),
  eventExternalId: text('event_external_id'),
  eventTs: timestamp('event_ts', { withTimezone: true }).notNull().defaultNow(),
  status: text('status').$type<RunStatus>().notNull().default('queued'),
  runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
  attempt: integer('attempt').notNull().default(0),
  concurrencyKeys: text('concurrency_keys').array().notNull().default([]),
  throttleKey: text('throttle_key'),
  leaseOwner: text('lease_owner'),
  leaseUntil: timestamp('lease_until', { withTimezone: true }),
  output: jsonb('output').$type<unknown>(),
  error: jsonb('error').$type<SerializedError>(),
  failureOf: uuid('failure_of'),
  rerunOf: uuid('rerun_of'),
  startedAt: timestamp('started_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const jobSteps = pgTable(
  'job_steps',
  {
    runId: uuid('run_id').notNull(),
    stepId: text('step_id').notNull(),
    op: text('op').$type<StepOp>().notNull(),
    status: text('status').$type<StepStatus>().notNull(),
    output: jsonb('output').$type<unknown>(),
    error: jsonb('error').$type<SerializedError>(),
    attempts: integer('attempts').notNull().default(0),
    wakeAt: timestamp('wake_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.stepId] })],
);

export const jobSchedules = pgTable('job_schedules', {
  functionId: text('function_id').primaryKey(),
  cron: text('cron').notNull(),
  nextAt: timestamp('next_at', { withTimezone: true }).notNull(),
  lastAt: timestamp('last_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const jobThrottles = pgTable(
  'job_throttles',
  {
    functionId: text('function_id').notNull(),
    key: text('key').notNull(),
    tat: timestamp('tat', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.functionId, t.key] })],
);
