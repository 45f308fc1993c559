import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { eq, sql } from 'drizzle-orm';
import { openPglite, openPostgres, useDbForTests, type DbHandle } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { unsafeMarkClaimsVerified, type VerifiedClaims } from '@/lib/auth/claims';
import { authUsers, userProfiles, type Tier, type UserType } from '@/modules/accounts/schema';

let counter = 0;

/**
 * A fresh, fully migrated database for one test file: a new PostgreSQL
 * database when TEST_DATABASE_URL is set, else an in-memory PGlite.
 * It also becomes the app's database (getDb) for code under test.
 */
export async function createTestDb(): Promise<DbHandle & { url?: string }> {
  const base = process.env.TEST_DATABASE_URL;
  let handle: DbHandle & { url?: string };
  if (base) {
    const name = `pm_t_${process.env.PM_TEST_RUN_ID ?? 'local'}_${process.pid}_${++counter}_${Math.floor(Math.random() * 1e6)}`;
    const admin = postgres(base, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    handle = { ...(await openPostgres(url.toString(), { max: 8 })), url: url.toString() };
  } else {
    handle = await openPglite(undefined);
  }
  await applyMigrations(handle.executor);
  useDbForTests(handle);
  return handle;
}

export type TestUser = { id: string; email: string; claims: VerifiedClaims };

export function claimsFor(userId: string, email: string, act?: { sub: string; email?: string }): VerifiedClaims {
  return unsafeMarkClaimsVerified({
    sub: userId,
    role: 'authenticated',
    email,
    aud: 'authenticated',
    exp: Math.floor(Date.now() / 1000) + 3600,
    ...(act ? { act } : {}),
  });
}

/** A new user with a unique email, of the given type and tier (privileged setup). */
export async function createTestUser(handle: DbHandle, opts: { tier?: Tier; userType?: UserType; email?: string } = {}): Promise<TestUser> {
  const id = randomUUID();
  const email = opts.email ?? `user-${id.slice(0, 8)}@test.local`;
  await handle.db.insert(authUsers).values({ id, email, createdAt: new Date(), rawUserMetaData: {} });
  if (opts.tier || opts.userType) {
    await handle.db
      .update(userProfiles)
      .set({ ...(opts.tier ? { tier: opts.tier } : {}), ...(opts.userType ? { userType: opts.userType } : {}) })
      .where(eq(userProfiles.id, id));
  }
  return { id, email, claims: claimsFor(id, email) };
}

export async function countRows(handle: DbHandle, table: string): Promise<number> {
  const rows = await handle.executor.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return rows[0]!.n;
}

export { sql };
