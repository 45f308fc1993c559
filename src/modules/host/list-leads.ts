import { and, desc, gte, inArray, sql, type SQL } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { listProjects } from '@/modules/projects/list-projects';
import { leads } from './schema';

export type ListLeadsInput = {
  projectId?: string;
  limit?: number;
  /** Only leads received at or after this moment. */
  since?: Date;
  /**
   * Keyset pagination: only leads after this one in the order below (newest first, then id).
   * `at` is the lead's `cursorAt` (microseconds since the epoch, as text): a JS Date keeps
   * milliseconds only, and cutting the database's microseconds would skip or repeat leads.
   */
  after?: { at: string; id: string };
};

/**
 * Leads from the caller's own sites, newest first. Limited to projects the caller is a member of
 * (not everything RLS shows: an admin's dashboard lists their own leads, not every client's).
 */
export async function listLeads(claims: VerifiedClaims, input: ListLeadsInput = {}) {
  const mine = await listProjects(claims);
  const nameOf = new Map(mine.map((p) => [p.id, p.name]));
  const ids = input.projectId ? mine.filter((p) => p.id === input.projectId).map((p) => p.id) : [...nameOf.keys()];
  if (ids.length === 0) return [];
  const rows = await withRls(claims, (tx) =>
    tx
      .select({
        id: leads.id,
        projectId: leads.projectId,
        name: leads.name,
        email: leads.email,
        phone: leads.phone,
        message: leads.message,
        locale: leads.locale,
        createdAt: leads.createdAt,
        kind: leads.kind,
        details: leads.details,
        confirmedAt: leads.confirmedAt,
        consentedAt: leads.consentedAt,
        consentText: leads.consentText,
        cursorAt: sql<string>`(extract(epoch from ${leads.createdAt}) * 1000000)::bigint::text`,
      })
      .from(leads)
      .where(and(...leadFilters(ids, input)))
      .orderBy(desc(leads.createdAt), desc(leads.id))
      .limit(Math.min(input.limit ?? 100, 500)),
  );
  return rows.map((row) => ({ ...row, projectName: nameOf.get(row.projectId) ?? '' }));
}

function leadFilters(ids: string[], input: ListLeadsInput): SQL[] {
  const filters: SQL[] = [inArray(leads.projectId, ids)];
  if (input.since) filters.push(gte(leads.createdAt, input.since));
  if (input.after) {
    const at = sql`(timestamptz 'epoch' + (${input.after.at}::bigint * interval '1 microsecond'))`;
    filters.push(sql`(${leads.createdAt}, ${leads.id}) < (${at}, ${input.after.id}::uuid)`);
  }
  return filters;
}
