import { sql } from 'drizzle-orm';
import { bigint, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Tables of the accounts module. Their RLS policies, grants and triggers are
// written as SQL in supabase/migrations/20261120000100_foundation.sql (the
// only schema history); each table's comment block there says who may see
// and change it. The Drizzle definitions give typed queries.

export const tierEnum = pgEnum('tier', ['free', 'basic', 'pro', 'enterprise']);
export const userTypeEnum = pgEnum('user_type', ['client', 'admin', 'developer']);
export const accountStatusEnum = pgEnum('account_status', ['active', 'suspended']);

export type Tier = (typeof tierEnum.enumValues)[number];
export type UserType = (typeof userTypeEnum.enumValues)[number];

export const tierLimits = pgTable('tier_limits', {
  tier: tierEnum('tier').primaryKey(),
  displayOrder: smallint('display_order').notNull(),
  maxProjects: integer('max_projects'),
  maxDomains: integer('max_domains'),
  maxStorageBytes: bigint('max_storage_bytes', { mode: 'number' }),
  maxFileBytes: bigint('max_file_bytes', { mode: 'number' }),
  maxTeamMembers: integer('max_team_members'),
  maxTicketsPerMonth: integer('max_tickets_per_month'),
  maxGenerationsPerMonth: integer('max_generations_per_month'),
  maxAiTokensPerMonth: bigint('max_ai_tokens_per_month', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const userProfiles = pgTable('user_profiles', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull(),
  displayName: text('display_name'),
  locale: text('locale').notNull(),
  userType: userTypeEnum('user_type').notNull(),
  /**
   * The plan the account is on: what every limit trigger reads. Billing keeps it in step with the
   * subscription (a database trigger on billing_subscriptions); an admin's grant (plan_grant) wins.
   */
  tier: tierEnum('tier').notNull(),
  accountStatus: accountStatusEnum('account_status').notNull(),
  /** A plan an agency admin granted by hand (Stripe then never changes the tier). */
  planGrant: text('plan_grant').$type<'complimentary' | 'enterprise'>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const impersonationSessions = pgTable('impersonation_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  adminId: uuid('admin_id').notNull(),
  clientId: uuid('client_id').notNull(),
  reason: text('reason'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true })
    .notNull()
    .default(sql`now() + interval '1 hour'`),
  endedAt: timestamp('ended_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const auditLog = pgTable('audit_log', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  actorId: uuid('actor_id'),
  subjectId: uuid('subject_id'),
  action: text('action').notNull(),
  targetTable: text('target_table'),
  targetId: text('target_id'),
  details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
