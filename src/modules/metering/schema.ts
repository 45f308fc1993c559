import { bigint, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The metering module's tables. usage_events is append-only and written only here (recordUsage)
// or by private.record_usage in SQL (supabase/migrations/20261122000600_entitlements.sql, which
// also holds metering_watermarks); RLS lets owners read their own events and admins all.

export const USAGE_METRICS = ['page_generate', 'ai_token', 'container_hours', 'storage_gb', 'bandwidth_bytes'] as const;

export type UsageMetric = (typeof USAGE_METRICS)[number];

export const usageEvents = pgTable('usage_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  userId: uuid('user_id').notNull(),
  projectId: uuid('project_id'),
  metric: text('metric').$type<UsageMetric>().notNull(),
  quantity: numeric('quantity', { mode: 'number' }).notNull(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  properties: jsonb('properties').$type<Record<string, unknown>>().notNull().default({}),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  pushedAt: timestamp('pushed_at', { withTimezone: true }),
  /** The meter push (Stripe Billing Meter event) that carries this event; set once. */
  pushId: bigint('push_id', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const meteringWatermarks = pgTable('metering_watermarks', {
  meter: text('meter').primaryKey(),
  recordedUntil: timestamp('recorded_until', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One Billing Meter event per customer · meter · minute (· sequence), pushed to Stripe by the cron. */
export const meterPushes = pgTable('meter_pushes', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  userId: uuid('user_id').notNull(),
  stripeCustomerId: text('stripe_customer_id').notNull(),
  meter: text('meter').notNull(),
  minute: timestamp('minute', { withTimezone: true }).notNull(),
  seq: integer('seq').notNull(),
  identifier: text('identifier').notNull().unique(),
  value: numeric('value', { mode: 'number' }).notNull(),
  status: text('status').$type<'pending' | 'sent' | 'expired'>().notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
  lastError: text('last_error'),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
