import type { VerifiedClaims } from '@/lib/claims';
import type { CertificateObservation } from '@/lib/tls/certificate-probe';
import { listProfileEmails } from '@/modules/accounts/list-profile-emails';
import { listDomains, type DomainEvent } from './list-domains';
import type { DomainStatus } from './domain-status';
import type { RecordKind } from './dns-records';

/** What the agency's domains page shows per domain. */
export type AgencyDomain = {
  id: string;
  name: string;
  displayName: string;
  projectId: string;
  ownerEmail: string | null;
  status: DomainStatus;
  isPrimary: boolean;
  isServing: boolean;
  lastCheckedAt: Date | null;
  failingSince: Date | null;
  createdAt: Date;
  /** The records the last check found wrong or missing. */
  wrongRecords: { kind: RecordKind; host: string }[];
  certificate: CertificateObservation | null;
  /** The registration's end from RDAP, when the registry answered. */
  registrationExpiresAt: string | null;
  history: Pick<DomainEvent, 'id' | 'kind' | 'fromStatus' | 'toStatus' | 'createdAt'>[];
};

/**
 * Every client's custom domains for agency admins: status, owner, last check, what is wrong and the
 * recent status history. Admins only — listProfileEmails answers 404 to anyone else, and RLS shows
 * a non-admin only their own domains anyway.
 */
export async function listAgencyDomains(claims: VerifiedClaims): Promise<AgencyDomain[]> {
  const rows = await listDomains(claims);
  const emails = await listProfileEmails(
    claims,
    rows.map((row) => row.ownerId),
  );
  const order: Record<DomainStatus, number> = { needs_attention: 0, verified: 1, waiting: 2, live: 3 };
  return rows
    .map((row) => ({
      id: row.id,
      name: row.name,
      displayName: row.displayName,
      projectId: row.projectId,
      ownerEmail: emails.get(row.ownerId) ?? null,
      status: row.status,
      isPrimary: row.isPrimary,
      isServing: row.isServing,
      lastCheckedAt: row.lastCheckedAt,
      failingSince: row.failingSince,
      createdAt: row.createdAt,
      wrongRecords: (row.checkResult?.records ?? []).filter((r) => !r.ok).map((r) => ({ kind: r.kind, host: r.host })),
      certificate: row.checkResult?.certificate ?? null,
      registrationExpiresAt: row.checkResult?.registration?.expiresAt ?? null,
      history: row.history
        .slice(0, 5)
        .map(({ id, kind, fromStatus, toStatus, createdAt }) => ({ id, kind, fromStatus, toStatus, createdAt })),
    }))
    .sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name));
}
