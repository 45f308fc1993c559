import { desc, eq } from 'drizzle-orm';
import { isAppError, mapDatabaseError } from '@/lib/errors';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { flushEvents } from '@/lib/jobs/send-events';
import { unsafeGetProjects } from '@/modules/projects/unsafe-find-projects';
import { events } from '~inngest/client';
import { canonicalSiteOrigin } from './canonical-site-origin';
import { forgetSiteHost } from './resolve-site-host';
import { deployments, livePointers } from './schema';
import { siteOrigin } from './site-url';

export type CanonicalRebuild = { rebuilt: boolean; origin: string | null };

/**
 * After a project's custom domains changed (one went live as primary, the primary changed, was
 * removed, released or stopped being served): a published site whose live build carries another
 * origin in its canonical, hreflang, sitemap and Open Graph URLs is rebuilt for the right one.
 * The LIVE version is rebuilt, never a newer draft (a domain change must not publish unpublished
 * edits). Idempotent: nothing happens when the live build already has the right origin, or when a
 * queued deployment will build with it anyway (it reads the origin when it builds).
 *
 * System code (the `domain/routing.changed` job): the person's right to change the domain was
 * checked when they changed it; the rebuild is recorded as the project owner's.
 */
export async function rebuildForCanonicalOrigin(projectId: string): Promise<CanonicalRebuild> {
  const [project] = await unsafeGetProjects([projectId]);
  if (!project) return { rebuilt: false, origin: null };
  const origin = await canonicalSiteOrigin({ projectId, slug: project.slug });
  const db = await unsafeSystemDb('a job rebuilds a published site for its new canonical address, on behalf of its owner');
  const rebuilt = await db
    .transaction(async (tx) => {
      const [live] = await tx
        .select({
          isPublished: livePointers.isPublished,
          manifest: deployments.manifest,
          siteVersionId: deployments.siteVersionId,
          version: deployments.version,
        })
        .from(livePointers)
        .innerJoin(deployments, eq(deployments.id, livePointers.activeDeploymentId))
        .where(eq(livePointers.projectId, projectId));
      if (!live?.isPublished || !live.siteVersionId || !live.manifest) return false;
      // Builds from before the origin was recorded were built for the `<slug>` address.
      if ((live.manifest.baseUrl ?? siteOrigin(project.slug)) === origin) return false;
      const [newest] = await tx
        .select({ status: deployments.status })
        .from(deployments)
        .where(eq(deployments.projectId, projectId))
        .orderBy(desc(deployments.seq))
        .limit(1);
      if (newest?.status === 'queued') return false;
      const [row] = await tx
        .insert(deployments)
        .values({ projectId, siteVersionId: live.siteVersionId, version: live.version, createdBy: project.ownerId })
        .returning({ id: deployments.id });
      await enqueueEvents(tx, [eventOf(events.publishRequested, { deploymentId: row!.id }, { id: `publish:${row!.id}` })]);
      return true;
    })
    .catch((err: unknown) => mapDatabaseError(err))
    .catch((err: unknown) => {
      // A past-due owner can't rebuild; the site keeps serving, with its old links, and redirects still apply.
      if (isAppError(err) && err.code === 'TIER_LIMIT' && err.details?.resource === 'subscription') return false;
      throw err;
    });
  forgetSiteHost(project.slug);
  if (rebuilt) await flushEvents();
  return { rebuilt, origin };
}
