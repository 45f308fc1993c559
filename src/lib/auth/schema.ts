import { bigint, boolean, jsonb, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The auth port's own tables: Supabase's auth.users (owned by Supabase Auth in production; the
// embedded database gets a compatible table from 20261120000000_supabase_compat.sql) and the
// local adapter's hashed one-time tokens. Accounts' profile data lives in the accounts module.

const authSchema = pgSchema('auth');

/** Supabase's auth.users (only the columns we read); owned by Supabase Auth in production. */
export const authUsers = authSchema.table('users', {
  id: uuid('id').primaryKey(),
  email: text('email'),
  encryptedPassword: text('encrypted_password'),
  emailConfirmedAt: timestamp('email_confirmed_at', { withTimezone: true }),
  lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  rawUserMetaData: jsonb('raw_user_meta_data').$type<Record<string, unknown>>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

// Embedded auth only (schema local_auth, not exposed through any API):
// hashed one-time tokens for magic links, password resets and refresh tokens.
const localAuth = pgSchema('local_auth');
export const localAuthTokens = localAuth.table('tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull(),
  kind: text('kind').$type<'magic_link' | 'password_reset' | 'refresh' | 'email_confirmation'>().notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  revoked: boolean('revoked').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Refresh tokens only: the sign-in they belong to, kept across rotations (see 20261123001300). */
  sessionId: uuid('session_id'),
  authMethod: text('auth_method').$type<AuthMethod>(),
  authenticatedAt: timestamp('authenticated_at', { withTimezone: true }),
  aal: text('aal').$type<'aal1' | 'aal2'>(),
});

/** Embedded auth's TOTP factors (see 20261123001400_two_factor.sql). */
export const mfaFactors = localAuth.table('mfa_factors', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull(),
  secretSealed: text('secret_sealed').notNull(),
  status: text('status').$type<'unverified' | 'verified'>().notNull(),
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  verifiedAt: timestamp('verified_at', { withTimezone: true }),
});

export const mfaRecoveryCodes = localAuth.table(
  'mfa_recovery_codes',
  {
    userId: uuid('user_id').notNull(),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

/** Sessions signed out before their access token expired (Supabase mode; see 20261123001300). */
export const revokedSessions = localAuth.table('revoked_sessions', {
  sessionId: text('session_id').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** How a person proved who they are when a session began. */
export type AuthMethod = 'password' | 'magic_link' | 'email_confirmation' | 'password_reset';
