import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Locale } from '@/lib/i18n/translate';

// RLS, grants and the audit trigger are SQL in supabase/migrations/20261225000100_monthly_reports.sql:
// a client reads their own reports, admins read all and generate; only the job marks the mail sent.
export const monthlyReports = pgTable('monthly_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerId: uuid('owner_id').notNull(),
  /** The month's first day (agency time), YYYY-MM-DD. */
  month: date('month', { mode: 'string' }).notNull(),
  locale: text('locale').$type<Locale>().notNull(),
  blobKey: text('blob_key').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  generatedBy: uuid('generated_by'),
  generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
  emailedAt: timestamp('emailed_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
