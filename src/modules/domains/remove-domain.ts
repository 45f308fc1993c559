import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { domains } from './schema';

/**
 * Removes a domain: its owner, or an agency admin (the audit trigger records an admin's removal).
 * The routing version trigger makes every process stop serving it. NOT_FOUND when RLS hides it.
 */
export async function removeDomain(claims: VerifiedClaims, input: { domainId: string }): Promise<{ name: string }> {
  const removed = await withRls(claims, (tx) => tx.delete(domains).where(eq(domains.id, input.domainId)).returning({ name: domains.name }));
  if (!removed[0]) throw new AppError('NOT_FOUND', 'errors.domains.notFound');
  return removed[0];
}
