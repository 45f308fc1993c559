import { and, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import { AppError } from '@/lib/errors';
import { storeErrorMessage } from '@/lib/i18n/render-error-message';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { unsafeGetProjects } from '@/modules/projects/unsafe-find-projects';
import { unsafeGetVersionDocument } from '@/modules/drafts/draft-ref';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { UNFINISHED_STATUSES } from './deployment-status';
import { deployments, livePointers, type DeploymentStatus, type StoredCheck, type StoredManifest } from './schema';

// The publish job's database steps. They run as system code (an Inngest
// function or the in-process runner, no user session), so they use the
// privileged connection; every query is scoped to the one deployment id the
// job was given, which an authorised user created through RLS.
const WHY = 'publish job (system) updates the deployment it was asked to build';

export type DeploymentTarget = {
  deploymentId: string;
  projectId: string;
  slug: string;
  ownerId: string;
  status: DeploymentStatus;
  version: number;
  document: SiteDocument;
};

export async function unsafeLoadDeploymentTarget(deploymentId: string): Promise<DeploymentTarget | null> {
  const db = await unsafeSystemDb(WHY);
  const [row] = await db
    .select({
      deploymentId: deployments.id,
      projectId: deployments.projectId,
      siteVersionId: deployments.siteVersionId,
      status: deployments.status,
      version: deployments.version,
    })
    .from(deployments)
    .where(eq(deployments.id, deploymentId));
  if (!row?.siteVersionId) return null;
  // Independent reads: at once.
  const [[project], document] = await Promise.all([
    unsafeGetProjects([row.projectId]),
    unsafeGetVersionDocument(row.siteVersionId, row.projectId),
  ]);
  if (!project || !document) return null;
  return {
    deploymentId: row.deploymentId,
    projectId: row.projectId,
    slug: project.slug,
    ownerId: project.ownerId,
    status: row.status,
    version: row.version,
    document,
  };
}

/** The statuses a deployment may move to each status from: forward only, so a late or replayed run can't undo a later one. */
const ADVANCES_FROM: Record<DeploymentStatus, DeploymentStatus[]> = {
  queued: [],
  building: ['queued', 'building'],
  checking: ['building', 'checking'],
  ready: ['checking'],
  failed: [...UNFINISHED_STATUSES],
};

/** Moves a deployment forward to `status` (with its results); false when it is no longer in a state that allows it. */
export async function unsafeSetDeploymentStatus(
  deploymentId: string,
  status: DeploymentStatus,
  extra: { error?: string; manifest?: StoredManifest; checks?: StoredCheck[]; totalBytes?: number } = {},
): Promise<boolean> {
  const db = await unsafeSystemDb(WHY);
  const rows = await db
    .update(deployments)
    .set({
      status,
      ...(extra.error !== undefined ? { error: extra.error.slice(0, 1000) } : {}),
      ...(extra.manifest ? { manifest: extra.manifest } : {}),
      ...(extra.checks ? { checks: extra.checks } : {}),
      ...(extra.totalBytes !== undefined ? { totalBytes: extra.totalBytes } : {}),
      ...(status === 'ready' || status === 'failed' ? { finishedAt: new Date() } : {}),
    })
    .where(and(eq(deployments.id, deploymentId), inArray(deployments.status, ADVANCES_FROM[status])))
    .returning({ id: deployments.id });
  return rows.length === 1;
}

/**
 * Makes a ready deployment live in one statement. Publishes can finish out
 * of order (retries, slow builds); the condition keeps the newest requested
 * deployment live: an older one never replaces a newer live one, and none
 * requested before the person's last rollback or unpublish overrides that
 * choice (live_changed_at, set by the rollback and unpublish functions).
 * Returns false when it did not go live.
 */
export async function unsafeActivateIfNewest(deploymentId: string, projectId: string): Promise<boolean> {
  const db = await unsafeSystemDb(WHY);
  const rows = await db
    .update(livePointers)
    .set({ activeDeploymentId: deploymentId, isPublished: true, updatedAt: new Date() })
    .where(
      and(
        eq(livePointers.projectId, projectId),
        sql`coalesce((select d.seq from public.deployments d where d.id = ${livePointers.activeDeploymentId}), 0)
            <= (select d.seq from public.deployments d where d.id = ${deploymentId} and d.status = 'ready')`,
        sql`(${livePointers.liveChangedAt} is null
             or ${livePointers.liveChangedAt} < (select d.created_at from public.deployments d where d.id = ${deploymentId}))`,
      ),
    )
    .returning({ id: livePointers.projectId });
  return rows.length === 1;
}

/** Marks a deployment failed unless it already built: a late failure must not take down a live site. */
export async function unsafeMarkDeploymentFailed(deploymentId: string, reason: string): Promise<void> {
  const db = await unsafeSystemDb(WHY);
  await db
    .update(deployments)
    .set({ status: 'failed', error: reason.slice(0, 1000), finishedAt: new Date() })
    .where(and(eq(deployments.id, deploymentId), ne(deployments.status, 'ready')));
}

const INTERRUPTED = new AppError('UNAVAILABLE', 'errors.host.buildInterrupted');

/**
 * Fails deployments whose build stopped making progress (its job was lost or cancelled), so the
 * publish panel shows a clear failure instead of "building" forever. Run by a cron job; a
 * durable job engine makes this rare, so it is a safety net, not a path anything depends on.
 */
export async function unsafeFailStalledDeployments(createdBefore: Date): Promise<number> {
  const db = await unsafeSystemDb('a cron job fails deployments whose build was lost');
  const rows = await db
    .update(deployments)
    .set({ status: 'failed', error: storeErrorMessage(INTERRUPTED.errorMessage), finishedAt: new Date() })
    .where(and(inArray(deployments.status, [...UNFINISHED_STATUSES]), lt(deployments.createdAt, createdBefore)))
    .returning({ id: deployments.id });
  return rows.length;
}
