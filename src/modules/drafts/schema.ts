import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { SiteDocument } from '@/modules/document/site-document-schema';

// RLS, grants and the trigger that ties a version to its project's generation are SQL in
// supabase/migrations/20261120000200_generate.sql (with the generations table, whose module is
// generate: a version only names its generation by id).

export type VersionSource = 'generate' | 'rewrite_section' | 'add_section' | 'add_locale' | 'continue' | 'edit' | 'restore';

export const siteVersions = pgTable('site_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull(),
  version: integer('version').notNull(),
  document: jsonb('document').$type<SiteDocument>().notNull(),
  source: text('source').$type<VersionSource>().notNull(),
  generationId: uuid('generation_id'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
