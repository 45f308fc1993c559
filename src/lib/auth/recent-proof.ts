import type { Claims } from '@/lib/claims';

/**
 * Whether the session's sign-in was proven by one of `methods` within the last `maxAgeSeconds`
 * (the `amr` claim: Supabase writes it, and the embedded auth writes the same). Used to let a
 * person who just followed a password-reset link set a new password without the old one.
 */
export function hasRecentProof(claims: Pick<Claims, 'amr'>, methods: readonly string[], maxAgeSeconds: number, now = Date.now()): boolean {
  const oldest = Math.floor(now / 1000) - maxAgeSeconds;
  return (claims.amr ?? []).some((entry) => methods.includes(entry.method) && entry.timestamp >= oldest);
}
