import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { getDomainHosting } from '@/lib/domain-hosting/domain-hosting';
import { AppError } from '@/lib/errors';
import { reportError } from '@/lib/observability';
import { domains } from './schema';
import { expireDomainRoutingCache } from './unsafe-domain-routing';

/**
 * Removes a domain: its owner, or an agency admin (the audit trigger records an admin's removal).
 * The routing version trigger makes every process stop serving it. NOT_FOUND when RLS hides it.
 */
export async function removeDomain(claims: VerifiedClaims, input: { domainId: string }): Promise<{ name: string }> {
  const removed = await withRls(claims, (tx) =>
    tx.delete(domains).where(eq(domains.id, input.domainId)).returning({ name: domains.name, status: domains.status }),
  );
  if (!removed[0]) throw new AppError('NOT_FOUND', 'errors.domains.notFound');
  expireDomainRoutingCache();
  // The proven holder leaves the hosting provider too (Vercel); a waiting row never got there.
  // Best effort: the row is gone either way, and the provider only serves names we route.
  if (removed[0].status !== 'waiting') {
    await getDomainHosting()
      .detach(removed[0].name)
      .catch((err: unknown) => reportError(err, { where: 'remove-domain: detach from hosting provider' }));
  }
  return { name: removed[0].name };
}
