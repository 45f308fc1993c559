import { and, eq, ne } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { domains } from './schema';
import { expireDomainRoutingCache } from './unsafe-domain-routing';

/**
 * Makes one of a project's domains the primary one: the others (its `www` or apex pair, and the
 * `<slug>` address) redirect to it once it is live. One transaction; a unique index allows one
 * primary per project.
 */
export async function setPrimaryDomain(claims: VerifiedClaims, input: { domainId: string }): Promise<void> {
  await withRls(claims, async (tx) => {
    const [target] = await tx.select({ projectId: domains.projectId }).from(domains).where(eq(domains.id, input.domainId));
    if (!target) throw new AppError('NOT_FOUND', 'errors.domains.notFound');
    await tx
      .update(domains)
      .set({ isPrimary: false })
      .where(and(eq(domains.projectId, target.projectId), ne(domains.id, input.domainId), eq(domains.isPrimary, true)));
    const updated = await tx.update(domains).set({ isPrimary: true }).where(eq(domains.id, input.domainId)).returning({ id: domains.id });
    // An admin reads every domain but only owners change them (the update policy).
    if (!updated[0]) throw new AppError('NOT_FOUND', 'errors.domains.notFound');
  });
  expireDomainRoutingCache();
}
