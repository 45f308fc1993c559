import { bigint, date, integer, numeric, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { NfseStatus } from './nfse-status';

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
