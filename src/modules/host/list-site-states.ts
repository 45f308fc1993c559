import { inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/with-rls';
import type { DeploymentStatus } from './deployment-status';
import { deployments, livePointers } from './schema';

export type SiteState = {
  /** Whether the site answers on the web now (a live deployment, not unpublished). */
  isPublished: boolean;
  /** When it went live or was taken down last. */
  liveChangedAt: Date | null;
  /** The newest publish attempt, whatever became of it (a failed one leaves the old version live). */
  lastDeployment: { status: DeploymentStatus; createdAt: Date } | null;
};

/**
 * Publish state of many sites at once (two queries, however many sites): for the dashboard home
 * and the agency overview. `tx` decides who asks — RLS shows a client only their own projects'
 * rows, so another client's id comes back absent, never someone else's state.
 */
export async function listSiteStates(tx: Tx | Db, input: { projectIds: readonly string[] }): Promise<Map<string, SiteState>> {
  const ids = [...new Set(input.projectIds)];
  const states = new Map<string, SiteState>();
  if (ids.length === 0) return states;
  const live = await tx
    .select({ projectId: livePointers.projectId, isPublished: livePointers.isPublished, liveChangedAt: livePointers.liveChangedAt })
    .from(livePointers)
    .where(inArray(livePointers.projectId, ids));
  // The newest deployment per project: `distinct on` walks deployments_project_id_idx (project_id, seq desc).
  const latest = await tx
    .selectDistinctOn([deployments.projectId], {
      projectId: deployments.projectId,
      status: deployments.status,
      createdAt: deployments.createdAt,
    })
    .from(deployments)
    .where(inArray(deployments.projectId, ids))
    .orderBy(deployments.projectId, sql`${deployments.seq} desc`);
  const lastOf = new Map(latest.map((d) => [d.projectId, { status: d.status, createdAt: d.createdAt }]));
  for (const row of live) {
    states.set(row.projectId, {
      isPublished: row.isPublished,
      liveChangedAt: row.liveChangedAt,
      lastDeployment: lastOf.get(row.projectId) ?? null,
    });
  }
  return states;
}
