import { expectedRecords } from '@/modules/domains/dns-records';
import { isDomainServing } from '@/modules/domains/domain-status';
import type { verifyDomain } from '@/modules/domains/verify-domain';
import type { WireDomain } from './v1-domain-schemas';

/** A domain as the domains module's functions return it (its table is the module's own). */
type DomainRow = Awaited<ReturnType<typeof verifyDomain>>;

/** A domain row (from the domains module's functions) as /api/v1 shows it, with the records to create. */
export function toWireDomain(row: DomainRow, now = new Date()): WireDomain {
  return {
    id: row.id,
    project_id: row.projectId,
    name: row.displayName,
    ascii_name: row.name,
    is_apex: row.isApex,
    is_primary: row.isPrimary,
    status: row.status,
    is_serving: isDomainServing(row, now),
    records: expectedRecords(row),
    last_checked_at: row.lastCheckedAt?.toISOString() ?? null,
    verified_at: row.verifiedAt?.toISOString() ?? null,
    live_at: row.liveAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
  };
}
