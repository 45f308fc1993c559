import {
  bigint,
  boolean,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { BusinessHoursDay } from './business-hours';
import type { TicketPriority, TicketStatus } from './ticket-status';

// RLS, grants, the monthly counter, status rules, the history and the audit triggers are SQL in
// supabase/migrations/20261205000100_tickets.sql.

/** The plan column's database type (the accounts module owns plans; this is a typed view of it). */
export const ticketTierEnum = pgEnum('tier', ['free', 'basic', 'pro', 'enterprise']);
export type TicketTier = (typeof ticketTierEnum.enumValues)[number];
export type SlaHours = 'calendar' | 'business';

export const supportSettings = pgTable('support_settings', {
  id: boolean('id').primaryKey().default(true),
  timeZone: text('time_zone').notNull(),
  slaHours: text('sla_hours').$type<SlaHours>().notNull(),
  businessHours: jsonb('business_hours').$type<BusinessHoursDay[]>().notNull(),
  holidays: date('holidays', { mode: 'string' }).array().notNull(),
  firstResponseMinutes: jsonb('first_response_minutes').$type<Partial<Record<TicketTier, number | null>>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const supportTicketCounters = pgTable(
  'support_ticket_counters',
  {
    ownerId: uuid('owner_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    used: integer('used').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerId, t.month] })],
);

export const supportTickets = pgTable('support_tickets', {
  id: uuid('id').primaryKey().defaultRandom(),
  number: bigint('number', { mode: 'number' }).generatedAlwaysAsIdentity(),
  ownerId: uuid('owner_id').notNull(),
  projectId: uuid('project_id'),
  subject: text('subject').notNull(),
  description: text('description').notNull(),
  priority: text('priority').$type<TicketPriority>().notNull().default('medium'),
  status: text('status').$type<TicketStatus>().notNull().default('open'),
  tier: ticketTierEnum('tier').notNull().default('free'),
  month: date('month', { mode: 'string' }).notNull(),
  assigneeId: uuid('assignee_id'),
  mergedIntoId: uuid('merged_into_id'),
  slaMinutes: integer('sla_minutes'),
  slaHours: text('sla_hours').$type<SlaHours>().notNull().default('calendar'),
  slaClockStartedAt: timestamp('sla_clock_started_at', { withTimezone: true }),
  slaConsumedMinutes: doublePrecision('sla_consumed_minutes').notNull().default(0),
  slaPausedAt: timestamp('sla_paused_at', { withTimezone: true }),
  firstResponseDueAt: timestamp('first_response_due_at', { withTimezone: true }),
  slaWarnAt: timestamp('sla_warn_at', { withTimezone: true }),
  firstRespondedAt: timestamp('first_responded_at', { withTimezone: true }),
  slaWarnedAt: timestamp('sla_warned_at', { withTimezone: true }),
  slaBreachedAt: timestamp('sla_breached_at', { withTimezone: true }),
  resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const supportTicketEvents = pgTable('support_ticket_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  ticketId: uuid('ticket_id').notNull(),
  ownerId: uuid('owner_id').notNull(),
  actorId: uuid('actor_id'),
  kind: text('kind').notNull(),
  fromStatus: text('from_status').$type<TicketStatus>(),
  toStatus: text('to_status').$type<TicketStatus>(),
  detail: jsonb('detail').$type<Record<string, unknown>>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const supportTicketMessages = pgTable('support_ticket_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  ticketId: uuid('ticket_id').notNull(),
  ownerId: uuid('owner_id').notNull(),
  authorId: uuid('author_id'),
  fromAgency: boolean('from_agency').notNull().default(false),
  body: text('body').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const supportTicketNotes = pgTable('support_ticket_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  ticketId: uuid('ticket_id').notNull(),
  ownerId: uuid('owner_id').notNull(),
  authorId: uuid('author_id'),
  body: text('body').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A file from the writer's Files attached to the description (no message or note), a message or a note. */
export const supportTicketAttachments = pgTable('support_ticket_attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  ticketId: uuid('ticket_id').notNull(),
  ownerId: uuid('owner_id').notNull(),
  messageId: uuid('message_id'),
  noteId: uuid('note_id'),
  uploadedBy: uuid('uploaded_by'),
  fileId: uuid('file_id').notNull(),
  name: text('name').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const supportTicketRatings = pgTable('support_ticket_ratings', {
  ticketId: uuid('ticket_id').primaryKey(),
  ownerId: uuid('owner_id').notNull(),
  score: smallint('score').notNull(),
  comment: text('comment'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const supportCannedReplies = pgTable('support_canned_replies', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type TicketRow = typeof supportTickets.$inferSelect;
export type SupportSettingsRow = typeof supportSettings.$inferSelect;
