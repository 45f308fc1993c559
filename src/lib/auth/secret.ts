import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getEnv } from '@/lib/env';

let cached: string | undefined;

/**
 * The key that signs local access tokens and impersonation tokens.
 * From AUTH_SECRET when set; otherwise (embedded default) generated once and
 * kept in .data/auth-secret so sessions survive a restart.
 */
export function getAuthSecret(): string {
  if (cached) return cached;
  const env = getEnv();
  if (env.AUTH_SECRET) {
    if (env.AUTH_SECRET.length < 32) throw new Error('AUTH_SECRET must be at least 32 characters');
    cached = env.AUTH_SECRET;
    return cached;
  }
  if (env.NODE_ENV === 'production' && env.DATABASE_URL) {
    throw new Error('AUTH_SECRET is required when running against a real database');
  }
  const file = path.resolve(env.DATA_DIR, 'auth-secret');
  try {
    cached = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    cached = randomBytes(48).toString('base64url');
    writeFileSync(file, cached, { mode: 0o600 });
  }
  return cached;
}
