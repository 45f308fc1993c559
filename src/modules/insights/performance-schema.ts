import { index, integer, pgTable, real, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { PerformanceGrade } from './performance-grade';

// The performance tables of the insights module (its uptime tables are in other files of this
// module). RLS, grants and the pin limit are SQL in
// supabase/migrations/20261224000100_performance_metrics.sql: members and admins read; only the
// performance cron writes runs; owners and editors pin and unpin pages, up to their plan's limit.

export const performanceMetrics = pgTable(
  'performance_metrics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id').notNull(),
    path: text('path').notNull(),
    url: text('url').notNull(),
    measuredAt: timestamp('measured_at', { withTimezone: true }).notNull().defaultNow(),
    performanceScore: smallint('performance_score'),
    accessibilityScore: smallint('accessibility_score'),
    bestPracticesScore: smallint('best_practices_score'),
    seoScore: smallint('seo_score'),
    lcpMs: integer('lcp_ms'),
    cls: real('cls'),
    tbtMs: integer('tbt_ms'),
    grade: text('grade').$type<PerformanceGrade>(),
    errorCode: text('error_code'),
    lighthouseVersion: text('lighthouse_version'),
    durationMs: integer('duration_ms'),
  },
  (t) => [
    index('performance_metrics_project_path_idx').on(t.projectId, t.path, t.measuredAt.desc()),
    index('performance_metrics_project_measured_idx').on(t.projectId, t.measuredAt.desc()),
  ],
);
export type PerformanceMetricRow = typeof performanceMetrics.$inferSelect;

export const performancePinnedPages = pgTable(
  'performance_pinned_pages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id').notNull(),
    path: text('path').notNull(),
    pinnedBy: uuid('pinned_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('performance_pinned_pages_project_id_path_key').on(t.projectId, t.path)],
);
