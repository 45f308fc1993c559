import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'pm_live_';
const VISIBLE_CHARS = 8;

/**
 * A new key: `pm_live_` + 32 random bytes (base64url, 256 bits). What is stored is SHA-256 of the
 * whole key, not bcrypt/argon2: those slow hashes protect low-entropy passwords from guessing,
 * while a 256-bit random secret cannot be guessed whatever the hash, and a fast hash lets every
 * API call find its key by an indexed equality lookup instead of trying a slow hash per key.
 */
export function mintApiKey(): { key: string; prefix: string; secretHash: string } {
  const key = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  return { key, prefix: key.slice(0, API_KEY_PREFIX.length + VISIBLE_CHARS), secretHash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Cheap shape check before any lookup: a bearer token that cannot be one of our keys is refused at once. */
export function looksLikeApiKey(token: string): boolean {
  return /^pm_live_[A-Za-z0-9_-]{43}$/.test(token);
}
