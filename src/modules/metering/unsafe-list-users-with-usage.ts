import { and, eq, gt, gte } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { usageEvents, type UsageMetric } from './schema';

/**
 * Users with a positive quantity of `metric` recorded since `since`. For snapshot meters (the
 * Stripe meter's `last` formula, e.g. storage_gb): whoever had some must get a zero snapshot once
 * they have none, or their last non-zero value would be billed. System code (cron jobs).
 */
export async function unsafeListUsersWithUsage(metric: UsageMetric, since: Date): Promise<string[]> {
  const db = await unsafeSystemDb('a cron job finds who a snapshot meter must cover');
  const rows = await db
    .selectDistinct({ userId: usageEvents.userId })
    .from(usageEvents)
    .where(and(eq(usageEvents.metric, metric), gte(usageEvents.occurredAt, since), gt(usageEvents.quantity, 0)));
  return rows.map((row) => row.userId);
}
