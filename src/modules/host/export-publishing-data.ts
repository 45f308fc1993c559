import { asc, inArray } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { deployments, leads } from './schema';

/** Deployments (what was published when, and how it went) and every lead these projects' sites received. */
export async function exportPublishingData(claims: VerifiedClaims, projectIds: readonly string[]) {
  if (projectIds.length === 0) return { deployments: [], leads: [] };
  return withRls(claims, async (tx) => ({
    deployments: await tx
      .select({
        projectId: deployments.projectId,
        version: deployments.version,
        status: deployments.status,
        error: deployments.error,
        totalBytes: deployments.totalBytes,
        createdAt: deployments.createdAt,
        finishedAt: deployments.finishedAt,
      })
      .from(deployments)
      .where(inArray(deployments.projectId, [...projectIds]))
      .orderBy(asc(deployments.createdAt)),
    leads: await tx
      .select({
        projectId: leads.projectId,
        kind: leads.kind,
        name: leads.name,
        email: leads.email,
        phone: leads.phone,
        message: leads.message,
        details: leads.details,
        consentedAt: leads.consentedAt,
        confirmedAt: leads.confirmedAt,
        locale: leads.locale,
        pagePath: leads.pagePath,
        createdAt: leads.createdAt,
      })
      .from(leads)
      .where(inArray(leads.projectId, [...projectIds]))
      .orderBy(asc(leads.createdAt)),
  }));
}
