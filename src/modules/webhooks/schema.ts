import { bigint, boolean, integer, jsonb, pgSchema, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { WebhookPayload } from './event-catalogue';

// RLS, grants and private.set_webhook_endpoint_secret are SQL in
// supabase/migrations/20261230300000_outgoing_webhooks.sql.

export type WebhookDisabledReason = 'owner' | 'failing';
export type WebhookMessageStatus = 'pending' | 'delivered' | 'failed';

/** An account's endpoints: the owner reads and changes their own (RLS). */
export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerId: uuid('owner_id').notNull(),
  url: text('url').notNull(),
  description: text('description').notNull().default(''),
  eventTypes: text('event_types').array().notNull(),
  isEnabled: boolean('is_enabled').notNull().default(true),
  disabledReason: text('disabled_reason').$type<WebhookDisabledReason>(),
  failureStreak: integer('failure_streak').notNull().default(0),
  failingSince: timestamp('failing_since', { withTimezone: true }),
  secretHint: text('secret_hint').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// The private schema: system code only (the delivery job, and the module's functions after RLS
// showed the caller the endpoint).
const privateSchema = pgSchema('private');

export const webhookEndpointSecrets = privateSchema.table('webhook_endpoint_secrets', {
  endpointId: uuid('endpoint_id').primaryKey(),
  secret: text('secret').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const webhookMessages = privateSchema.table('webhook_messages', {
  id: text('id').primaryKey(),
  endpointId: uuid('endpoint_id').notNull(),
  eventType: text('event_type').notNull(),
  eventKey: text('event_key').notNull(),
  payload: jsonb('payload').$type<WebhookPayload>().notNull(),
  status: text('status').$type<WebhookMessageStatus>().notNull().default('pending'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  deliveredAt: timestamp('delivered_at', { withTimezone: true }),
});

export const webhookAttempts = privateSchema.table('webhook_attempts', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  messageId: text('message_id').notNull(),
  endpointId: uuid('endpoint_id').notNull(),
  statusCode: integer('status_code'),
  latencyMs: integer('latency_ms').notNull(),
  responseExcerpt: text('response_excerpt').notNull().default(''),
  error: text('error'),
  isSuccess: boolean('is_success').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
