import { date, numeric, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The billing module's tables (RLS, grants and who writes them: supabase/migrations/20261126000100_billing.sql and
// 20261201000200_usage_thresholds.sql).

/** Stripe webhook events already processed, written in the same transaction as their effect. */
export const billingEvents = pgTable('billing_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  stripeCreated: timestamp('stripe_created', { withTimezone: true }).notNull(),
  userId: uuid('user_id'),
  outcome: text('outcome').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Each (client, meter, period, percent) crossed once: the primary key makes the notice once-only. */
export const usageThresholdCrossings = pgTable(
  'usage_threshold_crossings',
  {
    userId: uuid('user_id').notNull(),
    meter: text('meter').notNull(),
    periodStart: date('period_start').notNull(),
    percent: smallint('percent').notNull(),
    used: numeric('used', { mode: 'number' }).notNull(),
    included: numeric('included', { mode: 'number' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.meter, t.periodStart, t.percent] })],
);
