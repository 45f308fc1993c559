import { AppError } from '@/lib/errors';

const KEY = /^[a-z0-9][a-z0-9/._-]*$/;
const MAX_KEY_LENGTH = 512;

/**
 * Keys become file paths (filesystem adapter) and URL paths (Supabase adapter), so they are
 * restricted to one safe shape: lower-case ASCII, '/' separated, no empty segment and no
 * segment starting with '.' — which rules out '..' traversal and hidden or temporary files.
 */
export function assertValidBlobKey(key: string): void {
  const isValid =
    typeof key === 'string' &&
    key.length <= MAX_KEY_LENGTH &&
    KEY.test(key) &&
    key.split('/').every((segment) => segment !== '' && !segment.startsWith('.'));
  if (!isValid) throw new AppError('VALIDATION', 'errors.storage.invalidKey', { details: { key: String(key).slice(0, 80) } });
}
