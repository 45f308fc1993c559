import { and, count, eq, gte, inArray, isNotNull, lt, or } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/with-rls';
import { leads } from './schema';

/**
 * Leads each site received in [from, to): contact-form messages and newsletter sign-ups the
 * person confirmed (an unconfirmed sign-up may be someone else's address typed in, so it is not a
 * lead yet). One query for all the sites (leads_project_id_idx); `tx` decides who asks (RLS: a
 * client counts only their own sites' leads). Sites without leads are absent: read them as 0.
 */
export async function countLeadsByProject(
  tx: Tx | Db,
  input: { projectIds: readonly string[]; from: Date; to: Date },
): Promise<Map<string, number>> {
  const ids = [...new Set(input.projectIds)];
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ projectId: leads.projectId, n: count() })
    .from(leads)
    .where(
      and(
        inArray(leads.projectId, ids),
        gte(leads.createdAt, input.from),
        lt(leads.createdAt, input.to),
        or(eq(leads.kind, 'contact'), isNotNull(leads.confirmedAt)),
      ),
    )
    .groupBy(leads.projectId);
  return new Map(rows.map((r) => [r.projectId, Number(r.n)]));
}
