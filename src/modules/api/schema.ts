import { jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ApiScope } from './api-scopes';

// RLS, grants and triggers are SQL in supabase/migrations/20261230200000_api_keys.sql: the owner
// (and admins) read and revoke; secret_hash is readable by no API role; creating and revoking are
// audited by a trigger.
export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerId: uuid('owner_id').notNull(),
  name: text('name').notNull(),
  /** `pm_live_` and the key's next 8 characters: shown in lists, never enough to use the key. */
  prefix: text('prefix').notNull(),
  /** SHA-256 (hex) of the whole key. */
  secretHash: text('secret_hash').notNull(),
  scopes: text('scopes').array().$type<ApiScope[]>().notNull(),
  /** Null: every project of the owner; else only this one (20261231000200_api_key_projects.sql). */
  projectId: uuid('project_id'),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// RLS and grants are SQL in supabase/migrations/20261230400000_api_idempotency_keys.sql: owner-only
// (through an own API key, never while impersonated); the unique (owner_id, idempotency_key) is the
// claim every concurrent POST with one key races for.
export const apiIdempotencyKeys = pgTable('api_idempotency_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  ownerId: uuid('owner_id').notNull(),
  apiKeyId: uuid('api_key_id').notNull(),
  idempotencyKey: text('idempotency_key').notNull(),
  /** SHA-256 (hex) of method, path and raw body. */
  requestHash: text('request_hash').notNull(),
  /** Null while the first request with this key is still running. */
  responseStatus: smallint('response_status'),
  responseBody: jsonb('response_body'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  completedAt: timestamp('completed_at', { withTimezone: true }),
});
