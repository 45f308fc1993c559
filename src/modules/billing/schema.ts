import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The billing module's table (RLS, grants and who writes it: supabase/migrations/20261126000100_billing.sql).

/** Stripe webhook events already processed, written in the same transaction as their effect. */
export const billingEvents = pgTable('billing_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  stripeCreated: timestamp('stripe_created', { withTimezone: true }).notNull(),
  userId: uuid('user_id'),
  outcome: text('outcome').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
