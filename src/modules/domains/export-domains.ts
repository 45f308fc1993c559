import { asc, eq, inArray } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { domainEvents, domains } from './schema';

/**
 * The caller's custom domains for "download my data": each with its status, dates and status
 * history (not the verification token: a secret that proves ownership, not data about the person).
 * Under RLS, as the caller, and only domains the caller owns.
 */
export async function exportDomains(claims: VerifiedClaims) {
  return withRls(claims, async (tx) => {
    const rows = await tx
      .select({
        id: domains.id,
        projectId: domains.projectId,
        name: domains.displayName,
        isPrimary: domains.isPrimary,
        status: domains.status,
        verifiedAt: domains.verifiedAt,
        liveAt: domains.liveAt,
        lastCheckedAt: domains.lastCheckedAt,
        createdAt: domains.createdAt,
      })
      .from(domains)
      .where(eq(domains.ownerId, claims.sub))
      .orderBy(asc(domains.createdAt));
    if (rows.length === 0) return [];
    const events = await tx
      .select({
        domainId: domainEvents.domainId,
        kind: domainEvents.kind,
        fromStatus: domainEvents.fromStatus,
        toStatus: domainEvents.toStatus,
        createdAt: domainEvents.createdAt,
      })
      .from(domainEvents)
      .where(
        inArray(
          domainEvents.domainId,
          rows.map((row) => row.id),
        ),
      )
      .orderBy(asc(domainEvents.createdAt));
    return rows.map((row) => ({
      ...row,
      history: events.filter((event) => event.domainId === row.id).map(({ domainId: _domainId, ...event }) => event),
    }));
  });
}
