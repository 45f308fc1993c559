import { and, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { getEnv } from '@/lib/env';
import { AppError, isAppError } from '@/lib/errors';
import { normalizeDomainName } from './domain-name';
import { domains, type DomainRow } from './schema';

export type AddDomainInput = {
  projectId: string;
  domain: string;
  /** For an apex: also add `www.<apex>` (it redirects to the primary one). */
  withWww?: boolean;
  /** Which one is primary when both are added; otherwise the project's first domain becomes primary. */
  primary?: 'apex' | 'www';
};

/**
 * Adds a custom domain (and, for an apex, optionally its `www`) to a project the caller owns, in
 * one transaction: both or neither. The tier's domain limit is the database's (a trigger under the
 * owner's profile lock) and comes out as TIER_LIMIT; RLS refuses someone else's project (NOT_FOUND
 * here: we do not say whether it exists). The new rows wait for DNS; their tokens are the database's.
 */
export async function addDomain(claims: VerifiedClaims, input: AddDomainInput): Promise<DomainRow[]> {
  const env = getEnv();
  const parsed = normalizeDomainName(input.domain, { rootDomain: env.ROOT_DOMAIN, appUrl: env.APP_URL });
  const names = [parsed];
  if (input.withWww && parsed.isApex) {
    names.push(normalizeDomainName(`www.${parsed.name}`, { rootDomain: env.ROOT_DOMAIN, appUrl: env.APP_URL }));
  }
  try {
    return await withRls(claims, async (tx) => {
      const existing = await tx
        .select({ id: domains.id, isPrimary: domains.isPrimary })
        .from(domains)
        .where(and(eq(domains.projectId, input.projectId)));
      const hasPrimary = existing.some((d) => d.isPrimary);
      const primaryIndex = hasPrimary ? -1 : names.length === 2 && input.primary === 'www' ? 1 : 0;
      const rows: DomainRow[] = [];
      for (const [i, n] of names.entries()) {
        const [row] = await tx
          .insert(domains)
          .values({
            projectId: input.projectId,
            ownerId: claims.sub,
            name: n.name,
            displayName: n.displayName,
            isApex: n.isApex,
            isPrimary: i === primaryIndex,
            verificationToken: '0'.repeat(32), // replaced by the database's own token
          })
          .returning();
        rows.push(row!);
      }
      return rows;
    });
  } catch (err) {
    if (isAppError(err) && err.code === 'CONFLICT') {
      throw new AppError('CONFLICT', 'errors.domains.alreadyAdded', {
        values: { domain: parsed.displayName },
        details: { field: 'domain' },
      });
    }
    // The insert policy refused: not the caller's project (or no such project).
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'errors.domains.projectNotFound');
    throw err;
  }
}
