import { AppError } from '@/lib/errors';

/** Storage key of a built file's bytes: content-addressed, so identical files are stored once. */
export function blobKeyFor(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('INTERNAL', 'errors.build.notSha256', { details: { sha256 } });
  return `blobs/${sha256}`;
}
