import { asc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { usageEvents } from './schema';

/** Every usage event recorded for the caller (what they were metered for, and when). */
export async function exportUsageEvents(claims: VerifiedClaims) {
  return withRls(claims, (tx) =>
    tx
      .select({
        metric: usageEvents.metric,
        quantity: usageEvents.quantity,
        projectId: usageEvents.projectId,
        occurredAt: usageEvents.occurredAt,
      })
      .from(usageEvents)
      .where(eq(usageEvents.userId, claims.sub))
      .orderBy(asc(usageEvents.occurredAt)),
  );
}
