import { integer, numeric, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type AiCallOutcome = 'ok' | 'error' | 'fallback';

// RLS (20261231000500_ai_calls.sql): agency admins read every row, clients none; only the system
// writer (record-ai-calls.ts) inserts, nobody updates or deletes. account_id is set by the database
// from project_id.
export const aiCalls = pgTable('ai_calls', {
  id: uuid('id').primaryKey().defaultRandom(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  accountId: uuid('account_id'),
  projectId: uuid('project_id'),
  generationId: uuid('generation_id'),
  traceId: text('trace_id').notNull(),
  provider: text('provider').$type<'vllm' | 'openai' | 'offline'>().notNull(),
  model: text('model').notNull(),
  endpointHost: text('endpoint_host'),
  templateName: text('template_name').notNull(),
  templateVersion: integer('template_version').notNull(),
  inputTokens: integer('input_tokens').notNull().default(0),
  outputTokens: integer('output_tokens').notNull().default(0),
  usageSource: text('usage_source').$type<'provider' | 'estimated' | 'none'>().notNull(),
  latencyMs: integer('latency_ms').notNull(),
  firstTokenMs: integer('first_token_ms'),
  fallbackStep: smallint('fallback_step').notNull(),
  attempt: smallint('attempt').notNull(),
  outcome: text('outcome').$type<AiCallOutcome>().notNull(),
  errorCode: text('error_code'),
  costUsd: numeric('cost_usd'),
});
