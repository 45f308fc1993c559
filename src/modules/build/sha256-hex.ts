import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256: the identity of a built file and of its blob. */
export function sha256Hex(body: Uint8Array | string): string {
  return createHash('sha256').update(body).digest('hex');
}
