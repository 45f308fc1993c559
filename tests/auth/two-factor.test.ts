import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalAuthAdapter } from '@/lib/auth/local-adapter';
import { currentTotpCode } from '@/lib/auth/totp';
import { mfaFactors } from '@/lib/auth/schema';
import type { AuthAdapter } from '@/lib/auth/types';
import { AppError } from '@/lib/errors';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { emailOutbox } from '@/lib/email/schema';
import { userProfiles } from '@/modules/accounts/schema';
import { claimsFor, createTestDb, createTestUser } from '@tests/helpers/test-db';
import { MemoryCookieJar } from './memory-jar';
import { useTempAuthEnv } from './env';

// Two-factor authentication in the embedded auth: enrollment with a real TOTP secret, codes that
// work once, recovery codes, and sessions raised to aal2 — which the database requires of admins.

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

const PASSWORD = 'correct-horse-battery-1';
const STEP_MS = 30_000;

async function signedIn() {
  const email = `mfa-${randomUUID().slice(0, 8)}@test.local`;
  const jar = new MemoryCookieJar();
  await auth.signUp(jar, { email, password: PASSWORD, locale: 'en' });
  const [mail] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
  const token = new URL(mail!.textBody!.match(/https?:\/\/\S+\/auth\/confirm\?\S+/)![0]).searchParams.get('token')!;
  await auth.verifyEmailLink(jar, { token, type: 'email_confirmation' });
  return { jar, email };
}

async function codeError(promise: Promise<unknown>) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

async function enrolled() {
  const person = await signedIn();
  const { factorId, secret, uri } = await auth.startTotpEnrollment(person.jar);
  expect(uri).toMatch(/^otpauth:\/\/totp\/Page%20Magic:.+\?.*secret=/);
  const { recoveryCodes } = await auth.confirmTotpEnrollment(person.jar, { factorId, code: currentTotpCode(secret) });
  return { ...person, secret, recoveryCodes };
}

describe('embedded two-factor authentication', () => {
  it('enrolling proves the app has the secret, returns ten recovery codes and raises the session to aal2', async () => {
    const { jar } = await signedIn();
    expect(await auth.twoFactorState(jar)).toEqual({ enrolled: false, aal: 'aal1' });
    const { factorId, secret } = await auth.startTotpEnrollment(jar);
    expect(await codeError(auth.confirmTotpEnrollment(jar, { factorId, code: '000000' }))).toBe('INVALID_CREDENTIALS');
    const { recoveryCodes } = await auth.confirmTotpEnrollment(jar, { factorId, code: currentTotpCode(secret) });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await auth.twoFactorState(jar)).toEqual({ enrolled: true, aal: 'aal2' });
    // The secret is stored sealed, never in clear.
    const [row] = await handle.db.select().from(mfaFactors).where(eq(mfaFactors.id, factorId));
    expect(row!.secretSealed).not.toContain(secret);
  });

  it('a new sign-in starts at aal1 until a code from the app is given; each code works once', async () => {
    const { email, secret } = await enrolled();
    const laptop = new MemoryCookieJar();
    await auth.signInWithPassword(laptop, { email, password: PASSWORD });
    expect(await auth.twoFactorState(laptop)).toEqual({ enrolled: true, aal: 'aal1' });
    expect((await auth.getClaims(laptop))?.aal).toBe('aal1');
    expect(await codeError(auth.verifySecondFactor(laptop, { code: '123456' }))).toBe('INVALID_CREDENTIALS');

    // The code used at enrollment (same 30 s step) is spent; the next step's code works.
    const next = currentTotpCode(secret, Date.now() + STEP_MS);
    await auth.verifySecondFactor(laptop, { code: next });
    expect((await auth.getClaims(laptop))?.aal).toBe('aal2');
    // Replaying it from another browser fails.
    const phone = new MemoryCookieJar();
    await auth.signInWithPassword(phone, { email, password: PASSWORD });
    expect(await codeError(auth.verifySecondFactor(phone, { code: next }))).toBe('INVALID_CREDENTIALS');
    // aal2 survives a refresh rotation.
    expect(await auth.refreshSession(laptop)).toBe(true);
    expect((await auth.getClaims(laptop))?.aal).toBe('aal2');
  });

  it('a recovery code gets in once', async () => {
    const { email, recoveryCodes } = await enrolled();
    const jar = new MemoryCookieJar();
    await auth.signInWithPassword(jar, { email, password: PASSWORD });
    await auth.verifySecondFactor(jar, { code: recoveryCodes[3]!.toUpperCase() });
    expect((await auth.getClaims(jar))?.aal).toBe('aal2');
    const again = new MemoryCookieJar();
    await auth.signInWithPassword(again, { email, password: PASSWORD });
    expect(await codeError(auth.verifySecondFactor(again, { code: recoveryCodes[3]! }))).toBe('INVALID_CREDENTIALS');
  });

  it('turning it off needs a fresh code from an aal2 session', async () => {
    const { jar, email, secret } = await enrolled();
    const aal1 = new MemoryCookieJar();
    await auth.signInWithPassword(aal1, { email, password: PASSWORD });
    const later = Date.now() + 2 * STEP_MS;
    expect(await codeError(auth.disableTotp(aal1, { code: currentTotpCode(secret, later) }))).toBe('INVALID_CREDENTIALS');
    await auth.disableTotp(jar, { code: currentTotpCode(secret, Date.now() + STEP_MS) });
    expect((await auth.twoFactorState(jar))?.enrolled).toBe(false);
  });
});

describe('the database treats an admin as one only at aal2', () => {
  it('an admin session that has not passed the second factor sees only its own rows', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const seen = (aal: 'aal1' | 'aal2') =>
      withRls(claimsFor(admin.id, admin.email, undefined, aal), async (tx) => {
        const rows = await tx.select({ id: userProfiles.id }).from(userProfiles).where(eq(userProfiles.id, client.id));
        const [flag] = (await tx.execute(sql`select private.is_admin() as is_admin`)) as unknown as Array<{ is_admin: boolean }>;
        return { rows: rows.length, isAdmin: flag?.is_admin };
      });
    expect(await seen('aal2')).toEqual({ rows: 1, isAdmin: true });
    expect(await seen('aal1')).toEqual({ rows: 0, isAdmin: false });
  });
});
