import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalAuthAdapter } from '@/lib/auth/local-adapter';
import { COOKIE } from '@/lib/auth/cookie-jar';
import { hashOpaqueToken, ACCESS_TOKEN_TTL_SECONDS } from '@/lib/auth/tokens';
import type { AuthAdapter } from '@/lib/auth/types';
import { AppError } from '@/lib/errors';
import { resetEnvCache } from '@/lib/env';
import type { DbHandle } from '@/lib/db/client';
import { emailOutbox } from '@/lib/email/schema';
import { authUsers, localAuthTokens } from '@/lib/auth/schema';
import { userProfiles } from '@/modules/accounts/schema';
import { createTestDb } from '@tests/helpers/test-db';
import { MemoryCookieJar } from './memory-jar';
import { useTempAuthEnv } from './env';

let handle: DbHandle;
let env: ReturnType<typeof useTempAuthEnv>;
let auth: AuthAdapter;

beforeAll(async () => {
  env = useTempAuthEnv();
  handle = await createTestDb();
  auth = createLocalAuthAdapter();
});
afterAll(async () => {
  await handle?.close();
  env?.restore();
});

const uniqueEmail = () => `user-${randomUUID().slice(0, 8)}@test.local`;
const PASSWORD = 'correct-horse-battery-1';

async function expectAppError(promise: Promise<unknown>, code: AppError['code']): Promise<AppError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, `expected AppError ${code}`).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  return err as AppError;
}

/** Signs up and follows the confirmation link from the outbox, as a person would. */
async function signedUp(email = uniqueEmail(), password = PASSWORD) {
  const jar = new MemoryCookieJar();
  await auth.signUp(jar, { email, password, locale: 'en' });
  const { token } = await linkFromOutbox(email, 'email_confirmation');
  await auth.verifyEmailLink(jar, { token, type: 'email_confirmation' });
  const claims = await auth.getClaims(jar);
  return { jar, email, password, userId: claims!.sub };
}

async function outboxFor(email: string) {
  return handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email)).orderBy(desc(emailOutbox.createdAt));
}

/** The token of the newest link of `type` mailed to `email`, read from the outbox like a person reads their mail. */
async function linkFromOutbox(
  email: string,
  type: 'magic_link' | 'password_reset' | 'email_confirmation',
): Promise<{ url: URL; token: string }> {
  const rows = (await outboxFor(email)).filter((r) => r.template === type);
  expect(rows.length, `a ${type} mail to ${email}`).toBeGreaterThan(0);
  const text = rows[0]!.textBody ?? '';
  const match = text.match(new RegExp(`https?://\\S+/auth/confirm\\?token=([^&\\s]+)&type=${type}\\S*`));
  expect(match, `a /auth/confirm?token=…&type=${type} URL in: ${text}`).not.toBeNull();
  const url = new URL(match![0]);
  return { url, token: url.searchParams.get('token')! };
}

describe('local auth adapter: sign-up and sign-in', () => {
  it('sign-up mails a confirmation link and starts no session; the link sets httpOnly, sameSite=lax cookies and Supabase-shaped claims', async () => {
    const email = uniqueEmail();
    const jar = new MemoryCookieJar();
    const result = await auth.signUp(jar, { email, password: PASSWORD, displayName: 'Ana', locale: 'pt-BR' });
    expect(result).toEqual({ status: 'check_email' });
    expect(jar.names()).toEqual([]);
    const { token, url } = await linkFromOutbox(email, 'email_confirmation');
    expect(url.searchParams.get('next')).toBe('/dashboard');
    await auth.verifyEmailLink(jar, { token, type: 'email_confirmation' });

    for (const [name, maxAge] of [
      [COOKIE.access, ACCESS_TOKEN_TTL_SECONDS],
      [COOKIE.refresh, 30 * 24 * 60 * 60],
    ] as const) {
      expect(jar.get(name), name).toBeTruthy();
      expect(jar.optionsOf(name)).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: false, maxAge });
    }

    const claims = await auth.getClaims(jar);
    expect(claims).not.toBeNull();
    expect(claims!.sub).toMatch(/^[0-9a-f-]{36}$/);
    expect(claims).toMatchObject({ role: 'authenticated', email, aud: 'authenticated' });
    const now = Math.floor(Date.now() / 1000);
    expect(claims!.exp).toBeGreaterThan(now + ACCESS_TOKEN_TTL_SECONDS - 30);
    expect(claims!.exp).toBeLessThanOrEqual(now + ACCESS_TOKEN_TTL_SECONDS + 1);

    // The account and its profile exist; the password is stored hashed.
    const [user] = await handle.db.select().from(authUsers).where(eq(authUsers.id, claims!.sub));
    expect(user!.email).toBe(email);
    expect(user!.encryptedPassword).toMatch(/^scrypt\$/);
    const [profile] = await handle.db.select().from(userProfiles).where(eq(userProfiles.id, claims!.sub));
    expect(profile).toMatchObject({ email, displayName: 'Ana', locale: 'pt-BR', userType: 'client', tier: 'free' });

    // Only the hash of the refresh token is stored.
    const rt = jar.get(COOKIE.refresh)!;
    const tokens = await handle.db
      .select()
      .from(localAuthTokens)
      .where(and(eq(localAuthTokens.userId, claims!.sub), eq(localAuthTokens.kind, 'refresh')));
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.tokenHash).toBe(hashOpaqueToken(rt));
    expect(tokens.some((t) => t.tokenHash === rt)).toBe(false);
  });

  it('keeps the generated signing secret in DATA_DIR (mode 0600), not in the repository', async () => {
    const file = path.join(env.dataDir, 'auth-secret');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8').trim().length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('marks cookies Secure when the app is served over https', async () => {
    process.env.APP_URL = 'https://app.example.test';
    resetEnvCache();
    try {
      const { jar } = await signedUp();
      expect(jar.optionsOf(COOKIE.access)?.secure).toBe(true);
      expect(jar.optionsOf(COOKIE.refresh)?.secure).toBe(true);
    } finally {
      delete process.env.APP_URL;
      resetEnvCache();
    }
  });

  it('normalises the email; a second sign-up (any case) answers the same and mails the owner instead, changing nothing', async () => {
    const email = uniqueEmail();
    await auth.signUp(new MemoryCookieJar(), { email: `  ${email.toUpperCase()} `, password: PASSWORD, locale: 'en' });
    await auth.verifyEmailLink(new MemoryCookieJar(), {
      token: (await linkFromOutbox(email, 'email_confirmation')).token,
      type: 'email_confirmation',
    });
    const jar = new MemoryCookieJar();
    // The same answer as a new sign-up: the page can't tell whether the address has an account.
    expect(await auth.signUp(jar, { email, password: 'another-password-2', locale: 'en' })).toEqual({ status: 'check_email' });
    expect(jar.names()).toEqual([]);
    const [mail] = await outboxFor(email);
    expect(mail).toMatchObject({ template: 'sign_up_existing', subject: 'You already have a Page Magic account' });
    await expectAppError(auth.signInWithPassword(new MemoryCookieJar(), { email, password: 'another-password-2' }), 'INVALID_CREDENTIALS');
    await auth.signInWithPassword(new MemoryCookieJar(), { email, password: PASSWORD });
  });

  it('an unconfirmed password account cannot sign in: the right password sends a fresh link, the wrong one says nothing', async () => {
    const email = uniqueEmail();
    await auth.signUp(new MemoryCookieJar(), { email, password: PASSWORD, locale: 'en' });
    await expectAppError(auth.signInWithPassword(new MemoryCookieJar(), { email, password: 'wrong-password' }), 'INVALID_CREDENTIALS');
    const jar = new MemoryCookieJar();
    const err = await expectAppError(auth.signInWithPassword(jar, { email, password: PASSWORD }), 'FORBIDDEN');
    expect(err.message).toContain('Confirm your email address first');
    expect(jar.names()).toEqual([]);
    expect((await outboxFor(email)).filter((m) => m.template === 'email_confirmation')).toHaveLength(2);
  });

  it('account pre-hijacking: a password set by whoever signed up first dies when the real owner signs in by magic link', async () => {
    const victim = uniqueEmail();
    // The attacker signs up with the victim's address and a password of their own; no session.
    const attacker = new MemoryCookieJar();
    await auth.signUp(attacker, { email: victim, password: 'attacker-password-1', locale: 'en' });
    expect(attacker.names()).toEqual([]);
    // Later the victim signs in with a magic link (it lands in their inbox, not the attacker's).
    await auth.requestMagicLink({ email: victim, next: '/dashboard', locale: 'en' });
    const { token } = await linkFromOutbox(victim, 'magic_link');
    const owner = new MemoryCookieJar();
    await auth.verifyEmailLink(owner, { token, type: 'magic_link' });
    expect((await auth.getClaims(owner))?.email).toBe(victim);
    // The attacker's password opens nothing, now or ever.
    await expectAppError(
      auth.signInWithPassword(new MemoryCookieJar(), { email: victim, password: 'attacker-password-1' }),
      'INVALID_CREDENTIALS',
    );
    const [user] = await handle.db.select().from(authUsers).where(eq(authUsers.email, victim));
    expect(user).toMatchObject({ encryptedPassword: null });
    expect(user!.emailConfirmedAt).not.toBeNull();
  });

  it('signs in with the right password; a wrong password or unknown email is INVALID_CREDENTIALS and sets no cookie', async () => {
    const { email } = await signedUp();
    const jar = new MemoryCookieJar();
    await auth.signInWithPassword(jar, { email: email.toUpperCase(), password: PASSWORD });
    expect((await auth.getClaims(jar))?.email).toBe(email);

    const bad = new MemoryCookieJar();
    await expectAppError(auth.signInWithPassword(bad, { email, password: 'wrong-password' }), 'INVALID_CREDENTIALS');
    await expectAppError(auth.signInWithPassword(bad, { email: uniqueEmail(), password: PASSWORD }), 'INVALID_CREDENTIALS');
    expect(bad.names()).toEqual([]);
  });

  it('refuses a suspended account (FORBIDDEN)', async () => {
    const { email, userId } = await signedUp();
    await handle.db.update(userProfiles).set({ accountStatus: 'suspended' }).where(eq(userProfiles.id, userId));
    const jar = new MemoryCookieJar();
    await expectAppError(auth.signInWithPassword(jar, { email, password: PASSWORD }), 'FORBIDDEN');
    expect(jar.names()).toEqual([]);
  });

  it('getClaims returns null without a cookie or with a tampered one', async () => {
    expect(await auth.getClaims(new MemoryCookieJar())).toBeNull();
    const { jar } = await signedUp();
    const [h, p, s] = jar.get(COOKIE.access)!.split('.') as [string, string, string];
    const forged = JSON.parse(Buffer.from(p, 'base64url').toString());
    forged.sub = randomUUID();
    const tampered = new MemoryCookieJar({ [COOKIE.access]: `${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${s}` });
    expect(await auth.getClaims(tampered)).toBeNull();
  });

  it('tolerates a read-only cookie store (Server Component render)', async () => {
    const jar = new MemoryCookieJar();
    jar.readOnly = true;
    const email = uniqueEmail();
    await auth.signUp(new MemoryCookieJar(), { email, password: PASSWORD, locale: 'en' });
    const { token } = await linkFromOutbox(email, 'email_confirmation');
    await expect(auth.verifyEmailLink(jar, { token, type: 'email_confirmation' })).resolves.toBeUndefined();
    expect(jar.names()).toEqual([]);
  });
});

describe('local auth adapter: magic links', () => {
  it('mails a /auth/confirm?token=…&type=magic_link link that signs in, once', async () => {
    const { email, userId } = await signedUp();
    await auth.requestMagicLink({ email, next: '/dashboard', locale: 'en' });

    const [mail] = await outboxFor(email);
    expect(mail).toMatchObject({ template: 'magic_link', provider: 'outbox', status: 'sent', userId });
    const { url, token } = await linkFromOutbox(email, 'magic_link');
    expect(url.origin).toBe('http://localhost:3000');
    expect(url.searchParams.get('next')).toBe('/dashboard');
    expect(mail!.htmlBody).toContain(url.toString().replaceAll('&', '&amp;'));

    // Only the hash of the link token is stored.
    const stored = await handle.db
      .select()
      .from(localAuthTokens)
      .where(eq(localAuthTokens.tokenHash, hashOpaqueToken(token)));
    expect(stored).toMatchObject([{ kind: 'magic_link', userId, usedAt: null }]);

    const jar = new MemoryCookieJar();
    await auth.verifyEmailLink(jar, { token, type: 'magic_link' });
    expect(await auth.getClaims(jar)).toMatchObject({ sub: userId, email });

    const again = new MemoryCookieJar();
    await expectAppError(auth.verifyEmailLink(again, { token, type: 'magic_link' }), 'TOKEN_INVALID');
    expect(again.names()).toEqual([]);
  });

  it('creates the account for a new address (like signInWithOtp) and the link signs it in', async () => {
    const email = uniqueEmail();
    await auth.requestMagicLink({ email, next: '/', locale: 'pt-BR' });
    const [mail] = await outboxFor(email);
    expect(mail!.subject).toBe('Seu link de acesso à Page Magic');
    const { token } = await linkFromOutbox(email, 'magic_link');
    const jar = new MemoryCookieJar();
    await auth.verifyEmailLink(jar, { token, type: 'magic_link' });
    expect((await auth.getClaims(jar))?.email).toBe(email);
    // A magic-link-only account has no password to guess.
    await expectAppError(auth.signInWithPassword(new MemoryCookieJar(), { email, password: '' }), 'INVALID_CREDENTIALS');
  });

  it('an expired link fails', async () => {
    const { email } = await signedUp();
    await auth.requestMagicLink({ email, next: '/', locale: 'en' });
    const { token } = await linkFromOutbox(email, 'magic_link');
    await handle.db
      .update(localAuthTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(localAuthTokens.tokenHash, hashOpaqueToken(token)));
    await expectAppError(auth.verifyEmailLink(new MemoryCookieJar(), { token, type: 'magic_link' }), 'TOKEN_INVALID');
  });

  it('a link of one kind cannot be used as another, and made-up tokens fail', async () => {
    const { email } = await signedUp();
    await auth.requestMagicLink({ email, next: '/', locale: 'en' });
    const { token } = await linkFromOutbox(email, 'magic_link');
    await expectAppError(auth.verifyEmailLink(new MemoryCookieJar(), { token, type: 'password_reset' }), 'TOKEN_INVALID');
    await expectAppError(auth.verifyEmailLink(new MemoryCookieJar(), { token: 'made-up', type: 'magic_link' }), 'TOKEN_INVALID');
    // The refresh token is not an email link either.
    const { jar } = await signedUp();
    await expectAppError(
      auth.verifyEmailLink(new MemoryCookieJar(), { token: jar.get(COOKIE.refresh)!, type: 'magic_link' }),
      'TOKEN_INVALID',
    );
    // The mis-typed attempt did not burn the real link.
    await auth.verifyEmailLink(new MemoryCookieJar(), { token, type: 'magic_link' });
  });

  it('two concurrent uses of one link: exactly one signs in', async () => {
    const { email } = await signedUp();
    await auth.requestMagicLink({ email, next: '/', locale: 'en' });
    const { token } = await linkFromOutbox(email, 'magic_link');
    const results = await Promise.allSettled(
      [0, 1, 2].map(() => auth.verifyEmailLink(new MemoryCookieJar(), { token, type: 'magic_link' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  // Parity with signInWithPassword (and with Supabase, which refuses banned
  // users on /verify): suspension must not be bypassable through a link.
  it('does not sign in a suspended account through a magic link', async () => {
    const { email, userId } = await signedUp();
    await handle.db.update(userProfiles).set({ accountStatus: 'suspended' }).where(eq(userProfiles.id, userId));
    await auth.requestMagicLink({ email, next: '/', locale: 'en' });
    const { token } = await linkFromOutbox(email, 'magic_link');
    const jar = new MemoryCookieJar();
    await expectAppError(auth.verifyEmailLink(jar, { token, type: 'magic_link' }), 'FORBIDDEN');
    expect(jar.has(COOKIE.access)).toBe(false);
  });
});

describe('local auth adapter: password reset', () => {
  it('for an unknown email sends nothing and does not throw', async () => {
    const email = uniqueEmail();
    const before = await handle.db.select().from(emailOutbox);
    await expect(auth.requestPasswordReset({ email, locale: 'en' })).resolves.toBeUndefined();
    expect(await outboxFor(email)).toEqual([]);
    expect(await handle.db.select().from(emailOutbox)).toHaveLength(before.length);
    expect(await handle.db.select().from(authUsers).where(eq(authUsers.email, email))).toEqual([]);
  });

  it('link → verify → updatePassword: old password fails, new works, old refresh tokens are revoked', async () => {
    const { email, userId, jar: otherDevice } = await signedUp();
    const stolenCopy = otherDevice.clone();

    await auth.requestPasswordReset({ email: email.toUpperCase(), locale: 'en' });
    const { url, token } = await linkFromOutbox(email, 'password_reset');
    expect(url.searchParams.get('next')).toBe('/reset-password');

    const jar = new MemoryCookieJar();
    await auth.verifyEmailLink(jar, { token, type: 'password_reset' });
    expect((await auth.getClaims(jar))?.sub).toBe(userId);
    const resetSessionRt = jar.get(COOKIE.refresh);

    await auth.updatePassword(jar, { password: 'brand-new-password-9' });
    // updatePassword hands this browser a fresh session.
    expect(jar.get(COOKIE.refresh)).not.toBe(resetSessionRt);
    expect((await auth.getClaims(jar))?.sub).toBe(userId);

    await expectAppError(auth.signInWithPassword(new MemoryCookieJar(), { email, password: PASSWORD }), 'INVALID_CREDENTIALS');
    await auth.signInWithPassword(new MemoryCookieJar(), { email, password: 'brand-new-password-9' });

    // Sessions that existed before the change (another device, the reset session) are signed out.
    expect(await auth.refreshSession(otherDevice)).toBe(false);
    expect(otherDevice.has(COOKIE.refresh)).toBe(false);
    expect(await auth.refreshSession(stolenCopy)).toBe(false);
    expect(await auth.refreshSession(new MemoryCookieJar({ [COOKIE.refresh]: resetSessionRt! }))).toBe(false);
    // The session issued with the new password keeps working.
    expect(await auth.refreshSession(jar)).toBe(true);

    // The reset link was single-use.
    await expectAppError(auth.verifyEmailLink(new MemoryCookieJar(), { token, type: 'password_reset' }), 'TOKEN_INVALID');
  });

  it('changing the password from a signed-in session takes the current one; a stolen session alone cannot', async () => {
    const { jar, email } = await signedUp();
    const signedIn = new MemoryCookieJar();
    await auth.signInWithPassword(signedIn, { email, password: PASSWORD });
    // No current password, and the session was not opened by a reset link: refused.
    const refused = await expectAppError(auth.updatePassword(signedIn, { password: 'taken-over-123' }), 'FORBIDDEN');
    expect(refused.errorMessage.key).toBe('errors.auth.currentPasswordRequired');
    await expectAppError(
      auth.updatePassword(signedIn, { password: 'taken-over-123', currentPassword: 'guess-1234' }),
      'INVALID_CREDENTIALS',
    );
    await auth.signInWithPassword(new MemoryCookieJar(), { email, password: PASSWORD });

    await auth.updatePassword(signedIn, { password: 'changed-on-purpose-7', currentPassword: PASSWORD });
    await auth.signInWithPassword(new MemoryCookieJar(), { email, password: 'changed-on-purpose-7' });
    // Every other session of the account ended, this one goes on.
    expect(await auth.getClaims(jar)).toBeNull();
    expect(await auth.getClaims(signedIn)).not.toBeNull();
  });

  it('updatePassword without a valid session is UNAUTHENTICATED', async () => {
    await expectAppError(auth.updatePassword(new MemoryCookieJar(), { password: 'whatever-123' }), 'UNAUTHENTICATED');
  });
});

describe('local auth adapter: refresh and sign-out', () => {
  it('refreshSession rotates the refresh token; the old one cannot be reused', async () => {
    const { jar, userId } = await signedUp();
    const rt1 = jar.get(COOKIE.refresh)!;
    const stale = jar.clone();

    expect(await auth.refreshSession(jar)).toBe(true);
    const rt2 = jar.get(COOKIE.refresh)!;
    expect(rt2).not.toBe(rt1);
    expect((await auth.getClaims(jar))?.sub).toBe(userId);

    const [row] = await handle.db
      .select()
      .from(localAuthTokens)
      .where(eq(localAuthTokens.tokenHash, hashOpaqueToken(rt1)));
    expect(row!.usedAt).not.toBeNull();

    // Past the reuse interval (ten seconds after its first use) the rotated token is dead.
    await handle.db
      .update(localAuthTokens)
      .set({ usedAt: new Date(Date.now() - 11_000) })
      .where(eq(localAuthTokens.tokenHash, hashOpaqueToken(rt1)));
    expect(await auth.refreshSession(stale)).toBe(false);
    // A failed refresh clears the dead session's cookies.
    expect(stale.has(COOKIE.refresh)).toBe(false);
    expect(stale.has(COOKIE.access)).toBe(false);

    // The new token still works.
    expect(await auth.refreshSession(jar)).toBe(true);
  });

  // A page and the links it prefetches arrive together with one expired access token: each goes
  // through /auth/refresh with the same refresh token. A loser used to clear the cookies and sign
  // the person out (an admin's nav prefetches did, after a long idle). Within the reuse interval
  // every one of them refreshes, in the same session; the first use's time is kept.
  it('concurrent refreshes with one token (a page and its prefetches) all stay signed in, in one session', async () => {
    const { jar, userId } = await signedUp();
    const sessionBefore = (await auth.getClaims(jar))?.session_id;
    const rt = jar.get(COOKIE.refresh)!;
    const copies = [jar.clone(), jar.clone(), jar.clone()];
    const results = await Promise.all(copies.map((c) => auth.refreshSession(c)));
    expect(results).toEqual([true, true, true]);
    for (const copy of copies) {
      const claims = await auth.getClaims(copy);
      expect(claims?.sub).toBe(userId);
      expect(claims?.session_id).toBe(sessionBefore);
      expect(copy.get(COOKIE.refresh)).not.toBe(rt);
    }
    const [row] = await handle.db
      .select()
      .from(localAuthTokens)
      .where(eq(localAuthTokens.tokenHash, hashOpaqueToken(rt)));
    const firstUse = row!.usedAt!.getTime();
    expect(await auth.refreshSession(jar.clone())).toBe(true);
    const [again] = await handle.db
      .select()
      .from(localAuthTokens)
      .where(eq(localAuthTokens.tokenHash, hashOpaqueToken(rt)));
    expect(again!.usedAt!.getTime()).toBe(firstUse);
  });

  it('a rotated token reused within the interval after sign-out refreshes nothing', async () => {
    const { jar } = await signedUp();
    const copy = jar.clone();
    expect(await auth.refreshSession(jar)).toBe(true);
    await auth.signOut(jar);
    expect(await auth.refreshSession(copy)).toBe(false);
  });

  it('refreshSession without a refresh cookie or with an expired token is false', async () => {
    expect(await auth.refreshSession(new MemoryCookieJar())).toBe(false);
    expect(await auth.refreshSession(new MemoryCookieJar({ [COOKIE.refresh]: 'made-up' }))).toBe(false);
    const { jar } = await signedUp();
    await handle.db
      .update(localAuthTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(localAuthTokens.tokenHash, hashOpaqueToken(jar.get(COOKIE.refresh)!)));
    expect(await auth.refreshSession(jar)).toBe(false);
  });

  // Supabase refuses the refresh_token grant for banned users; a suspended
  // account must not keep minting access tokens for 30 days.
  it('does not refresh the session of a suspended account', async () => {
    const { jar, userId } = await signedUp();
    await handle.db.update(userProfiles).set({ accountStatus: 'suspended' }).where(eq(userProfiles.id, userId));
    expect(await auth.refreshSession(jar)).toBe(false);
    expect(jar.has(COOKIE.refresh)).toBe(false);
  });

  it('signOut revokes the refresh token and clears all auth cookies', async () => {
    const { jar, userId } = await signedUp();
    jar.set(COOKIE.impersonation, 'some-token', { path: '/' });
    const copy = jar.clone();
    const rt = jar.get(COOKIE.refresh)!;

    await auth.signOut(jar);
    expect(jar.has(COOKIE.access)).toBe(false);
    expect(jar.has(COOKIE.refresh)).toBe(false);
    expect(jar.has(COOKIE.impersonation)).toBe(false);

    const [row] = await handle.db
      .select()
      .from(localAuthTokens)
      .where(and(eq(localAuthTokens.tokenHash, hashOpaqueToken(rt)), eq(localAuthTokens.userId, userId)));
    expect(row!.revoked).toBe(true);
    expect(await auth.refreshSession(copy)).toBe(false);
  });

  it('signing out ends the session at once: a copied access token stops working on the next request, not in an hour', async () => {
    const { jar, userId } = await signedUp();
    // The access token an attacker copied before a refresh, and the one after it: same session.
    const beforeRefresh = jar.clone();
    expect(await auth.refreshSession(jar)).toBe(true);
    const afterRefresh = jar.clone();
    const [before, after] = [await auth.getClaims(beforeRefresh), await auth.getClaims(afterRefresh)];
    expect(before?.sub).toBe(userId);
    expect(after?.session_id).toBe(before?.session_id);
    // Another sign-in of the same person is another session and is not touched.
    const laptop = new MemoryCookieJar();
    const { email } = (await handle.db.select().from(authUsers).where(eq(authUsers.id, userId)))[0]!;
    await auth.signInWithPassword(laptop, { email: email!, password: PASSWORD });

    await auth.signOut(jar);
    expect(await auth.getClaims(beforeRefresh)).toBeNull();
    expect(await auth.getClaims(afterRefresh)).toBeNull();
    expect(await auth.refreshSession(afterRefresh)).toBe(false);
    expect((await auth.getClaims(laptop))?.sub).toBe(userId);
  });

  it('signOut without a session is harmless', async () => {
    await expect(auth.signOut(new MemoryCookieJar())).resolves.toBeUndefined();
  });
});
