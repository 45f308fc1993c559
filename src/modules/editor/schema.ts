import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { SiteDocument } from '@/modules/document/site-document-schema';

// RLS, grants, the stamping triggers and private.shared_preview_draft are SQL in
// supabase/migrations/20261128000100_editor_versions_shares.sql.

export const namedSiteVersions = pgTable('named_site_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull(),
  name: text('name').notNull(),
  document: jsonb('document').$type<SiteDocument>().notNull(),
  draftVersion: integer('draft_version').notNull(),
  createdBy: uuid('created_by'),
  authorName: text('author_name').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const previewShareLinks = pgTable('preview_share_links', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdBy: uuid('created_by'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
