import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const payloadSchema = z.object({ key: z.string().min(1).max(512), size: z.number().int().positive(), exp: z.number().int() });

/** What an upload token allows: writing `key`, at most `size` bytes, until `exp` (seconds). */
export type UploadGrant = z.infer<typeof payloadSchema>;

// A key of its own for this purpose, derived from the server secret: a token signed for uploads
// is never valid as anything else, and the reverse.
function keyFor(secret: string): Buffer {
  return createHmac('sha256', secret).update('page-magic:user-file-upload:v1').digest();
}

function sign(body: string, secret: string): string {
  return createHmac('sha256', keyFor(secret)).update(body).digest('base64url');
}

/**
 * The embedded adapter's signed upload permission (what Supabase's signed upload URL token is in
 * production): the object key and size are inside the signature, so a token for one upload can
 * write no other object and no more bytes.
 */
export function signUploadToken(grant: UploadGrant, secret: string): string {
  const body = Buffer.from(JSON.stringify(payloadSchema.parse(grant))).toString('base64url');
  return `${body}.${sign(body, secret)}`;
}

/** The grant inside a valid, unexpired token; null for anything else. */
export function verifyUploadToken(token: string | null | undefined, secret: string, now = Date.now()): UploadGrant | null {
  if (typeof token !== 'string' || token.length > 2000) return null;
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const grant = payloadSchema.safeParse(parsed);
  if (!grant.success || grant.data.exp * 1000 <= now) return null;
  return grant.data;
}
