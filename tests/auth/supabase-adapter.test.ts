import { randomUUID } from 'node:crypto';
import { SignJWT, UnsecuredJWT, decodeJwt, decodeProtectedHeader, generateKeyPair } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COOKIE } from '@/lib/auth/cookie-jar';
import { createSupabaseAuthAdapter } from '@/lib/auth/supabase-adapter';
import type { AuthAdapter } from '@/lib/auth/types';
import { AppError } from '@/lib/errors';
import { startFakeSupabaseAuth, type FakeSupabaseAuth } from '@tests/fakes/supabase-auth/server';
import { MemoryCookieJar } from './memory-jar';
import { currentTotpCode } from '@/lib/auth/totp';
import { useTempAuthEnv } from './env';

const ANON_KEY = 'anon-key-for-tests';
const PASSWORD = 'correct-horse-battery-1';

let fake: FakeSupabaseAuth;
let env: ReturnType<typeof useTempAuthEnv>;
let auth: AuthAdapter;
let storageKey: string;

// supabase-js constructs a RealtimeClient eagerly, and realtime-js throws
// "Node.js 20 detected without native WebSocket support" when there is no
// global WebSocket (Node 20). The adapter never opens a socket, so an inert
// stand-in lets the protocol tests below run on Node 20; the regression test
// "works on a runtime without a global WebSocket" removes it again.
class InertWebSocket {
  constructor() {
    throw new Error('the auth adapter must not open realtime sockets');
  }
}
const globalWithWs = globalThis as { WebSocket?: unknown };
const originalWebSocket = globalWithWs.WebSocket;

beforeAll(async () => {
  globalWithWs.WebSocket ??= InertWebSocket;
  fake = await startFakeSupabaseAuth({ anonKey: ANON_KEY });
  env = useTempAuthEnv({ NEXT_PUBLIC_SUPABASE_URL: fake.url, NEXT_PUBLIC_SUPABASE_ANON_KEY: ANON_KEY });
  auth = createSupabaseAuthAdapter();
  // @supabase/supabase-js: `sb-<first label of the host>-auth-token`.
  storageKey = `sb-${new URL(fake.url).hostname.split('.')[0]}-auth-token`;
});
afterAll(async () => {
  globalWithWs.WebSocket = originalWebSocket;
  if (originalWebSocket === undefined) delete globalWithWs.WebSocket;
  await fake?.stop();
  env?.restore();
});
beforeEach(() => {
  fake.options.accessTokenTtlSeconds = 3600;
});

const uniqueEmail = () => `user-${randomUUID().slice(0, 8)}@test.local`;

async function expectAppError(promise: Promise<unknown>, code: AppError['code']): Promise<void> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, `expected AppError ${code}`).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
}

const isAuthCookie = (name: string) => name === storageKey || new RegExp(`^${storageKey}\\.\\d+$`).test(name);

type StoredSession = {
  access_token: string;
  refresh_token: string;
  expires_at: number;
  expires_in: number;
  token_type: string;
  user: { id: string; email: string };
};

/** Reads @supabase/ssr's session cookie (possibly chunked, `base64-` encoded). */
function readSession(jar: MemoryCookieJar): StoredSession {
  let raw = jar.get(storageKey);
  if (raw === undefined) {
    const parts: string[] = [];
    for (let i = 0; jar.get(`${storageKey}.${i}`) !== undefined; i++) parts.push(jar.get(`${storageKey}.${i}`)!);
    raw = parts.join('');
  }
  expect(raw, 'session cookie').toBeTruthy();
  expect(raw!.startsWith('base64-')).toBe(true);
  return JSON.parse(Buffer.from(raw!.slice('base64-'.length), 'base64url').toString('utf8')) as StoredSession;
}

/** A browser holding a session cookie with these contents (unchunked; the library combines either form). */
function jarWithSession(session: StoredSession): MemoryCookieJar {
  return new MemoryCookieJar({ [storageKey]: `base64-${Buffer.from(JSON.stringify(session)).toString('base64url')}` });
}

async function signedIn(email = uniqueEmail()) {
  const user = fake.createUser({ email, password: PASSWORD });
  const jar = new MemoryCookieJar();
  await auth.signInWithPassword(jar, { email, password: PASSWORD });
  return { jar, user, email };
}

function withPayload(token: string, patch: Record<string, unknown>): string {
  const [h, , s] = token.split('.') as [string, string, string];
  return `${h}.${Buffer.from(JSON.stringify({ ...decodeJwt(token), ...patch })).toString('base64url')}.${s}`;
}

const userRequests = () => fake.requests.filter((r) => r.path === '/auth/v1/user' && r.method === 'GET').length;

describe('fake Supabase Auth speaks the protocol', () => {
  it('publishes an ES256 JWKS and issues tokens with the Supabase claim shape', async () => {
    const res = await fetch(`${fake.url}/auth/v1/.well-known/jwks.json`);
    const jwks = (await res.json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256', kid: fake.kid, use: 'sig' })]);
    expect(jwks.keys[0]).not.toHaveProperty('d');

    const { jar, user } = await signedIn();
    const session = readSession(jar);
    expect(decodeProtectedHeader(session.access_token)).toMatchObject({ alg: 'ES256', kid: fake.kid, typ: 'JWT' });
    expect(decodeJwt(session.access_token)).toMatchObject({
      sub: user.id,
      aud: 'authenticated',
      role: 'authenticated',
      email: user.email,
      iss: fake.issuer,
      aal: 'aal1',
      is_anonymous: false,
      session_id: expect.any(String),
      app_metadata: { provider: 'email' },
    });
  });

  it('rejects requests without the project API key, like the gateway', async () => {
    const res = await fetch(`${fake.url}/auth/v1/user`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: 'No API key found in request' });
  });
});

describe('Supabase auth adapter', () => {
  // engines: node >= 20.19. On Node 20 there is no global WebSocket and every
  // createServerClient() call used to throw before reaching Supabase.
  it('works on a runtime without a global WebSocket (Node 20)', async () => {
    const saved = globalWithWs.WebSocket;
    delete globalWithWs.WebSocket;
    try {
      const email = uniqueEmail();
      fake.createUser({ email, password: PASSWORD });
      const jar = new MemoryCookieJar();
      await expect(auth.getClaims(jar)).resolves.toBeNull();
      await auth.signInWithPassword(jar, { email, password: PASSWORD });
      expect((await auth.getClaims(jar))?.email).toBe(email);
    } finally {
      globalWithWs.WebSocket = saved;
    }
    // The file's first sign-in pays for loading supabase-js and the JWKS: 44 s was seen at load 15.
  }, 120_000);

  it('sign-in stores the session in sb-…-auth-token cookies; getClaims returns verified claims', async () => {
    const { jar, user, email } = await signedIn();
    const names = jar.names().filter(isAuthCookie);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(jar.optionsOf(name)).toMatchObject({ path: '/', sameSite: 'lax', maxAge: 400 * 24 * 60 * 60 });
    expect(readSession(jar).user.id).toBe(user.id);
    // Our own cookies are not used by this adapter.
    expect(jar.has(COOKIE.access)).toBe(false);

    const claims = await auth.getClaims(jar);
    expect(claims).toMatchObject({ sub: user.id, role: 'authenticated', email, aud: 'authenticated', session_id: expect.any(String) });
    expect(claims!.exp).toBeGreaterThan(Date.now() / 1000 + 3000);
    expect(claims!.act).toBeUndefined();
  });

  it('verifies locally against the JWKS: no round trip to /user per request', async () => {
    const { jar, user } = await signedIn();
    await auth.getClaims(jar); // may fetch the JWKS once
    const before = userRequests();
    const jwksBefore = fake.requests.filter((r) => r.path.endsWith('/jwks.json')).length;
    for (let i = 0; i < 3; i++) expect((await auth.getClaims(jar))?.sub).toBe(user.id);
    expect(userRequests()).toBe(before);
    expect(fake.requests.filter((r) => r.path.endsWith('/jwks.json')).length).toBe(jwksBefore);
  });

  it('getClaims is null without a session cookie or with garbage in it', async () => {
    expect(await auth.getClaims(new MemoryCookieJar())).toBeNull();
    expect(await auth.getClaims(new MemoryCookieJar({ [storageKey]: 'base64-bm90LWpzb24' }))).toBeNull();
    expect(await auth.getClaims(new MemoryCookieJar({ [storageKey]: 'garbage' }))).toBeNull();
  });

  it('a tampered access token in the cookie yields null', async () => {
    const { jar } = await signedIn();
    const session = readSession(jar);
    const victim = fake.createUser({ email: uniqueEmail(), password: PASSWORD });
    const forged = jarWithSession({ ...session, access_token: withPayload(session.access_token, { sub: victim.id, email: victim.email }) });
    expect(await auth.getClaims(forged)).toBeNull();
  });

  it('tokens forged with another key, another kid, HS256 with the anon key, or alg none yield null', async () => {
    const { jar, user } = await signedIn();
    const session = readSession(jar);
    const claims = decodeJwt(session.access_token);
    const { privateKey } = await generateKeyPair('ES256');
    const attackerSameKid = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: fake.kid, typ: 'JWT' }).sign(privateKey);
    const attackerOwnKid = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: randomUUID(), typ: 'JWT' }).sign(privateKey);
    const hsWithAnonKey = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(new TextEncoder().encode(ANON_KEY));
    const none = new UnsecuredJWT(claims).encode();
    for (const [label, token] of Object.entries({ attackerSameKid, attackerOwnKid, hsWithAnonKey, none })) {
      expect(await auth.getClaims(jarWithSession({ ...session, access_token: token })), label).toBeNull();
    }
    // The genuine session still works.
    expect((await auth.getClaims(jar))?.sub).toBe(user.id);
  });

  it('validly signed tokens that are not an authenticated user (wrong role, expired) yield null', async () => {
    const { jar, user } = await signedIn();
    const session = readSession(jar);
    const serviceRole = await fake.signAccessToken({ sub: user.id, role: 'service_role', aud: 'authenticated', session_id: randomUUID() });
    expect(await auth.getClaims(jarWithSession({ ...session, access_token: serviceRole }))).toBeNull();

    // Expired token and a refresh token the server does not know: no session.
    const expired = await fake.signAccessToken({ sub: user.id, role: 'authenticated', aud: 'authenticated' }, { expiresIn: -120 });
    expect(
      await auth.getClaims(
        jarWithSession({ ...session, access_token: expired, refresh_token: 'unknown', expires_at: Math.floor(Date.now() / 1000) - 120 }),
      ),
    ).toBeNull();
  });

  it('an `act` claim in a Supabase token is never trusted (impersonation is ours alone)', async () => {
    const { jar, user } = await signedIn();
    const session = readSession(jar);
    const withAct = await fake.signAccessToken({ ...decodeJwt(session.access_token), act: { sub: randomUUID() } });
    const claims = await auth.getClaims(jarWithSession({ ...session, access_token: withAct }));
    expect(claims?.sub).toBe(user.id);
    expect(claims?.act).toBeUndefined();
  });

  it('a wrong password or unknown email maps to INVALID_CREDENTIALS and sets no cookie', async () => {
    const email = uniqueEmail();
    fake.createUser({ email, password: PASSWORD });
    const jar = new MemoryCookieJar();
    await expectAppError(auth.signInWithPassword(jar, { email, password: 'wrong-password' }), 'INVALID_CREDENTIALS');
    await expectAppError(auth.signInWithPassword(jar, { email: uniqueEmail(), password: PASSWORD }), 'INVALID_CREDENTIALS');
    expect(jar.names()).toEqual([]);
  });

  it('maps rate limiting (429) and server failures to RATE_LIMITED and UNAVAILABLE', async () => {
    const { email } = await signedIn();
    fake.failNext('/token', { status: 429, code: 'over_request_rate_limit', message: 'Request rate limit reached' });
    await expectAppError(auth.signInWithPassword(new MemoryCookieJar(), { email, password: PASSWORD }), 'RATE_LIMITED');
    fake.failNext('/otp', { status: 429, code: 'over_email_send_rate_limit', message: 'email rate limit exceeded' });
    await expectAppError(auth.requestMagicLink({ email, next: '/', locale: 'en' }), 'RATE_LIMITED');
    fake.failNext('/recover', { status: 429, code: 'over_email_send_rate_limit' });
    await expectAppError(auth.requestPasswordReset({ email, locale: 'en' }), 'RATE_LIMITED');
    fake.failNext('/otp', { status: 503 });
    await expectAppError(auth.requestMagicLink({ email, next: '/', locale: 'en' }), 'UNAVAILABLE');
  });

  it('sign-up returns signed_in with autoconfirm, check_email otherwise; duplicates are CONFLICT, weak passwords VALIDATION', async () => {
    const email = uniqueEmail();
    const jar = new MemoryCookieJar();
    expect(await auth.signUp(jar, { email, password: PASSWORD, displayName: 'Ana', locale: 'pt-BR' })).toEqual({ status: 'signed_in' });
    expect((await auth.getClaims(jar))?.email).toBe(email);
    expect(fake.findUserByEmail(email)?.userMetadata).toEqual({ display_name: 'Ana', locale: 'pt-BR' });
    const signupRequest = fake.requests.filter((r) => r.path === '/auth/v1/signup').at(-1)!;
    expect(signupRequest.query.redirect_to).toBe('http://localhost:3000/auth/confirm');

    await expectAppError(auth.signUp(new MemoryCookieJar(), { email, password: PASSWORD, locale: 'en' }), 'CONFLICT');
    await expectAppError(auth.signUp(new MemoryCookieJar(), { email: uniqueEmail(), password: '123', locale: 'en' }), 'VALIDATION');

    fake.options.autoconfirm = false;
    try {
      const pending = uniqueEmail();
      const jar2 = new MemoryCookieJar();
      expect(await auth.signUp(jar2, { email: pending, password: PASSWORD, locale: 'en' })).toEqual({ status: 'check_email' });
      expect(await auth.getClaims(jar2)).toBeNull();
      expect(fake.lastMail(pending, 'signup')).toBeDefined();
    } finally {
      fake.options.autoconfirm = true;
    }
  });

  it('a session close to expiry is refreshed through the refresh token and the new cookies are written', async () => {
    fake.options.accessTokenTtlSeconds = 30; // inside auth-js's 90 s expiry margin
    const { jar, user } = await signedIn();
    const first = readSession(jar);
    const refreshesBefore = fake.requests.filter((r) => r.query.grant_type === 'refresh_token').length;

    const claims = await auth.getClaims(jar);
    expect(claims?.sub).toBe(user.id);
    expect(fake.requests.filter((r) => r.query.grant_type === 'refresh_token').length).toBe(refreshesBefore + 1);
    const second = readSession(jar);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.access_token).not.toBe(first.access_token);
  });

  it('refreshSession rotates the refresh token; the old one cannot be reused', async () => {
    const { jar } = await signedIn();
    const stale = jar.clone();
    const before = readSession(jar);
    expect(await auth.refreshSession(jar)).toBe(true);
    const after = readSession(jar);
    expect(after.refresh_token).not.toBe(before.refresh_token);
    expect(await auth.refreshSession(stale)).toBe(false);
    expect(await auth.refreshSession(new MemoryCookieJar())).toBe(false);
  });

  it('signOut ends the session on the server and clears the cookies (including pm-imp)', async () => {
    const { jar } = await signedIn();
    jar.set(COOKIE.impersonation, 'x', { path: '/' });
    const copy = jar.clone();
    await auth.signOut(jar);
    expect(jar.names().filter(isAuthCookie)).toEqual([]);
    expect(jar.has(COOKIE.impersonation)).toBe(false);
    expect(fake.requests.at(-1)).toMatchObject({ method: 'POST', path: '/auth/v1/logout' });
    // A copy of the old cookies cannot be refreshed any more.
    expect(await auth.refreshSession(copy)).toBe(false);
  });

  it('a signed-out access token is refused at once, although its signature stays valid for an hour', async () => {
    const { jar, user } = await signedIn();
    const copy = jar.clone();
    expect((await auth.getClaims(copy))?.sub).toBe(user.id);
    await auth.signOut(jar);
    expect(await auth.getClaims(copy)).toBeNull();
  });

  it('changing the password takes the current one unless the session came from a reset link just now', async () => {
    const { jar, email } = await signedIn();
    await expectAppError(auth.updatePassword(jar, { password: 'taken-over-123' }), 'FORBIDDEN');
    await expectAppError(auth.updatePassword(jar, { password: 'taken-over-123', currentPassword: 'wrong-guess-1' }), 'INVALID_CREDENTIALS');
    await auth.updatePassword(jar, { password: 'changed-on-purpose-7', currentPassword: PASSWORD });
    await auth.signInWithPassword(new MemoryCookieJar(), { email, password: 'changed-on-purpose-7' });
  });

  it('magic link: the mailed token_hash signs in once, and the redirect carries `next`', async () => {
    const { email, user } = await signedIn();
    await auth.requestMagicLink({ email, next: '/dashboard?tab=1', locale: 'en' });
    const mail = fake.lastMail(email, 'magiclink')!;
    expect(mail).toBeDefined();
    expect(mail.redirectTo).toBe('http://localhost:3000/auth/confirm?next=%2Fdashboard%3Ftab%3D1');

    const jar = new MemoryCookieJar();
    await auth.verifyEmailLink(jar, { token: mail.tokenHash, type: 'magic_link' });
    expect((await auth.getClaims(jar))?.sub).toBe(user.id);
    await expectAppError(auth.verifyEmailLink(new MemoryCookieJar(), { token: mail.tokenHash, type: 'magic_link' }), 'TOKEN_INVALID');
    await expectAppError(auth.verifyEmailLink(new MemoryCookieJar(), { token: 'made-up', type: 'magic_link' }), 'TOKEN_INVALID');
  });

  it('magic link to a new address creates the account', async () => {
    const email = uniqueEmail();
    await auth.requestMagicLink({ email, next: '/', locale: 'en' });
    const mail = fake.lastMail(email)!;
    const jar = new MemoryCookieJar();
    await auth.verifyEmailLink(jar, { token: mail.tokenHash, type: 'magic_link' });
    expect((await auth.getClaims(jar))?.email).toBe(email);
  });

  it('password reset: unknown email is silent; known email → link → updatePassword → old fails, new works', async () => {
    const unknown = uniqueEmail();
    await expect(auth.requestPasswordReset({ email: unknown, locale: 'en' })).resolves.toBeUndefined();
    expect(fake.lastMail(unknown)).toBeUndefined();

    const { email, user } = await signedIn();
    await auth.requestPasswordReset({ email, locale: 'en' });
    const mail = fake.lastMail(email, 'recovery')!;
    expect(mail.redirectTo).toBe('http://localhost:3000/auth/confirm?next=/reset-password');

    // A recovery link is not a magic link.
    await expectAppError(auth.verifyEmailLink(new MemoryCookieJar(), { token: mail.tokenHash, type: 'magic_link' }), 'TOKEN_INVALID');

    const jar = new MemoryCookieJar();
    await auth.verifyEmailLink(jar, { token: mail.tokenHash, type: 'password_reset' });
    expect((await auth.getClaims(jar))?.sub).toBe(user.id);
    await auth.updatePassword(jar, { password: 'brand-new-password-9' });

    await expectAppError(auth.signInWithPassword(new MemoryCookieJar(), { email, password: PASSWORD }), 'INVALID_CREDENTIALS');
    await auth.signInWithPassword(new MemoryCookieJar(), { email, password: 'brand-new-password-9' });
    await expectAppError(auth.updatePassword(jar, { password: '123' }), 'VALIDATION');
  });

  it('two-factor through Supabase MFA: enroll, a new sign-in is aal1 until a code, each code once, unenroll from aal2', async () => {
    const { jar, email } = await signedIn();
    expect(await auth.twoFactorState(jar)).toEqual({ enrolled: false, aal: 'aal1' });
    const { factorId, secret, uri } = await auth.startTotpEnrollment(jar);
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    await expect(auth.confirmTotpEnrollment(jar, { factorId, code: '000000' })).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    await auth.confirmTotpEnrollment(jar, { factorId, code: currentTotpCode(secret) });
    expect(await auth.twoFactorState(jar)).toEqual({ enrolled: true, aal: 'aal2' });
    expect((await auth.getClaims(jar))?.aal).toBe('aal2');

    const laptop = new MemoryCookieJar();
    await auth.signInWithPassword(laptop, { email, password: PASSWORD });
    expect(await auth.twoFactorState(laptop)).toEqual({ enrolled: true, aal: 'aal1' });
    // The enrollment's code (same step) is spent; the next step's works once.
    const next = currentTotpCode(secret, Date.now() + 30_000);
    await auth.verifySecondFactor(laptop, { code: next });
    expect((await auth.getClaims(laptop))?.aal).toBe('aal2');
    const phone = new MemoryCookieJar();
    await auth.signInWithPassword(phone, { email, password: PASSWORD });
    await expect(auth.verifySecondFactor(phone, { code: next })).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });

  it('turning Supabase MFA off takes a fresh code; a wrong one changes nothing', async () => {
    const { jar } = await signedIn();
    const { factorId, secret } = await auth.startTotpEnrollment(jar);
    await auth.confirmTotpEnrollment(jar, { factorId, code: currentTotpCode(secret) });
    await expect(auth.disableTotp(jar, { code: '000000' })).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect((await auth.twoFactorState(jar))?.enrolled).toBe(true);
    await auth.disableTotp(jar, { code: currentTotpCode(secret, Date.now() + 30_000) });
    expect((await auth.twoFactorState(jar))?.enrolled).toBe(false);
  });

  it('updatePassword without a session fails with an AppError', async () => {
    await expect(auth.updatePassword(new MemoryCookieJar(), { password: 'whatever-123' })).rejects.toBeInstanceOf(AppError);
  });
});
