import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// scrypt is memory-hard and ships with Node (no native addon to build).
// N=2^15, r=8 uses 32 MiB per hash: slow for attackers, ~60 ms for us.
const PARAMS = { N: 1 << 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 128 * params.N * params.r * 2 };
  return new Promise((resolve, reject) => {
    scryptCb(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

function parseStored(stored: string | null | undefined): { N: number; r: number; p: number; salt: Buffer; hash: Buffer } | null {
  const parts = (stored ?? '').split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  const N = Number(n);
  const R = Number(r);
  const P = Number(p);
  // Bounds keep a corrupt (or planted) row from throwing or allocating gigabytes.
  const isPowerOfTwo = Number.isSafeInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (!isPowerOfTwo || N > 1 << 20 || !Number.isSafeInteger(R) || R < 1 || R > 32 || !Number.isSafeInteger(P) || P < 1 || P > 16)
    return null;
  const key = Buffer.from(hash, 'base64');
  if (key.length !== KEY_LENGTH) return null;
  return { N, r: R, p: P, salt: Buffer.from(salt, 'base64'), hash: key };
}

export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const parsed = parseStored(stored);
  if (!parsed) {
    // Spend comparable time so unknown emails are not distinguishable by timing.
    await scrypt(password, randomBytes(16), PARAMS);
    return false;
  }
  try {
    const actual = await scrypt(password, parsed.salt, parsed);
    return timingSafeEqual(actual, parsed.hash);
  } catch {
    return false;
  }
}

/**
 * Passwords printed in our own README and start banner (the demo accounts'). Fine on a laptop's
 * embedded database; on a real database (DATABASE_URL) nobody may sign in, sign up or reset to
 * one — see isDemoPasswordAllowed.
 */
export const PUBLISHED_PASSWORDS: readonly string[] = ['pagemagic-demo'];

export function isPublishedPassword(password: string): boolean {
  return PUBLISHED_PASSWORDS.includes(password.normalize('NFKC'));
}
