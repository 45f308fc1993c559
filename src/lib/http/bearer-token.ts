import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether an `Authorization: Bearer <token>` header carries `expected`, compared in constant
 * time: both sides are hashed first, so neither the token's content nor its length shows in how
 * long the comparison takes.
 */
export function hasBearerToken(authorization: string | null, expected: string): boolean {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
  const given = createHash('sha256')
    .update(match?.[1] ?? '')
    .digest();
  const wanted = createHash('sha256').update(expected).digest();
  return timingSafeEqual(given, wanted) && match !== null;
}
