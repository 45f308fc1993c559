import { and, desc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { withRls } from '@/lib/db/with-rls';
import { projectMembers, projects } from '@/modules/projects/schema';
import { leads } from './schema';

/** Leads from the caller's sites (RLS limits them to projects the caller belongs to), newest first. */
export async function listLeads(claims: VerifiedClaims, input: { projectId?: string; limit?: number } = {}) {
  return withRls(claims, (tx) =>
    tx
      .select({
        id: leads.id,
        projectId: leads.projectId,
        projectName: projects.name,
        name: leads.name,
        email: leads.email,
        phone: leads.phone,
        message: leads.message,
        locale: leads.locale,
        createdAt: leads.createdAt,
      })
      .from(leads)
      .innerJoin(projects, eq(projects.id, leads.projectId))
      .innerJoin(projectMembers, eq(projectMembers.projectId, projects.id))
      // One row per lead: the membership join is always the caller's own.
      .where(and(eq(projectMembers.userId, claims.sub), input.projectId ? eq(leads.projectId, input.projectId) : undefined))
      .orderBy(desc(leads.createdAt))
      .limit(Math.min(input.limit ?? 100, 500)),
  );
}
