import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { errorKey } from '@/lib/i18n/error-key';
import { userProfiles } from './schema';

// Control characters (tabs, newlines, NUL…) and the bidirectional overrides that can make a name
// read backwards where others see it (the admin's audit log, a team list): never part of a name.
const UNPRINTABLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/**
 * A display name as a person types it: trimmed, at most 80 characters (the column's own check),
 * no control characters. Empty means "no name" (null): the app then shows the email.
 */
export const displayNameSchema = z
  .string()
  .trim()
  .max(80, errorKey('errors.accounts.displayNameTooLong'))
  .refine((name) => !UNPRINTABLE.test(name), errorKey('errors.accounts.displayNameUnprintable'))
  .transform((name) => (name === '' ? null : name));

export type SetDisplayNameInput = { displayName: string | null };

/**
 * Sets the signed-in person's own display name. RLS (and the column grant) let a person change
 * only their own row; we also filter by their id so an admin's claims never rename someone else
 * from here. An admin acting as a client does not rename the client.
 */
export async function setDisplayName(claims: VerifiedClaims, input: SetDisplayNameInput): Promise<{ displayName: string | null }> {
  if (claims.act) throw new AppError('FORBIDDEN', 'errors.accounts.displayNameNotWhileImpersonating');
  const displayName = displayNameSchema.parse(input.displayName ?? '');
  const updated = await withRls(claims, (tx) =>
    tx
      .update(userProfiles)
      .set({ displayName })
      .where(eq(userProfiles.id, claims.sub))
      .returning({ displayName: userProfiles.displayName }),
  );
  if (updated.length !== 1) throw new AppError('NOT_FOUND', 'errors.accounts.accountNotFound');
  return { displayName: updated[0]!.displayName };
}
