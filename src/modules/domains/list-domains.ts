import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { expectedRecords, type ExpectedRecord } from './dns-records';
import { isDomainServing } from './domain-status';
import { domainEvents, domains, type DomainRow } from './schema';

export type DomainEvent = typeof domainEvents.$inferSelect;
export type DomainView = DomainRow & { records: ExpectedRecord[]; isServing: boolean; history: DomainEvent[] };

/**
 * One page of domains in name order (the agency's page): after `after` (keyset on name, id — the
 * name index serves it, however many domains there are), optionally only names containing
 * `search` (punycode or Unicode form) or owned by `ownerIds` (the accounts matching it).
 */
export type DomainPage = { after?: { name: string; id: string }; limit: number; search?: string; ownerIds?: readonly string[] };

/**
 * The domains the caller may see (RLS: their own; an admin's session sees everyone's), each with
 * the exact records to create, whether it is being served, and its recent status history. A
 * dashboard passes `ownerId` (an admin's own page shows their own domains, as with projects).
 */
export async function listDomains(
  claims: VerifiedClaims,
  filter: { projectId?: string; ownerId?: string } = {},
  page?: DomainPage,
): Promise<DomainView[]> {
  return withRls(claims, async (tx) => {
    const rows = await tx
      .select()
      .from(domains)
      .where(
        and(
          filter.projectId ? eq(domains.projectId, filter.projectId) : undefined,
          filter.ownerId ? eq(domains.ownerId, filter.ownerId) : undefined,
          page ? pageConditions(page) : undefined,
        ),
      )
      .orderBy(...(page ? [asc(domains.name), asc(domains.id)] : [asc(domains.createdAt), asc(domains.name)]))
      .limit(page ? page.limit : 500);
    const events = rows.length
      ? await tx
          .select()
          .from(domainEvents)
          .where(
            inArray(
              domainEvents.domainId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(desc(domainEvents.createdAt), desc(domainEvents.id))
          .limit(rows.length * 20)
      : [];
    const now = new Date();
    return rows.map((row) => ({
      ...row,
      records: expectedRecords(row),
      isServing: isDomainServing(row, now),
      history: events.filter((e) => e.domainId === row.id).slice(0, 10),
    }));
  });
}

function pageConditions(page: DomainPage): SQL | undefined {
  // `ilike` with a bound parameter; % and _ in the search are escaped.
  const pattern = page.search ? `%${page.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return and(
    page.after ? sql`(${domains.name}, ${domains.id}) > (${page.after.name}, ${page.after.id})` : undefined,
    pattern
      ? or(
          ilike(domains.name, pattern),
          ilike(domains.displayName, pattern),
          page.ownerIds?.length ? inArray(domains.ownerId, [...page.ownerIds]) : undefined,
        )
      : undefined,
  );
}
