import { jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { NotificationEvent } from './events';

// RLS, grants and private.emit_notification are SQL in
// supabase/migrations/20261204000100_notifications.sql.

export type NotificationChannel = 'in_app' | 'email' | 'push';
export type NotificationSetting = 'on' | 'off' | 'daily';

/** The outbox: one row per event id (system only). */
export const notificationEvents = pgTable('notification_events', {
  eventId: text('event_id').primaryKey(),
  kind: text('kind').notNull(),
  payload: jsonb('payload').$type<NotificationEvent>().notNull(),
  deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The in-app inbox: one row per recipient per event. */
export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull(),
  eventId: text('event_id').notNull(),
  kind: text('kind').notNull(),
  projectId: uuid('project_id'),
  params: jsonb('params').$type<Record<string, string | number>>().notNull().default({}),
  link: text('link').notNull(),
  readAt: timestamp('read_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    channel: text('channel').$type<NotificationChannel>().notNull(),
    setting: text('setting').$type<NotificationSetting>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.channel] })],
);

/** What was sent to whom through which channel (system only): a retried step never sends twice. */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    eventId: text('event_id').notNull(),
    userId: uuid('user_id').notNull(),
    channel: text('channel').$type<'email' | 'push'>().notNull(),
    status: text('status').$type<'sent' | 'digest' | 'skipped' | 'failed'>().notNull(),
    detail: text('detail'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId, t.channel] })],
);

/** One Web Push subscription per device. */
export const pushSubscriptions = pgTable('push_subscriptions', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull(),
  endpoint: text('endpoint').notNull(),
  p256dh: text('p256dh').notNull(),
  auth: text('auth').notNull(),
  deviceLabel: text('device_label').notNull().default(''),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
