import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsSchema, isImpersonating } from '@/lib/claims';
import { COOKIE } from '@/lib/auth/cookie-jar';
import { useAuthAdapterForTests } from '@/lib/auth/get-auth-adapter';
import { createLocalAuthAdapter } from '@/lib/auth/local-adapter';
import { realUserClaims, resolveSession } from '@/modules/accounts/resolve-session';
import { signOut } from '@/modules/accounts/sign-out';
import { getAuthSecret } from '@/lib/auth/secret';
import { signAccessToken, signImpersonationToken } from '@/lib/auth/tokens';
import { localAuthTokens } from '@/lib/auth/schema';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { auditLog, impersonationSessions, userProfiles } from '@/modules/accounts/schema';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { MemoryCookieJar } from './memory-jar';
import { useTempAuthEnv } from './env';

let handle: DbHandle;
let env: ReturnType<typeof useTempAuthEnv>;

beforeAll(async () => {
  env = useTempAuthEnv();
  handle = await createTestDb();
  useAuthAdapterForTests(createLocalAuthAdapter());
});
afterAll(async () => {
  useAuthAdapterForTests(undefined);
  await handle?.close();
  env?.restore();
});

const inSeconds = (s: number) => Math.floor(Date.now() / 1000) + s;

/**
 * The browser of a signed-in user: a real access token in pm-at (signed with the app's secret)
 * naming an open session (a live refresh token of that session, as a sign-in leaves).
 */
async function browserOf(user: TestUser, aal: 'aal1' | 'aal2' = 'aal1'): Promise<MemoryCookieJar> {
  const sessionId = randomUUID();
  await handle.db.insert(localAuthTokens).values({
    tokenHash: `test-${sessionId}`,
    userId: user.id,
    kind: 'refresh',
    expiresAt: new Date(Date.now() + 3600_000),
    sessionId,
    authMethod: 'password',
    authenticatedAt: new Date(),
  });
  return new MemoryCookieJar({
    [COOKIE.access]: await signAccessToken({ sub: user.id, email: user.email, session_id: sessionId, aal }, getAuthSecret()),
  });
}

async function openSession(admin: TestUser, client: TestUser, opts: { startedAt?: Date; expiresAt?: Date; endedAt?: Date } = {}) {
  // Privileged insert: the test sets up state; the app goes through RLS (admins start their own).
  const [row] = await handle.db
    .insert(impersonationSessions)
    .values({
      adminId: admin.id,
      clientId: client.id,
      reason: 'support ticket',
      startedAt: opts.startedAt ?? new Date(),
      expiresAt: opts.expiresAt ?? new Date(Date.now() + 30 * 60 * 1000),
    })
    .returning();
  if (opts.endedAt)
    await handle.db.update(impersonationSessions).set({ endedAt: opts.endedAt }).where(eq(impersonationSessions.id, row!.id));
  return row!;
}

async function impersonationCookie(t: { sid: string; admin: string; client: string; exp?: number }): Promise<string> {
  return signImpersonationToken({ ...t, exp: t.exp ?? inSeconds(30 * 60) }, getAuthSecret());
}

/** Asserts the session is the admin's own (no act claim) and the pm-imp cookie was deleted. */
function expectOwnSessionAndCookieGone(session: Awaited<ReturnType<typeof resolveSession>>, admin: TestUser, jar: MemoryCookieJar) {
  expect(session).not.toBeNull();
  expect(session!.claims.sub).toBe(admin.id);
  expect(session!.claims.act).toBeUndefined();
  expect(session!.userId).toBe(admin.id);
  expect(session!.impersonation).toBeUndefined();
  expect(isImpersonating(session!.claims)).toBe(false);
  expect(jar.has(COOKIE.impersonation)).toBe(false);
  expect(jar.writes).toContainEqual({ op: 'delete', name: COOKIE.impersonation });
}

describe('resolveSession with impersonation', () => {
  it('an open session yields the client as sub and the admin as act.sub', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const row = await openSession(admin, client);
    const exp = inSeconds(20 * 60);
    const jar = await browserOf(admin);
    jar.set(COOKIE.impersonation, await impersonationCookie({ sid: row.id, admin: admin.id, client: client.id, exp }), { path: '/' });

    const session = await resolveSession(jar);
    expect(session).not.toBeNull();
    expect(session!.claims).toMatchObject({
      sub: client.id,
      role: 'authenticated',
      email: client.email,
      aud: 'authenticated',
      act: { sub: admin.id, email: admin.email },
    });
    // The impersonated claims never outlive the impersonation token.
    expect(session!.claims.exp).toBeLessThanOrEqual(exp);
    expect(claimsSchema.safeParse(session!.claims).success).toBe(true);
    expect(session!.userId).toBe(client.id);
    expect(session!.email).toBe(client.email);
    expect(session!.impersonation).toMatchObject({ id: row.id, adminId: admin.id, adminEmail: admin.email, clientEmail: client.email });
    expect(isImpersonating(session!.claims)).toBe(true);
    expect(jar.has(COOKIE.impersonation)).toBe(true);

    // The admin's own identity stays reachable (to stop impersonating).
    const base = (await createLocalAuthAdapter().getClaims(jar))!;
    expect(realUserClaims(session!, base).sub).toBe(admin.id);
  });

  it('writes made with the impersonated claims are audited with both ids', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const row = await openSession(admin, client);
    const jar = await browserOf(admin);
    jar.set(COOKIE.impersonation, await impersonationCookie({ sid: row.id, admin: admin.id, client: client.id }), { path: '/' });
    const session = (await resolveSession(jar))!;

    await withRls(session.claims, (tx) =>
      tx.update(userProfiles).set({ displayName: 'Changed by support' }).where(eq(userProfiles.id, client.id)),
    );
    const entries = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'user_profiles.update'), eq(auditLog.subjectId, client.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: admin.id, subjectId: client.id, details: { impersonating: true } });
  });

  it('without a signed-in user there is no session at all', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const row = await openSession(admin, client);
    const jar = new MemoryCookieJar({
      [COOKIE.impersonation]: await impersonationCookie({ sid: row.id, admin: admin.id, client: client.id }),
    });
    expect(await resolveSession(jar)).toBeNull();
  });

  it('an ended session falls back to the admin and deletes the cookie', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const row = await openSession(admin, client, { endedAt: new Date() });
    const jar = await browserOf(admin);
    jar.set(COOKIE.impersonation, await impersonationCookie({ sid: row.id, admin: admin.id, client: client.id }), { path: '/' });
    expectOwnSessionAndCookieGone(await resolveSession(jar), admin, jar);
  });

  it('"Stop" takes effect on the next request even though the token is still valid', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const row = await openSession(admin, client);
    const jar = await browserOf(admin);
    jar.set(COOKIE.impersonation, await impersonationCookie({ sid: row.id, admin: admin.id, client: client.id }), { path: '/' });
    expect((await resolveSession(jar))!.claims.sub).toBe(client.id);
    await handle.db.update(impersonationSessions).set({ endedAt: new Date() }).where(eq(impersonationSessions.id, row.id));
    expectOwnSessionAndCookieGone(await resolveSession(jar), admin, jar);
  });

  it('an expired session row falls back (even with an unexpired token)', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const row = await openSession(admin, client, {
      startedAt: new Date(Date.now() - 2 * 60 * 60 * 1000),
      expiresAt: new Date(Date.now() - 61 * 60 * 1000),
    });
    const jar = await browserOf(admin);
    jar.set(COOKIE.impersonation, await impersonationCookie({ sid: row.id, admin: admin.id, client: client.id, exp: inSeconds(600) }), {
      path: '/',
    });
    expectOwnSessionAndCookieGone(await resolveSession(jar), admin, jar);
  });

  it('an expired token falls back (even with an open row)', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const row = await openSession(admin, client);
    const jar = await browserOf(admin);
    jar.set(COOKIE.impersonation, await impersonationCookie({ sid: row.id, admin: admin.id, client: client.id, exp: inSeconds(-5) }), {
      path: '/',
    });
    expectOwnSessionAndCookieGone(await resolveSession(jar), admin, jar);
  });

  it('another admin holding the token (token.admin ≠ signed-in user) gets only their own claims', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const otherAdmin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const row = await openSession(admin, client);
    const jar = await browserOf(otherAdmin);
    jar.set(COOKIE.impersonation, await impersonationCookie({ sid: row.id, admin: admin.id, client: client.id }), { path: '/' });
    expectOwnSessionAndCookieGone(await resolveSession(jar), otherAdmin, jar);
  });

  it("a token naming the signed-in admin but pointing at someone else's session row falls back", async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const otherAdmin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const othersRow = await openSession(otherAdmin, client);
    const jar = await browserOf(admin);
    jar.set(COOKIE.impersonation, await impersonationCookie({ sid: othersRow.id, admin: admin.id, client: client.id }), { path: '/' });
    expectOwnSessionAndCookieGone(await resolveSession(jar), admin, jar);
  });

  it('a token whose client differs from the session row falls back', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const victim = await createTestUser(handle);
    const row = await openSession(admin, client);
    const jar = await browserOf(admin);
    jar.set(COOKIE.impersonation, await impersonationCookie({ sid: row.id, admin: admin.id, client: victim.id }), { path: '/' });
    expectOwnSessionAndCookieGone(await resolveSession(jar), admin, jar);
  });

  it('a tampered token falls back', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const victim = await createTestUser(handle);
    const row = await openSession(admin, client);
    const token = await impersonationCookie({ sid: row.id, admin: admin.id, client: client.id });
    const [h, p, s] = token.split('.') as [string, string, string];
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    payload.client = victim.id;
    const jar = await browserOf(admin);
    jar.set(COOKIE.impersonation, `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`, { path: '/' });
    expectOwnSessionAndCookieGone(await resolveSession(jar), admin, jar);

    const garbage = await browserOf(admin);
    garbage.set(COOKIE.impersonation, 'not-a-token', { path: '/' });
    expectOwnSessionAndCookieGone(await resolveSession(garbage), admin, garbage);
  });

  it('a token for an unknown session id falls back', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const jar = await browserOf(admin);
    jar.set(COOKIE.impersonation, await impersonationCookie({ sid: randomUUID(), admin: admin.id, client: client.id }), { path: '/' });
    expectOwnSessionAndCookieGone(await resolveSession(jar), admin, jar);
  });

  // Revoking someone's admin role (or suspending them) must end their
  // ability to act as a client right away, like "Stop" does, not up to an
  // hour later when the session row expires.
  it.each([
    ['demoted to client', { userType: 'client' as const }],
    ['suspended', { accountStatus: 'suspended' as const }],
  ])('an admin who has since been %s can no longer impersonate', async (_label, change) => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const row = await openSession(admin, client);
    const jar = await browserOf(admin);
    jar.set(COOKIE.impersonation, await impersonationCookie({ sid: row.id, admin: admin.id, client: client.id }), { path: '/' });
    expect((await resolveSession(jar))!.claims.sub).toBe(client.id);

    await handle.db.update(userProfiles).set(change).where(eq(userProfiles.id, admin.id));
    expectOwnSessionAndCookieGone(await resolveSession(jar), admin, jar);
  });
});

describe('signing out while impersonating', () => {
  // An admin reaches impersonation only with a second factor (aal2), which is what lets them end it.
  it('ends the impersonation first, audited as impersonation.stop like "Stop", then signs the admin out', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const row = await openSession(admin, client);
    const jar = await browserOf(admin, 'aal2');
    jar.set(COOKIE.impersonation, await impersonationCookie({ sid: row.id, admin: admin.id, client: client.id }), { path: '/' });

    expect(await signOut(jar)).toEqual({ endedImpersonation: true });

    const [ended] = await handle.db.select().from(impersonationSessions).where(eq(impersonationSessions.id, row.id));
    expect(ended!.endedAt).not.toBeNull();
    const stops = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'impersonation.stop'), eq(auditLog.targetId, row.id)));
    expect(stops).toHaveLength(1);
    expect(stops[0]).toMatchObject({ actorId: admin.id, subjectId: client.id });
    expect(jar.has(COOKIE.impersonation)).toBe(false);
    expect(jar.has(COOKIE.access)).toBe(false);
  });

  it('a plain sign-out ends nothing', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const other = await openSession(admin, client);
    const jar = await browserOf(admin, 'aal2');

    expect(await signOut(jar)).toEqual({ endedImpersonation: false });
    const [untouched] = await handle.db.select().from(impersonationSessions).where(eq(impersonationSessions.id, other.id));
    expect(untouched!.endedAt).toBeNull();
    expect(jar.has(COOKIE.access)).toBe(false);
  });
});
