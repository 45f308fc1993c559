import { bigint, boolean, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DomainStatus } from './domain-status';
import type { HostingObservation } from '@/lib/domain-hosting/domain-hosting';
import type { Registration } from '@/lib/rdap/lookup-registration';
import type { CertificateObservation } from '@/lib/tls/certificate-probe';
import type { RecordCheck } from './dns-records';

// RLS, grants, the tier-limit trigger, the status history trigger and the routing version counter
// are SQL in supabase/migrations/20261127000100_domains.sql.

export const domainStatusEnum = pgEnum('domain_status', ['waiting', 'verified', 'live', 'needs_attention']);

/** A DNS check's outcome, stored as is on the domain (see check-domain-dns.ts). */
export type StoredCheckResult = {
  records: RecordCheck[];
  ownershipOk: boolean;
  routingOk: boolean;
  certificate?: CertificateObservation;
  hosting?: HostingObservation;
  /** Registration expiry from RDAP (looked up at most daily; null when the registry has no answer). */
  registration?: Registration | null;
};

export const domains = pgTable('domains', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull(),
  ownerId: uuid('owner_id').notNull(),
  name: text('name').notNull(),
  displayName: text('display_name').notNull(),
  isApex: boolean('is_apex').notNull(),
  isPrimary: boolean('is_primary').notNull().default(false),
  verificationToken: text('verification_token').notNull(),
  status: domainStatusEnum('status').$type<DomainStatus>().notNull().default('waiting'),
  checkResult: jsonb('check_result').$type<StoredCheckResult>(),
  lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }),
  nextCheckAt: timestamp('next_check_at', { withTimezone: true }).notNull().defaultNow(),
  checkCount: integer('check_count').notNull().default(0),
  verifiedAt: timestamp('verified_at', { withTimezone: true }),
  liveAt: timestamp('live_at', { withTimezone: true }),
  failingSince: timestamp('failing_since', { withTimezone: true }),
  remindersSent: text('reminders_sent').array().notNull().default([]),
  releasedAt: timestamp('released_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const domainEvents = pgTable('domain_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  domainId: uuid('domain_id').notNull(),
  ownerId: uuid('owner_id').notNull(),
  name: text('name').notNull(),
  fromStatus: domainStatusEnum('from_status').$type<DomainStatus>(),
  toStatus: domainStatusEnum('to_status').$type<DomainStatus>(),
  kind: text('kind').notNull(),
  detail: jsonb('detail'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type DomainRow = typeof domains.$inferSelect;
