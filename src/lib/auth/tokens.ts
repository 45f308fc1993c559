import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { claimsSchema, unsafeMarkClaimsVerified, type Claims, type VerifiedClaims } from '@/lib/claims';

export const ACCESS_TOKEN_TTL_SECONDS = 60 * 60;
export const JWT_AUDIENCE = 'authenticated';

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signAccessToken(
  claims: Omit<Claims, 'exp' | 'iat' | 'aud' | 'role'> & { exp?: number },
  secret: string,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const { exp, ...rest } = claims;
  return new SignJWT({ ...rest, role: 'authenticated' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(now)
    .setAudience(JWT_AUDIENCE)
    .setExpirationTime(exp ?? now + ACCESS_TOKEN_TTL_SECONDS)
    .sign(key(secret));
}

/** Verifies signature, algorithm, audience and expiry; returns null for anything invalid. */
export async function verifyAccessToken(token: string | undefined, secret: string): Promise<VerifiedClaims | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key(secret), { algorithms: ['HS256'], audience: JWT_AUDIENCE });
    const parsed = claimsSchema.safeParse(payload);
    return parsed.success ? unsafeMarkClaimsVerified(parsed.data) : null;
  } catch (err) {
    if (err instanceof joseErrors.JOSEError || err instanceof TypeError) return null;
    throw err;
  }
}

/** An opaque random token for links and refresh; only its hash is stored. */
export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOpaqueToken(token) };
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type ImpersonationToken = { sid: string; admin: string; client: string; exp: number };

export async function signImpersonationToken(t: ImpersonationToken, secret: string): Promise<string> {
  return new SignJWT({ sid: t.sid, admin: t.admin, client: t.client })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setAudience('impersonation')
    .setExpirationTime(t.exp)
    .sign(key(secret));
}

export async function verifyImpersonationToken(token: string | undefined, secret: string): Promise<ImpersonationToken | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key(secret), { algorithms: ['HS256'], audience: 'impersonation' });
    if (typeof payload.sid !== 'string' || typeof payload.admin !== 'string' || typeof payload.client !== 'string' || !payload.exp) {
      return null;
    }
    return { sid: payload.sid, admin: payload.admin, client: payload.client, exp: payload.exp };
  } catch (err) {
    if (err instanceof joseErrors.JOSEError || err instanceof TypeError) return null;
    throw err;
  }
}
