import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Locale } from '@/lib/i18n/translate';
import type { LegalPageName } from './legal-pages';

// RLS, grants and triggers are SQL in supabase/migrations/20261228003500_legal_texts.sql: everyone
// reads, agency admins write; updated_at/updated_by are stamped by a trigger; admin writes audited.
export const legalTexts = pgTable('legal_texts', {
  id: uuid('id').primaryKey().defaultRandom(),
  page: text('page').$type<LegalPageName>().notNull(),
  locale: text('locale').$type<Locale>().notNull(),
  /** Markdown, rendered by renderMarkdown (no raw HTML). */
  body: text('body').notNull(),
  updatedBy: uuid('updated_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
