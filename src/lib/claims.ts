import { z } from 'zod';
import { noteOperationUser } from '@/lib/operation-context';

/**
 * The claim shape both auth adapters produce (Supabase's JWT claims).
 * While an admin impersonates a client, `sub` is the client and `act.sub`
 * names the admin (RFC 8693 "actor" claim).
 */
export const claimsSchema = z.object({
  sub: z.uuid(),
  role: z.literal('authenticated'),
  email: z.string().optional(),
  aud: z.union([z.string(), z.array(z.string())]),
  exp: z.number().int(),
  iat: z.number().int().optional(),
  session_id: z.string().optional(),
  /** Authentication methods and when they happened (Supabase's `amr`; the embedded auth writes the same). */
  amr: z.array(z.object({ method: z.string(), timestamp: z.number() })).optional(),
  /** Authenticator assurance level: 'aal2' once the session passed a second factor. */
  aal: z.enum(['aal1', 'aal2']).optional(),
  act: z.object({ sub: z.uuid(), email: z.string().optional() }).optional(),
});
export type Claims = z.infer<typeof claimsSchema>;

declare const verifiedBrand: unique symbol;
/**
 * Claims whose signature (or session) has been checked. withRls only accepts
 * this type, so unverified input cannot reach Postgres by accident.
 */
export type VerifiedClaims = Claims & { readonly [verifiedBrand]: true };

/**
 * Only the auth adapters call this, right after verifying a token; the name
 * is loud on purpose so any other use stands out in review.
 */
export function unsafeMarkClaimsVerified(claims: Claims): VerifiedClaims {
  // The operation's log line names who acted (ids only, never the email).
  noteOperationUser(claims.sub, claims.act?.sub);
  return claims as VerifiedClaims;
}

export function isImpersonating(claims: Claims | null): boolean {
  return Boolean(claims?.act?.sub);
}
