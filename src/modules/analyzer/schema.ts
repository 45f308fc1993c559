import { index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { ErrorMessage } from '@/lib/i18n/error-key';
import type { AnalysisResult } from './analysis-result';
import type { Locale } from '@/lib/i18n/translate';

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
    locale: text('locale').$type<Locale>().notNull().default('en'),
    result: jsonb('result').$type<AnalysisResult>(),
    error: jsonb('error').$type<ErrorMessage>(),
    clientIpHash: text('client_ip_hash'),
    /** "Email me when it finishes": who gets the report link once this run ends; cleared when the mail is written. */
    notifyEmail: text('notify_email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('analyzer_analyses_url_idx').on(t.url, t.createdAt.desc()), index('analyzer_analyses_created_at_idx').on(t.createdAt)],
);
export type AnalysisRow = typeof analyzerAnalyses.$inferSelect;

// Leads (supabase/migrations/20261221000100_analyzer_leads.sql): admins read, only system code writes.
export const LEAD_INTENTS = ['report', 'build'] as const;
export type LeadIntent = (typeof LEAD_INTENTS)[number];
export const NURTURE_STATES = ['active', 'unsubscribed', 'signed_up', 'completed', 'superseded'] as const;
export type NurtureState = (typeof NURTURE_STATES)[number];
export const LEAD_EMAIL_KINDS = ['report', 'welcome', 'day3', 'day7', 'day14', 'day30'] as const;
export type LeadEmailKind = (typeof LEAD_EMAIL_KINDS)[number];

export const analyzerLeads = pgTable(
  'analyzer_leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    analysisId: uuid('analysis_id')
      .notNull()
      .references(() => analyzerAnalyses.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name'),
    phone: text('phone'),
    company: text('company'),
    locale: text('locale').$type<Locale>().notNull().default('en'),
    intent: text('intent').$type<LeadIntent>().notNull(),
    consentVersion: text('consent_version').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull().defaultNow(),
    clientIpHash: text('client_ip_hash'),
    nurtureState: text('nurture_state').$type<NurtureState>().notNull().default('active'),
    /** Mails sent, by kind → ISO time. */
    emailsSent: jsonb('emails_sent').$type<Partial<Record<LeadEmailKind, string>>>().notNull().default({}),
    unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
    userId: uuid('user_id'),
    signedUpAt: timestamp('signed_up_at', { withTimezone: true }),
    crmContactId: text('crm_contact_id'),
    crmSyncedAt: timestamp('crm_synced_at', { withTimezone: true }),
    crmError: text('crm_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('analyzer_leads_email_analysis_id_key').on(t.email, t.analysisId),
    index('analyzer_leads_analysis_id_idx').on(t.analysisId),
    index('analyzer_leads_user_id_idx').on(t.userId),
    index('analyzer_leads_created_at_idx').on(t.createdAt),
  ],
);
export type LeadRow = typeof analyzerLeads.$inferSelect;
