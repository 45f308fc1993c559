import { eq, sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { flushEvents } from '@/lib/jobs/send-events';
import { unsafeRaiseWebhookEventInTx } from '@/modules/webhooks/raise-webhook-event';
import type { DnsCheck } from './check-domain-dns';
import { nextCheckAt } from './domain-schedule';
import type { DomainStatus } from './domain-status';
import { domainEvents, domains, type DomainRow } from './schema';

export type AppliedCheck = {
  domain: DomainRow;
  previous: DomainStatus;
  released: { id: string; ownerId: string; name: string; projectId: string }[];
};

/** The state a check result leads to (pure: the rules in one place, tested alone). */
export function nextDomainStatus(
  current: DomainStatus,
  check: Pick<DnsCheck, 'ownershipOk' | 'routingOk' | 'certificate' | 'hosting'>,
): DomainStatus {
  const wasLive = current === 'live' || current === 'needs_attention';
  // Live = routed to us AND a good certificate served for it (when certificates are observed: not
  // in the embedded default, which serves plain http on localhost).
  const certificateOk = check.certificate ? check.certificate.ok : true;
  // On Vercel, also: the project has the domain, verified, and Vercel sees DNS pointing at it.
  const hostingOk = check.hosting ? check.hosting.ok : true;
  if (check.ownershipOk && check.routingOk && certificateOk && hostingOk) return 'live';
  if (wasLive) return 'needs_attention';
  return check.ownershipOk ? 'verified' : 'waiting';
}

/**
 * Writes a check's outcome (system code: status, proof and check columns have no client grant).
 * Proving ownership takes the name from whoever held it before — their row goes back to waiting,
 * loses its primary flag and is marked released — in the same transaction, under a lock on every
 * row of that name, so two proofs racing cannot both hold it (a unique index backs this up). The
 * caller notifies the released owners.
 */
export async function unsafeApplyDomainCheck(domainId: string, check: DnsCheck, now = new Date()): Promise<AppliedCheck | null> {
  const db = await unsafeSystemDb('domain checks write status and proofs, which clients cannot; and release other tenants’ bindings');
  let isAnnounced = false;
  const applied = await db.transaction(async (tx) => {
    const [target] = await tx.select({ name: domains.name }).from(domains).where(eq(domains.id, domainId));
    if (!target) return null;
    // Every row of this name, locked in one stable order: concurrent proofs of one name serialize
    // here instead of deadlocking.
    const rows = await tx.select().from(domains).where(eq(domains.name, target.name)).orderBy(domains.id).for('update');
    const row = rows.find((r) => r.id === domainId);
    if (!row) return null;
    const sameName = rows.filter((r) => r.id !== domainId);
    const status = nextDomainStatus(row.status, check);
    const released: AppliedCheck['released'] = [];
    if (status !== 'waiting' && row.status === 'waiting') {
      for (const other of sameName.filter((o) => o.status !== 'waiting')) {
        await tx
          .update(domains)
          .set({
            status: 'waiting',
            isPrimary: false,
            verifiedAt: null,
            liveAt: null,
            failingSince: null,
            releasedAt: now,
            nextCheckAt: now,
          })
          .where(eq(domains.id, other.id));
        await tx.insert(domainEvents).values({
          domainId: other.id,
          ownerId: other.ownerId,
          name: other.name,
          fromStatus: other.status,
          toStatus: 'waiting',
          kind: 'released',
          detail: { byProject: row.projectId === other.projectId ? null : 'another account' },
        });
        released.push(other);
      }
    }
    const failing = status === 'needs_attention';
    const [updated] = await tx
      .update(domains)
      .set({
        status,
        checkResult: check,
        lastCheckedAt: now,
        checkCount: sql`${domains.checkCount} + 1`,
        nextCheckAt: nextCheckAt({ status, createdAt: row.createdAt }, now),
        verifiedAt: status === 'waiting' ? null : (row.verifiedAt ?? now),
        liveAt: status === 'live' ? (row.liveAt ?? now) : row.liveAt,
        failingSince: failing ? (row.failingSince ?? now) : null,
        // A recovered domain may be warned again if it fails again.
        remindersSent: failing ? row.remindersSent : row.remindersSent.filter((r) => !r.startsWith('failing') && r !== 'stopped'),
        releasedAt: status === 'waiting' ? row.releasedAt : null,
      })
      .where(eq(domains.id, row.id))
      .returning();
    // The owner's webhook endpoints hear the two changes worth acting on, in this transaction (a
    // check that rolls back announces nothing). Keyed by the moment the state began — proof of
    // ownership, the failing episode's start — so a re-run check is one message while a domain
    // proven again after a release, or failing again after recovering, is news again.
    if (row.status === 'waiting' && status !== 'waiting') {
      const ids = await unsafeRaiseWebhookEventInTx(tx, {
        type: 'domain.verified',
        account: { userId: row.ownerId },
        key: `domain.verified:${row.id}:${updated!.verifiedAt!.toISOString()}`,
        occurredAt: now,
        data: { domainId: row.id, projectId: row.projectId, domain: row.displayName },
      });
      isAnnounced ||= ids.length > 0;
    }
    if (failing && row.status !== 'needs_attention') {
      const ids = await unsafeRaiseWebhookEventInTx(tx, {
        type: 'domain.needs_attention',
        account: { userId: row.ownerId },
        key: `domain.needs_attention:${row.id}:${updated!.failingSince!.toISOString()}`,
        occurredAt: now,
        data: { domainId: row.id, projectId: row.projectId, domain: row.displayName, reason: attentionReason(check) },
      });
      isAnnounced ||= ids.length > 0;
    }
    return { domain: updated!, previous: row.status, released };
  });
  if (isAnnounced) await flushEvents();
  return applied;
}

/** Why a live domain needs attention, the first broken link first (the webhook's `reason`). */
function attentionReason(check: Pick<DnsCheck, 'ownershipOk' | 'routingOk' | 'certificate' | 'hosting'>): string {
  if (!check.routingOk) return 'routing';
  if (!check.ownershipOk) return 'ownership';
  if (check.certificate && !check.certificate.ok) return 'certificate';
  if (check.hosting && !check.hosting.ok) return 'hosting';
  return 'other';
}
