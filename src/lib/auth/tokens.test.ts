import { randomUUID } from 'node:crypto';
import { SignJWT, UnsecuredJWT, decodeJwt, decodeProtectedHeader, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  JWT_AUDIENCE,
  hashOpaqueToken,
  newOpaqueToken,
  signAccessToken,
  signImpersonationToken,
  verifyAccessToken,
  verifyImpersonationToken,
} from './tokens';

const SECRET = 'test-secret-0123456789-abcdefghijklmnopqrstuvwxyz';
const OTHER_SECRET = 'another-secret-0123456789-abcdefghijklmnopqrstuv';
const enc = new TextEncoder();
const now = () => Math.floor(Date.now() / 1000);

/** Changes the first character of the signature: it carries 6 significant bits, unlike the last one. */
function tamperSignature(token: string): string {
  const [h, p, s] = token.split('.') as [string, string, string];
  const first = s[0] === 'A' ? 'B' : 'A';
  return `${h}.${p}.${first}${s.slice(1)}`;
}

/** Replaces the payload, keeping the original header and signature. */
function swapPayload(token: string, patch: Record<string, unknown>): string {
  const [h, , s] = token.split('.') as [string, string, string];
  const payload = { ...decodeJwt(token), ...patch };
  return `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`;
}

describe('access tokens', () => {
  it('verify and carry the Supabase claim shape', async () => {
    const sub = randomUUID();
    const token = await signAccessToken({ sub, email: 'a@test.local', session_id: 'abc' }, SECRET);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const claims = await verifyAccessToken(token, SECRET);
    expect(claims).toMatchObject({ sub, role: 'authenticated', email: 'a@test.local', aud: JWT_AUDIENCE, session_id: 'abc' });
    expect(claims!.exp - claims!.iat!).toBe(ACCESS_TOKEN_TTL_SECONDS);
    expect(Math.abs(claims!.iat! - now())).toBeLessThanOrEqual(2);
  });

  it('honours an explicit expiry', async () => {
    const exp = now() + 120;
    const claims = await verifyAccessToken(await signAccessToken({ sub: randomUUID(), exp }, SECRET), SECRET);
    expect(claims?.exp).toBe(exp);
  });

  it('returns null for a missing or malformed token', async () => {
    expect(await verifyAccessToken(undefined, SECRET)).toBeNull();
    expect(await verifyAccessToken('', SECRET)).toBeNull();
    expect(await verifyAccessToken('not-a-jwt', SECRET)).toBeNull();
    expect(await verifyAccessToken('a.b.c', SECRET)).toBeNull();
  });

  it('returns null for a tampered signature', async () => {
    const token = await signAccessToken({ sub: randomUUID() }, SECRET);
    expect(await verifyAccessToken(tamperSignature(token), SECRET)).toBeNull();
  });

  it('returns null for a tampered payload (another sub under the original signature)', async () => {
    const token = await signAccessToken({ sub: randomUUID() }, SECRET);
    expect(await verifyAccessToken(swapPayload(token, { sub: randomUUID() }), SECRET)).toBeNull();
  });

  it('returns null for a token signed with another secret', async () => {
    const token = await signAccessToken({ sub: randomUUID() }, OTHER_SECRET);
    expect(await verifyAccessToken(token, SECRET)).toBeNull();
  });

  it('rejects alg "none"', async () => {
    const token = new UnsecuredJWT({ sub: randomUUID(), role: 'authenticated' })
      .setAudience(JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(now() + 600)
      .encode();
    expect(decodeProtectedHeader(token).alg).toBe('none');
    expect(await verifyAccessToken(token, SECRET)).toBeNull();
  });

  it('rejects an RS256 token and an RS256 header over an HMAC signature (algorithm confusion)', async () => {
    const claims = { sub: randomUUID(), role: 'authenticated' };
    const { privateKey } = await generateKeyPair('RS256');
    const rs = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256' })
      .setAudience(JWT_AUDIENCE)
      .setExpirationTime(now() + 600)
      .sign(privateKey);
    expect(await verifyAccessToken(rs, SECRET)).toBeNull();

    const hs = await signAccessToken({ sub: claims.sub }, SECRET);
    const [, p, s] = hs.split('.') as [string, string, string];
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT' })).toString('base64url');
    expect(await verifyAccessToken(`${header}.${p}.${s}`, SECRET)).toBeNull();
  });

  it('rejects other HMAC algorithms signed with the right secret (allow-list is HS256 only)', async () => {
    const token = await new SignJWT({ sub: randomUUID(), role: 'authenticated' })
      .setProtectedHeader({ alg: 'HS512' })
      .setAudience(JWT_AUDIENCE)
      .setExpirationTime(now() + 600)
      .sign(enc.encode(SECRET));
    expect(await verifyAccessToken(token, SECRET)).toBeNull();
  });

  it('rejects a wrong or missing audience', async () => {
    const base = () =>
      new SignJWT({ sub: randomUUID(), role: 'authenticated' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(now() + 600);
    expect(await verifyAccessToken(await base().setAudience('anon').sign(enc.encode(SECRET)), SECRET)).toBeNull();
    expect(await verifyAccessToken(await base().setAudience('impersonation').sign(enc.encode(SECRET)), SECRET)).toBeNull();
    expect(await verifyAccessToken(await base().sign(enc.encode(SECRET)), SECRET)).toBeNull();
  });

  it('rejects an expired token', async () => {
    const token = await signAccessToken({ sub: randomUUID(), exp: now() - 5 }, SECRET);
    expect(await verifyAccessToken(token, SECRET)).toBeNull();
  });

  it('rejects validly signed tokens whose claims do not fit the schema (role, sub, missing exp)', async () => {
    const sign = (payload: Record<string, unknown>, exp = true) => {
      const jwt = new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).setAudience(JWT_AUDIENCE);
      return (exp ? jwt.setExpirationTime(now() + 600) : jwt).sign(enc.encode(SECRET));
    };
    expect(await verifyAccessToken(await sign({ sub: randomUUID(), role: 'service_role' }), SECRET)).toBeNull();
    expect(await verifyAccessToken(await sign({ sub: 'not-a-uuid', role: 'authenticated' }), SECRET)).toBeNull();
    expect(await verifyAccessToken(await sign({ sub: randomUUID(), role: 'authenticated' }, false), SECRET)).toBeNull();
  });

  it('an impersonation token is not an access token', async () => {
    const imp = await signImpersonationToken({ sid: randomUUID(), admin: randomUUID(), client: randomUUID(), exp: now() + 600 }, SECRET);
    expect(await verifyAccessToken(imp, SECRET)).toBeNull();
  });
});

describe('impersonation tokens', () => {
  const fresh = () => ({ sid: randomUUID(), admin: randomUUID(), client: randomUUID(), exp: now() + 600 });

  it('round-trip', async () => {
    const t = fresh();
    expect(await verifyImpersonationToken(await signImpersonationToken(t, SECRET), SECRET)).toEqual(t);
  });

  it('return null for missing, malformed, tampered or foreign-secret tokens', async () => {
    const token = await signImpersonationToken(fresh(), SECRET);
    expect(await verifyImpersonationToken(undefined, SECRET)).toBeNull();
    expect(await verifyImpersonationToken('x.y.z', SECRET)).toBeNull();
    expect(await verifyImpersonationToken(tamperSignature(token), SECRET)).toBeNull();
    expect(await verifyImpersonationToken(swapPayload(token, { client: randomUUID() }), SECRET)).toBeNull();
    expect(await verifyImpersonationToken(await signImpersonationToken(fresh(), OTHER_SECRET), SECRET)).toBeNull();
  });

  it('reject alg none and RS256', async () => {
    const t = fresh();
    const none = new UnsecuredJWT({ sid: t.sid, admin: t.admin, client: t.client })
      .setAudience('impersonation')
      .setExpirationTime(t.exp)
      .encode();
    expect(await verifyImpersonationToken(none, SECRET)).toBeNull();
    const { privateKey } = await generateKeyPair('RS256');
    const rs = await new SignJWT({ sid: t.sid, admin: t.admin, client: t.client })
      .setProtectedHeader({ alg: 'RS256' })
      .setAudience('impersonation')
      .setExpirationTime(t.exp)
      .sign(privateKey);
    expect(await verifyImpersonationToken(rs, SECRET)).toBeNull();
  });

  it('reject a wrong audience: an access token is not an impersonation token', async () => {
    const access = await signAccessToken({ sub: randomUUID() }, SECRET);
    expect(await verifyImpersonationToken(access, SECRET)).toBeNull();
    const t = fresh();
    const wrongAud = await new SignJWT({ sid: t.sid, admin: t.admin, client: t.client })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience('authenticated')
      .setExpirationTime(t.exp)
      .sign(enc.encode(SECRET));
    expect(await verifyImpersonationToken(wrongAud, SECRET)).toBeNull();
  });

  it('reject expired tokens and tokens without exp or with missing fields', async () => {
    expect(await verifyImpersonationToken(await signImpersonationToken({ ...fresh(), exp: now() - 5 }, SECRET), SECRET)).toBeNull();
    const t = fresh();
    const noExp = await new SignJWT({ sid: t.sid, admin: t.admin, client: t.client })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience('impersonation')
      .sign(enc.encode(SECRET));
    expect(await verifyImpersonationToken(noExp, SECRET)).toBeNull();
    const noClient = await new SignJWT({ sid: t.sid, admin: t.admin })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience('impersonation')
      .setExpirationTime(t.exp)
      .sign(enc.encode(SECRET));
    expect(await verifyImpersonationToken(noClient, SECRET)).toBeNull();
  });
});

describe('opaque tokens', () => {
  it('are random, URL-safe, and stored only as a SHA-256 hex hash', () => {
    const a = newOpaqueToken();
    const b = newOpaqueToken();
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(hashOpaqueToken(a.token));
    expect(a.hash).not.toContain(a.token);
  });
});
