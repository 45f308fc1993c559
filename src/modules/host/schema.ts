import { bigint, boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// RLS, grants, the past-due guard and the activation functions are SQL in
// supabase/migrations/20261120000300_publish.sql.

import { leadPurposes, type QuestionFieldName, type StandardFieldName } from '@/modules/document/lead-forms';
import type { ManifestEntry } from '@/modules/build/types';
import type { DeploymentStatus } from './deployment-status';

/** The standard fields a lead keeps in `details`: the rest have columns of their own. */
export type LeadDetailField = Exclude<StandardFieldName, 'name' | 'email' | 'phone' | 'message'>;
/**
 * The answer to one of the person's own questions, with the question as the visitor saw it: the
 * owner reads "Tipo de vidro: temperado", and a later edit of the form does not relabel old leads.
 */
export type LeadQuestionAnswer = { label: string; answer: string };
/** A lead's fields beyond name, email, phone and message. */
export type LeadDetails = Partial<Record<LeadDetailField, string>> & Partial<Record<QuestionFieldName, LeadQuestionAnswer>>;

export type { DeploymentStatus };
// The build's own entry type (styleHashes included): one definition of what a manifest entry holds.
export type { ManifestEntry };
export type StoredManifest = {
  version: 1;
  files: Record<string, ManifestEntry>;
  totalBytes: number;
  locales: string[];
  defaultLocale: string;
  /** The site's name as visitors see it; absent on builds before it was recorded. */
  siteName?: string;
  /** The origin the files were built for (canonical, hreflang, sitemap, Open Graph); absent on builds before it was recorded. */
  baseUrl?: string;
};
export type StoredCheck = { id: string; level: 'error' | 'warning' | 'ok'; message: string; details?: string[] };

export const deployments = pgTable('deployments', {
  id: uuid('id').primaryKey().defaultRandom(),
  seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
  projectId: uuid('project_id').notNull(),
  siteVersionId: uuid('site_version_id'),
  version: integer('version').notNull(),
  status: text('status').$type<DeploymentStatus>().notNull().default('queued'),
  manifest: jsonb('manifest').$type<StoredManifest>(),
  checks: jsonb('checks').$type<StoredCheck[]>().notNull().default([]),
  totalBytes: bigint('total_bytes', { mode: 'number' }),
  error: text('error'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

export const leads = pgTable('leads', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull(),
  deploymentId: uuid('deployment_id'),
  locale: text('locale'),
  sectionId: text('section_id'),
  pagePath: text('page_path'),
  name: text('name'),
  email: text('email'),
  phone: text('phone'),
  message: text('message'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** What the form was for (document/lead-forms.ts); a 'newsletter' sign-up is pending until confirmed by email. */
  kind: text('kind', { enum: leadPurposes }).notNull().default('contact'),
  /**
   * The form's other fields: a booking's date, time and service, a quote's address (field name →
   * what was typed) and the person's own questions (field name → its label and the answer).
   */
  details: jsonb('details').$type<LeadDetails>().notNull().default({}),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  /** SHA-256 (hex) of the confirmation link's token; not readable by the request role. */
  confirmTokenHash: text('confirm_token_hash'),
  /** A newsletter sign-up's explicit consent: when, and the words the visitor agreed to. */
  consentedAt: timestamp('consented_at', { withTimezone: true }),
  consentText: text('consent_text'),
  /** The lead was stored while its site sent leads to the CRM (20261231000100_site_leads_to_crm.sql). */
  crmRequestedAt: timestamp('crm_requested_at', { withTimezone: true }),
  crmSyncedAt: timestamp('crm_synced_at', { withTimezone: true }),
  crmContactId: text('crm_contact_id'),
  crmError: text('crm_error'),
});

/**
 * A site's live pointer. The columns live on the projects table (one row per site) but belong to
 * this module: migrations 20261120000300_publish.sql and 20261121000400_publish_hardening.sql
 * added them, and only host code and its SQL functions (activate/unpublish) touch them. The
 * projects module's Drizzle table leaves them out; `projectId` is the row's id.
 */
export const livePointers = pgTable('projects', {
  projectId: uuid('id').primaryKey(),
  activeDeploymentId: uuid('active_deployment_id'),
  isPublished: boolean('is_published').notNull().default(false),
  liveChangedAt: timestamp('live_changed_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Where a site's form leads go besides the owner's inbox and webhooks: a host column on the
 * projects table, like the live pointer (supabase/migrations/20261231000100_site_leads_to_crm.sql).
 */
export const siteLeadRouting = pgTable('projects', {
  projectId: uuid('id').primaryKey(),
  leadsToCrm: boolean('leads_to_crm').notNull().default(false),
});

/**
 * Photo variants the publish build stored in the site blob store, for the garbage collector
 * (supabase/migrations/20261125000200_site_photo_blobs.sql). System code only.
 */
export const sitePhotoBlobs = pgTable('site_photo_blobs', {
  sha256: text('sha256').primaryKey(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Site traffic per site per UTC day (supabase/migrations/20261223000100_site_traffic.sql):
 * written by the serving process only (private.record_site_traffic), read by the site's members
 * and admins. Counts, never visitors: no IP address, cookie or user agent is kept.
 */
export const siteTrafficDays = pgTable('site_traffic_days', {
  projectId: uuid('project_id').notNull(),
  day: date('day').notNull(),
  requests: bigint('requests', { mode: 'number' }).notNull(),
  visits: bigint('visits', { mode: 'number' }).notNull(),
  bytes: bigint('bytes', { mode: 'number' }).notNull(),
  peakRps: integer('peak_rps').notNull(),
  status2xx: bigint('status_2xx', { mode: 'number' }).notNull(),
  status3xx: bigint('status_3xx', { mode: 'number' }).notNull(),
  status4xx: bigint('status_4xx', { mode: 'number' }).notNull(),
  status5xx: bigint('status_5xx', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Page views per page per site per day; at most 200 pages a day, the rest under path 'other'. */
export const siteTrafficPages = pgTable('site_traffic_pages', {
  projectId: uuid('project_id').notNull(),
  day: date('day').notNull(),
  path: text('path').notNull(),
  requests: bigint('requests', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Requests per country (ISO two-letter code or 'unknown') per site per day. */
export const siteTrafficCountries = pgTable('site_traffic_countries', {
  projectId: uuid('project_id').notNull(),
  day: date('day').notNull(),
  country: text('country').notNull(),
  requests: bigint('requests', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Keys of traffic batches already written (idempotent retries); system only, kept 7 days. */
export const siteTrafficBatches = pgTable('site_traffic_batches', {
  key: text('key').primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
