import { desc, inArray } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { listProjects } from '@/modules/projects/list-projects';
import { leads } from './schema';

/**
 * Leads from the caller's own sites, newest first. Limited to projects the caller is a member of
 * (not everything RLS shows: an admin's dashboard lists their own leads, not every client's).
 */
export async function listLeads(claims: VerifiedClaims, input: { projectId?: string; limit?: number } = {}) {
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
      })
      .from(leads)
      .where(inArray(leads.projectId, ids))
      .orderBy(desc(leads.createdAt))
      .limit(Math.min(input.limit ?? 100, 500)),
  );
  return rows.map((row) => ({ ...row, projectName: nameOf.get(row.projectId) ?? '' }));
}
