import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type EmailAttachmentMeta = { filename: string; contentType: string; sizeBytes: number };

// RLS: admins read (not the bodies: see 20261123000900_outbox_secrets.sql); only system code writes.
export const emailOutbox = pgTable('email_outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  toAddress: text('to_address').notNull(),
  userId: uuid('user_id'),
  template: text('template').notNull(),
  subject: text('subject').notNull(),
  htmlBody: text('html_body'),
  textBody: text('text_body'),
  /** Extra headers sent with the mail (List-Unsubscribe…); not readable through the API (they hold tokens). */
  headers: jsonb('headers').$type<Record<string, string>>(),
  provider: text('provider').$type<'outbox' | 'resend'>().notNull(),
  providerMessageId: text('provider_message_id'),
  status: text('status').$type<'queued' | 'sent' | 'failed'>().notNull(),
  error: text('error'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  /** Attached files (names, types, sizes; the bytes stay with what they belong to, e.g. a report). */
  attachments: jsonb('attachments').$type<EmailAttachmentMeta[]>(),
  /** The text body with every token-like link parameter masked (computed by the database). */
  textRedacted: text('text_redacted').generatedAlwaysAs(sql`''`),
});
