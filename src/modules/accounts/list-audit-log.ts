import { desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls, type Tx } from '@/lib/db/with-rls';
import { auditLog, userProfiles } from './schema';

/**
 * Audit entries with the people named: each actor's and subject's display name and email are
 * joined, so a page shows "Ana Souza" rather than a UUID. Runs in the caller's transaction (RLS
 * decides which entries and which profiles the caller sees).
 */
export async function auditEntriesIn(tx: Tx, input: { where?: SQL; limit: number }) {
  const actor = alias(userProfiles, 'actor');
  const subject = alias(userProfiles, 'subject');
  return tx
    .select({
      id: auditLog.id,
      occurredAt: auditLog.occurredAt,
      action: auditLog.action,
      targetTable: auditLog.targetTable,
      targetId: auditLog.targetId,
      details: auditLog.details,
      actorId: auditLog.actorId,
      subjectId: auditLog.subjectId,
      actorEmail: sql<string | null>`${actor.email}`,
      actorName: sql<string | null>`nullif(btrim(${actor.displayName}), '')`,
      subjectEmail: sql<string | null>`${subject.email}`,
      subjectName: sql<string | null>`nullif(btrim(${subject.displayName}), '')`,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(subject, eq(subject.id, auditLog.subjectId))
    .where(input.where)
    .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
    .limit(input.limit);
}

/** Entries where `personId` acted or was acted upon (a client's recent activity). */
export function involvingPerson(personId: string): SQL | undefined {
  return or(eq(auditLog.subjectId, personId), eq(auditLog.actorId, personId));
}

/**
 * The audit log as the caller may see it: admins everything, clients the
 * entries about their own account (RLS decides).
 */
export async function listAuditLog(claims: VerifiedClaims, input: { limit?: number } = {}) {
  return withRls(claims, (tx) => auditEntriesIn(tx, { limit: Math.min(input.limit ?? 100, 500) }));
}
