import type { VerifiedClaims } from '@/lib/claims';
import type { CertificateObservation } from '@/lib/tls/certificate-probe';
import { z } from 'zod';
import { listClients } from '@/modules/accounts/list-clients';
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

export const AGENCY_DOMAINS_PAGE_SIZE = 50;

/** Where a page starts: the last row of the one before, as an opaque URL-safe token. */
const cursorSchema = z.tuple([z.string().min(1).max(253), z.string().uuid()]);
export function encodeDomainCursor(row: { name: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.name, row.id])).toString('base64url');
}
/** The cursor's position, or undefined for anything that is not one (a hand-edited URL starts over). */
export function decodeDomainCursor(cursor: string | undefined): { name: string; id: string } | undefined {
  if (!cursor || cursor.length > 400) return undefined;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? { name: parsed.data[0], id: parsed.data[1] } : undefined;
  } catch {
    return undefined;
  }
}

export type AgencyDomainsPage = { domains: AgencyDomain[]; nextCursor: string | null };

/**
 * Every client's custom domains for agency admins, a page at a time in name order: status, owner,
 * last check, what is wrong and the recent status history. `search` matches the domain (as typed
 * or in Unicode) or the owner's email. Admins only — listProfileEmails and listClients answer 404
 * to anyone else, and RLS shows a non-admin only their own domains anyway.
 */
export async function listAgencyDomains(
  claims: VerifiedClaims,
  input: { search?: string; cursor?: string; limit?: number } = {},
): Promise<AgencyDomainsPage> {
  const limit = Math.min(Math.max(input.limit ?? AGENCY_DOMAINS_PAGE_SIZE, 1), 200);
  const search = input.search?.trim().slice(0, 100) || undefined;
  // Clients whose email matches (at most 500: a search that broad is refined by typing more).
  const owners = search ? await listClients(claims, { search, limit: 500 }) : [];
  // One row more than the page: whether there is a next page, without counting the table.
  const rows = await listDomains(
    claims,
    {},
    { after: decodeDomainCursor(input.cursor), limit: limit + 1, search, ownerIds: owners.map((owner) => owner.id) },
  );
  const shown = rows.slice(0, limit);
  const emails = await listProfileEmails(
    claims,
    shown.map((row) => row.ownerId),
  );
  return {
    domains: shown.map((row) => ({
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
    })),
    nextCursor: rows.length > limit ? encodeDomainCursor(shown.at(-1)!) : null,
  };
}
