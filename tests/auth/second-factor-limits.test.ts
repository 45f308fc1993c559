import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLocalAuthAdapter } from '@/lib/auth/local-adapter';
import { currentTotpCode } from '@/lib/auth/totp';
import type { AuthAdapter } from '@/lib/auth/types';
import type { DbHandle } from '@/lib/db/client';
import { emailOutbox } from '@/lib/email/schema';
import { AppError } from '@/lib/errors';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { SECOND_FACTOR_FAILURES, withSecondFactorAttempt } from '@/modules/accounts/second-factor-attempts';
import { createTestDb } from '@tests/helpers/test-db';
import { useTempAuthEnv } from './env';
import { MemoryCookieJar } from './memory-jar';

// Issue 33.3: the second factor's attempt limit was per account only, so anyone holding the
// password could spend it and keep the owner from finishing sign-in. Now wrong codes are counted
// per session, per account from a network, and per account from everywhere with a way through
// for a network that has not failed.

let handle: DbHandle;
let env: ReturnType<typeof useTempAuthEnv>;
let auth: AuthAdapter;
const PASSWORD = 'correct-horse-battery-1';
const STEP_MS = 30_000;

beforeAll(async () => {
  env = useTempAuthEnv();
  handle = await createTestDb();
  auth = createLocalAuthAdapter();
});
afterAll(async () => {
  await handle?.close();
  env?.restore();
});
beforeEach(() => setRateLimiterForTests(createMemoryLimiter()));

const byte = () => Math.floor(Math.random() * 250) + 1;
const network = () => `10.${byte()}.${byte()}.${byte()}`;

/** An account with two-factor on; returns its email, secret and id. */
async function enrolledOwner() {
  const email = `mfa-limit-${randomUUID().slice(0, 8)}@test.local`;
  const jar = new MemoryCookieJar();
  await auth.signUp(jar, { email, password: PASSWORD, locale: 'en' });
  const [mail] = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
  const token = new URL(mail!.textBody!.match(/https?:\/\/\S+\/auth\/confirm\?\S+/)![0]).searchParams.get('token')!;
  await auth.verifyEmailLink(jar, { token, type: 'email_confirmation' });
  const { factorId, secret } = await auth.startTotpEnrollment(jar);
  await auth.confirmTotpEnrollment(jar, { factorId, code: currentTotpCode(secret) });
  const userId = (await auth.getClaims(jar))!.sub;
  return { email, secret, userId };
}

/** A fresh password sign-in (aal1), as the owner or as someone who has the password. */
async function session(email: string, ip: string) {
  const jar = new MemoryCookieJar();
  await auth.signInWithPassword(jar, { email, password: PASSWORD });
  const claims = (await auth.getClaims(jar))!;
  return { jar, who: { userId: claims.sub, sessionId: claims.session_id, ip } };
}

type Outcome = 'ok' | 'wrong' | `limited:${string}`;
async function tryCode(s: Awaited<ReturnType<typeof session>>, code: string): Promise<Outcome> {
  try {
    await withSecondFactorAttempt(s.who, () => auth.verifySecondFactor(s.jar, { code }));
    return 'ok';
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.code === 'INVALID_CREDENTIALS') return 'wrong';
    if (err.code === 'RATE_LIMITED') return `limited:${String(err.details?.reason)}`;
    throw err;
  }
}

describe('second-factor limits', () => {
  it('someone with the password spends their guesses; the owner on another network still finishes signing in', async () => {
    const owner = await enrolledOwner();
    const attackerIp = network();
    const outcomes: Outcome[] = [];
    // Signing in again and again for fresh sessions, from one place.
    for (let i = 0; i < 6; i += 1) {
      const s = await session(owner.email, attackerIp);
      for (let j = 0; j < 4; j += 1) outcomes.push(await tryCode(s, '000000'));
    }
    expect(outcomes.filter((o) => o === 'wrong')).toHaveLength(SECOND_FACTOR_FAILURES.accountFromIp.free);
    expect(outcomes.at(-1)).toBe('limited:accountFromIp');

    const phone = await session(owner.email, network());
    expect(await tryCode(phone, currentTotpCode(owner.secret, Date.now() + STEP_MS))).toBe('ok');
    expect((await auth.getClaims(phone.jar))?.aal).toBe('aal2');
  });

  it('one session gets five wrong codes, then waits; the wait is said in minutes', async () => {
    const owner = await enrolledOwner();
    const s = await session(owner.email, network());
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 6; i += 1) outcomes.push(await tryCode(s, '111111'));
    expect(outcomes).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'limited:session']);
    const err = await withSecondFactorAttempt(s.who, () => auth.verifySecondFactor(s.jar, { code: '111111' })).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'RATE_LIMITED',
      key: 'errors.auth.twoFactorLimitedSession',
      values: { minutes: expect.any(Number) },
    });
  });

  it('a botnet spending the account’s budget stops only the networks that failed; a clean one still gets in', async () => {
    const owner = await enrolledOwner();
    const used: string[] = [];
    for (let i = 0; i < SECOND_FACTOR_FAILURES.account.free; i += 1) {
      const ip = network();
      used.push(ip);
      expect(await tryCode(await session(owner.email, ip), '222222')).toBe('wrong');
    }
    // A network that already failed is now refused before its code is looked at.
    expect(await tryCode(await session(owner.email, used[0]!), currentTotpCode(owner.secret, Date.now() + STEP_MS))).toBe(
      'limited:account',
    );
    const home = await session(owner.email, network());
    expect(await tryCode(home, currentTotpCode(owner.secret, Date.now() + STEP_MS))).toBe('ok');
    // One sign-in (a password hash checked) per failed network: on a loaded 2-core runner the
    // account's whole budget took over 30 s; no assertion here is about time.
  }, 120_000);

  it('a right code clears that network’s typos', async () => {
    const owner = await enrolledOwner();
    const ip = network();
    const first = await session(owner.email, ip);
    for (let i = 0; i < 4; i += 1) expect(await tryCode(first, '333333')).toBe('wrong');
    expect(await tryCode(first, currentTotpCode(owner.secret, Date.now() + STEP_MS))).toBe('ok');
    const second = await session(owner.email, ip);
    for (let i = 0; i < 5; i += 1) expect(await tryCode(second, '444444')).toBe('wrong');
    const third = await session(owner.email, ip);
    // 4 + 5 typos would be 9 of the network's 10 if the right code had not cleared the first four.
    for (let i = 0; i < 5; i += 1) expect(await tryCode(third, '555555')).toBe('wrong');
  });
});
