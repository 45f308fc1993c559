import { asc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { auditLog, userProfiles } from './schema';

/** The caller's profile and the audit entries about their account (impersonations, plan changes…). */
export async function exportProfile(claims: VerifiedClaims) {
  return withRls(claims, async (tx) => {
    const [profile] = await tx
      .select({
        email: userProfiles.email,
        displayName: userProfiles.displayName,
        locale: userProfiles.locale,
        tier: userProfiles.tier,
        createdAt: userProfiles.createdAt,
      })
      .from(userProfiles)
      .where(eq(userProfiles.id, claims.sub));
    if (!profile) throw new AppError('NOT_FOUND', 'errors.accounts.accountNotFound');
    const audit = await tx
      .select({ occurredAt: auditLog.occurredAt, action: auditLog.action, targetTable: auditLog.targetTable, details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.subjectId, claims.sub))
      .orderBy(asc(auditLog.occurredAt));
    return { profile, audit };
  });
}
