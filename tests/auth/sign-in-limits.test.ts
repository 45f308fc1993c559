import { randomBytes, randomUUID, scryptSync } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { authUsers } from '@/lib/auth/schema';
import { createLocalAuthAdapter } from '@/lib/auth/local-adapter';
import { useAuthAdapterForTests } from '@/lib/auth/get-auth-adapter';
import type { DbHandle } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createRedisShim } from '@/lib/ratelimit/redis-shim';
import { createUpstashLimiter } from '@/lib/ratelimit/upstash-limiter';
import { SIGN_IN_FAILURES } from '@/modules/accounts/sign-in-attempts';
import { signInWithPassword } from '@/modules/accounts/sign-in-with-password';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { useTempAuthEnv } from './env';
import { MemoryCookieJar } from './memory-jar';

// Password sign-in under its limits, end to end through the local auth adapter on a real
// database: only wrong passwords count, per account and network, per network and per account.

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `pm:rl:test-signin:${Date.now().toString(36)}:${randomUUID().slice(0, 8)}`;
const PASSWORD = 'owner-knows-this-1';

let handle: DbHandle;
let env: ReturnType<typeof useTempAuthEnv>;
let redis: Redis;

beforeAll(async () => {
  env = useTempAuthEnv({ RATE_LIMIT_SCALE: undefined });
  handle = await createTestDb();
  useAuthAdapterForTests(createLocalAuthAdapter());
  redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000, retryStrategy: () => null });
  redis.on('error', () => {});
  await redis.connect();
});

afterAll(async () => {
  if (redis?.status === 'ready') {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  }
  redis?.disconnect();
  useAuthAdapterForTests(undefined);
  await handle?.close();
  env?.restore();
});

afterEach(() => {
  vi.useRealTimers();
});

/**
 * password.ts's stored format with a small scrypt cost (N = 2^10), which verifyPassword honours:
 * these tests check hundreds of passwords (the real cost is password.test.ts's business).
 */
function cheapHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFKC'), salt, 32, { N: 1024, r: 8, p: 1 });
  return `scrypt$1024$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** A confirmed account with a password (and, for admins, the admin type). */
async function owner(userType: 'client' | 'admin' = 'client') {
  const user = await createTestUser(handle, userType === 'admin' ? { userType } : {});
  await handle.db
    .update(authUsers)
    .set({ encryptedPassword: cheapHash(PASSWORD) })
    .where(eq(authUsers.id, user.id));
  return user.email;
}

const byte = () => Math.floor(Math.random() * 250) + 1;
/** A random address of its own for each network in a test. */
const ipv4 = () => `10.${byte()}.${byte()}.${byte()}`;

type Outcome = 'signed-in' | 'wrong' | `limited:${string}`;

async function attempt(email: string, password: string, ip: string): Promise<Outcome> {
  const jar = new MemoryCookieJar();
  try {
    await signInWithPassword(jar, { email, password, ip });
    expect(jar.has('pm-at')).toBe(true);
    return 'signed-in';
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.code === 'INVALID_CREDENTIALS') return 'wrong';
    if (err.code === 'RATE_LIMITED') return `limited:${String(err.details?.reason)}`;
    throw err;
  }
}

async function limitedError(email: string, password: string, ip: string): Promise<AppError> {
  const err = await signInWithPassword(new MemoryCookieJar(), { email, password, ip }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('RATE_LIMITED');
  return err as AppError;
}

let instance = 0;
describe.each([
  ['memory', () => createMemoryLimiter()],
  ['redis', () => createUpstashLimiter(createRedisShim(redis), 'redis', `${PREFIX}:${++instance}`)],
] as const)('sign-in limits on the %s limiter', (_name, makeLimiter) => {
  const fresh = () => setRateLimiterForTests(makeLimiter());

  it("an attacker's wrong passwords from one network don't stop the owner signing in from another", async () => {
    fresh();
    const email = await owner();
    const [attacker, home] = [ipv4(), ipv4()];
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 12; i++) outcomes.push(await attempt(email, `guess-${i}`, attacker));
    expect(outcomes).toEqual([...Array(5).fill('wrong'), ...Array(7).fill('limited:accountFromIp')]);
    // Not even the right password works from the attacker's network (or it would be an oracle)…
    expect(await attempt(email, PASSWORD, attacker)).toBe('limited:accountFromIp');
    // …and the message says why and until when.
    const err = await limitedError(email, PASSWORD, attacker);
    expect(err.message).toBe(
      'Too many wrong passwords for this account from your network. Try again in 1 minute, or sign in with an emailed link.',
    );
    const retryAt = err.details?.retryAt as number;
    expect(retryAt).toBeGreaterThan(Date.now());
    expect(retryAt).toBeLessThanOrEqual(Date.now() + 60_000);
    // The owner, elsewhere, is not affected.
    expect(await attempt(email, PASSWORD, home)).toBe('signed-in');
    expect(await attempt(email, PASSWORD, home)).toBe('signed-in');
  });

  it('successful sign-ins never count, and a success forgets that network’s earlier typos', async () => {
    fresh();
    const email = await owner();
    const office = ipv4();
    // More good sign-ins from one address than any budget allows failures.
    for (let i = 0; i < SIGN_IN_FAILURES.ip.free + 10; i++) expect(await attempt(email, PASSWORD, office)).toBe('signed-in');
    // Four typos and a success, three times over: never limited.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) expect(await attempt(email, 'typo-typo', office)).toBe('wrong');
      expect(await attempt(email, PASSWORD, office)).toBe('signed-in');
    }
  });

  it('the wait grows with each further wrong password: 1, 2, 4, 8 minutes', async () => {
    fresh();
    const email = await owner();
    const ip = ipv4();
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let i = 0; i < 5; i++) expect(await attempt(email, 'nope-nope', ip)).toBe('wrong');
    const waits: number[] = [];
    for (let round = 0; round < 4; round++) {
      const err = await limitedError(email, 'nope-nope', ip);
      const seconds = err.details?.retryAfterSeconds as number;
      waits.push(seconds / 60);
      expect(err.message).toContain(`Try again in ${seconds / 60} minute`);
      vi.setSystemTime(Date.now() + seconds * 1000);
      expect(await attempt(email, 'nope-nope', ip)).toBe('wrong');
    }
    expect(waits).toEqual([1, 2, 4, 8]);
  });

  it('one network guessing across many accounts is stopped for all of them; other networks are not', async () => {
    fresh();
    const email = await owner();
    const [sprayer, elsewhere] = [ipv4(), ipv4()];
    const victims = await Promise.all(Array.from({ length: SIGN_IN_FAILURES.ip.free + 1 }, () => owner()));
    for (const victim of victims.slice(1)) expect(await attempt(victim, 'Summer2026!', sprayer)).toBe('wrong');
    expect(await attempt(victims[0]!, 'Summer2026!', sprayer)).toBe('limited:ip');
    const err = await limitedError(email, 'Summer2026!', sprayer);
    expect(err.message).toMatch(/^Too many wrong passwords from your network, across several accounts\. Try again in 1 minute/);
    expect(await attempt(email, PASSWORD, elsewhere)).toBe('signed-in');
  });

  it("a botnet spending the account's budget locks out only the networks that failed; a clean one still gets in", async () => {
    fresh();
    const email = await owner();
    const bots = Array.from({ length: SIGN_IN_FAILURES.account.free }, () => ipv4());
    for (const bot of bots) expect(await attempt(email, 'botnet-guess', bot)).toBe('wrong');
    // A bot that already failed is refused, whatever it sends.
    expect(await attempt(email, PASSWORD, bots[0]!)).toBe('limited:account');
    const err = await limitedError(email, 'botnet-guess', bots[1]!);
    expect(err.message).toMatch(/^Too many wrong passwords for this account from many networks, yours included\. Try again in 1 minute/);
    // A network with no failures for this account gets one try: the owner's succeeds…
    expect(await attempt(email, PASSWORD, ipv4())).toBe('signed-in');
    // …a new bot's fails, and that network is then refused like the others.
    const newBot = ipv4();
    expect(await attempt(email, 'botnet-guess', newBot)).toBe('wrong');
    expect(await attempt(email, 'botnet-guess', newBot)).toBe('limited:account');
  });

  it('parallel wrong passwords from one network: no more than the free five are ever checked', async () => {
    fresh();
    const email = await owner();
    const ip = ipv4();
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(email, `parallel-${i}`, ip)));
    expect(outcomes.filter((o) => o === 'wrong')).toHaveLength(SIGN_IN_FAILURES.accountFromIp.free);
    expect(outcomes.filter((o) => o === 'limited:accountFromIp')).toHaveLength(20 - SIGN_IN_FAILURES.accountFromIp.free);
  });

  it('IPv6: the whole /64 is one network', async () => {
    fresh();
    const email = await owner();
    for (let i = 0; i < 5; i++) expect(await attempt(email, 'v6-guess', `2001:db8:1:2::${(i + 1).toString(16)}`)).toBe('wrong');
    expect(await attempt(email, 'v6-guess', '2001:db8:1:2:ffff::9')).toBe('limited:accountFromIp');
    expect(await attempt(email, PASSWORD, '2001:db8:1:3::1')).toBe('signed-in');
  });
});

describe('where a sign-in lands', () => {
  it('an admin lands in the admin area, a client on their projects', async () => {
    setRateLimiterForTests(createMemoryLimiter());
    const [admin, client] = [await owner('admin'), await owner('client')];
    await expect(signInWithPassword(new MemoryCookieJar(), { email: admin, password: PASSWORD, ip: ipv4() })).resolves.toEqual({
      landing: '/admin',
    });
    await expect(signInWithPassword(new MemoryCookieJar(), { email: client, password: PASSWORD, ip: ipv4() })).resolves.toEqual({
      landing: '/dashboard',
    });
  });
});
