import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ErrorMessage } from '@/lib/i18n/error-key';
import type { AnalysisResult } from './analysis-result';

// RLS and grants are SQL in supabase/migrations/20261206000100_analyzer.sql: admins read, only
// system code writes.

export const ANALYSIS_STATUSES = ['queued', 'loading', 'measuring', 'scoring', 'done', 'failed'] as const;
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];

export const analyzerAnalyses = pgTable(
  'analyzer_analyses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    url: text('url').notNull(),
    host: text('host').notNull(),
    status: text('status').$type<AnalysisStatus>().notNull().default('queued'),
    locale: text('locale').$type<'en' | 'pt-BR'>().notNull().default('en'),
    result: jsonb('result').$type<AnalysisResult>(),
    error: jsonb('error').$type<ErrorMessage>(),
    clientIpHash: text('client_ip_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('analyzer_analyses_url_idx').on(t.url, t.createdAt.desc()), index('analyzer_analyses_created_at_idx').on(t.createdAt)],
);
export type AnalysisRow = typeof analyzerAnalyses.$inferSelect;
