import { sql } from 'drizzle-orm';
import { bigint, boolean, integer, jsonb, pgEnum, pgSchema, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Tables of the accounts module. Their RLS policies, grants and triggers are
// written as SQL in supabase/migrations/20261120000100_foundation.sql (the
// only schema history); each table's comment block there says who may see
// and change it. The Drizzle definitions give typed queries.

export const tierEnum = pgEnum('tier', ['free', 'basic', 'pro', 'enterprise']);
export const userTypeEnum = pgEnum('user_type', ['client', 'admin', 'developer']);
export const subscriptionStatusEnum = pgEnum('subscription_status', [
  'none',
  'trialing',
  'active',
  'past_due',
  'canceled',
  'unpaid',
  'incomplete',
]);
export const accountStatusEnum = pgEnum('account_status', ['active', 'suspended']);

export type Tier = (typeof tierEnum.enumValues)[number];
export type UserType = (typeof userTypeEnum.enumValues)[number];

const authSchema = pgSchema('auth');

/** Supabase's auth.users (only the columns we read); owned by Supabase Auth in production. */
export const authUsers = authSchema.table('users', {
  id: uuid('id').primaryKey(),
  email: text('email'),
  encryptedPassword: text('encrypted_password'),
  emailConfirmedAt: timestamp('email_confirmed_at', { withTimezone: true }),
  lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  rawUserMetaData: jsonb('raw_user_meta_data').$type<Record<string, unknown>>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

export const tierLimits = pgTable('tier_limits', {
  tier: tierEnum('tier').primaryKey(),
  displayOrder: smallint('display_order').notNull(),
  maxProjects: integer('max_projects'),
  maxDomains: integer('max_domains'),
  maxStorageBytes: bigint('max_storage_bytes', { mode: 'number' }),
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
  tier: tierEnum('tier').notNull(),
  accountStatus: accountStatusEnum('account_status').notNull(),
  stripeCustomerId: text('stripe_customer_id'),
  stripeSubscriptionId: text('stripe_subscription_id'),
  subscriptionStatus: subscriptionStatusEnum('subscription_status').notNull(),
  usagePeriodStart: timestamp('usage_period_start', { withTimezone: true }).notNull(),
  generationsUsed: integer('generations_used').notNull(),
  aiTokensUsed: bigint('ai_tokens_used', { mode: 'number' }).notNull(),
  storageBytesUsed: bigint('storage_bytes_used', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const impersonationSessions = pgTable('impersonation_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  adminId: uuid('admin_id').notNull(),
  clientId: uuid('client_id').notNull(),
  reason: text('reason'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull().default(sql`now() + interval '1 hour'`),
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

// Embedded auth only (schema local_auth, not exposed through any API):
// hashed one-time tokens for magic links, password resets and refresh tokens.
const localAuth = pgSchema('local_auth');
export const localAuthTokens = localAuth.table('tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull(),
  kind: text('kind').$type<'magic_link' | 'password_reset' | 'refresh'>().notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  revoked: boolean('revoked').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
