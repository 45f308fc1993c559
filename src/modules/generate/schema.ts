import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// RLS, grants, the quota-reservation trigger and private.finish_generation
// are SQL in supabase/migrations/20261120000200_generate.sql. Site versions (drafts) are the
// drafts module's table (src/modules/drafts/schema.ts).

export type GenerationKind = 'site' | 'rewrite_section' | 'add_section' | 'add_locale' | 'continue';
export type GenerationStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';

export const generations = pgTable('generations', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull(),
  userId: uuid('user_id').notNull(),
  kind: text('kind').$type<GenerationKind>().notNull(),
  status: text('status').$type<GenerationStatus>().notNull().default('running'),
  prompt: text('prompt').notNull().default(''),
  options: jsonb('options').$type<Record<string, unknown>>().notNull().default({}),
  provider: text('provider'),
  model: text('model'),
  inputTokens: integer('input_tokens').notNull().default(0),
  outputTokens: integer('output_tokens').notNull().default(0),
  error: text('error'),
  reservedTokens: integer('reserved_tokens').notNull().default(0),
  partialDocument: jsonb('partial_document').$type<unknown>(),
  continuedFrom: uuid('continued_from'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
