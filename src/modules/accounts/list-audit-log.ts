import { desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { auditLog, userProfiles } from './schema';

/**
 * The audit log as the caller may see it: admins everything, clients the
 * entries about their own account (RLS decides). Emails are joined for display.
 */
export async function listAuditLog(claims: VerifiedClaims, input: { limit?: number } = {}) {
  const actor = alias(userProfiles, 'actor');
  const subject = alias(userProfiles, 'subject');
  return withRls(claims, (tx) =>
    tx
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
        subjectEmail: sql<string | null>`${subject.email}`,
      })
      .from(auditLog)
      .leftJoin(actor, eq(actor.id, auditLog.actorId))
      .leftJoin(subject, eq(subject.id, auditLog.subjectId))
      .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
      .limit(Math.min(input.limit ?? 100, 500)),
  );
}
