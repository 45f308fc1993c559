import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
