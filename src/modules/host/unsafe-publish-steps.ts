import { and, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import { AppError } from '@/lib/errors';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { projects } from '@/modules/projects/schema';
import { siteVersions } from '@/modules/generate/schema';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { UNFINISHED_STATUSES } from './deployment-status';
import { deployments, type DeploymentStatus, type StoredCheck, type StoredManifest } from './schema';

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
      status: deployments.status,
      version: deployments.version,
      slug: projects.slug,
      ownerId: projects.ownerId,
      document: siteVersions.document,
    })
    .from(deployments)
    .innerJoin(projects, eq(projects.id, deployments.projectId))
    .innerJoin(siteVersions, and(eq(siteVersions.id, deployments.siteVersionId), eq(siteVersions.projectId, deployments.projectId)))
    .where(eq(deployments.id, deploymentId));
  return row ?? null;
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
 * choice (projects.live_changed_at; kept out of the Drizzle schema because
 * only these statements and the database functions touch it).
 * Returns false when it did not go live.
 */
export async function unsafeActivateIfNewest(deploymentId: string, projectId: string): Promise<boolean> {
  const db = await unsafeSystemDb(WHY);
  const rows = await db
    .update(projects)
    .set({ activeDeploymentId: deploymentId, isPublished: true, updatedAt: new Date() })
    .where(
      and(
        eq(projects.id, projectId),
        sql`coalesce((select d.seq from public.deployments d where d.id = ${projects.activeDeploymentId}), 0)
            <= (select d.seq from public.deployments d where d.id = ${deploymentId} and d.status = 'ready')`,
        sql`(${projects}.live_changed_at is null
             or ${projects}.live_changed_at < (select d.created_at from public.deployments d where d.id = ${deploymentId}))`,
      ),
    )
    .returning({ id: projects.id });
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

const INTERRUPTED = new AppError('UNAVAILABLE', 'This build was interrupted before it finished. Publish again.');

/**
 * Fails a project's deployments whose job was lost (the in-process runner keeps jobs in memory,
 * so a restart mid-build leaves them unfinished forever). Called after the caller proved they may
 * publish the project (their new deployment was inserted under RLS).
 */
export async function unsafeFailStalledDeployments(projectId: string, createdBefore: Date): Promise<number> {
  const db = await unsafeSystemDb(WHY);
  const rows = await db
    .update(deployments)
    .set({ status: 'failed', error: INTERRUPTED.message, finishedAt: new Date() })
    .where(and(eq(deployments.projectId, projectId), inArray(deployments.status, [...UNFINISHED_STATUSES]), lt(deployments.createdAt, createdBefore)))
    .returning({ id: deployments.id });
  return rows.length;
}
