import { bigint, boolean, date, integer, numeric, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { NfseStatus } from './nfse-status';

// The billing module's tables (RLS, grants and who writes them: supabase/migrations/20261126000100_billing.sql,
// 20261201000200_usage_thresholds.sql and 20261230100000_billing_subscriptions.sql).

/** What an account's subscription gives (access-for-status.ts decides it from Stripe's status). */
export const subscriptionStatusEnum = pgEnum('subscription_status', [
  'none',
  'trialing',
  'active',
  'past_due',
  'canceled',
  'unpaid',
  'incomplete',
]);
export type SubscriptionStatus = (typeof subscriptionStatusEnum.enumValues)[number];

/** The database's tier type (the values are the plan catalogue's tiers). */
const tierType = pgEnum('tier', ['free', 'basic', 'pro', 'enterprise']);

/** An account's Stripe customer (linked once, at the first checkout). Written by system code only. */
export const billingCustomers = pgTable('billing_customers', {
  userId: uuid('user_id').primaryKey(),
  stripeCustomerId: text('stripe_customer_id').notNull(),
  /** A short summary of the default payment method ("card", "boleto") for the billing page. */
  paymentMethodSummary: text('payment_method_summary'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The subscription Stripe last told us about; no row means none. Its tier becomes the account's
 * plan through a database trigger (unless an admin granted one). Written by the webhook only.
 */
export const billingSubscriptions = pgTable('billing_subscriptions', {
  userId: uuid('user_id').primaryKey(),
  stripeSubscriptionId: text('stripe_subscription_id'),
  status: subscriptionStatusEnum('status').notNull(),
  tier: tierType('tier').notNull(),
  currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
  cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
  /** `created` of the last Stripe event applied: an older event never overwrites a newer state. */
  syncedAt: timestamp('synced_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

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

/**
 * One NFS-e per paid Stripe invoice (supabase/migrations/20261229002000_billing_nfse.sql): the
 * primary key makes it once-only; the status walks nfse-status.ts.
 */
export const billingNfse = pgTable('billing_nfse', {
  stripeInvoiceId: text('stripe_invoice_id').primaryKey(),
  userId: uuid('user_id').notNull(),
  status: text('status').$type<NfseStatus>().notNull(),
  amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  currency: text('currency').notNull(),
  paidAt: timestamp('paid_at', { withTimezone: true }).notNull(),
  borrowerName: text('borrower_name'),
  borrowerEmail: text('borrower_email'),
  borrowerTaxType: text('borrower_tax_type').$type<'br_cpf' | 'br_cnpj'>(),
  borrowerTaxId: text('borrower_tax_id'),
  provider: text('provider').$type<'nfeio'>(),
  providerInvoiceId: text('provider_invoice_id'),
  number: text('number'),
  attempts: integer('attempts').notNull(),
  lastError: text('last_error'),
  issuedAt: timestamp('issued_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
