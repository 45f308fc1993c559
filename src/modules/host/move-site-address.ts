import { eq } from 'drizzle-orm';
import { isAppError, mapDatabaseError } from '@/lib/errors';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { flushEvents } from '@/lib/jobs/send-events';
import { latestVersionRefIn } from '@/modules/drafts/draft-ref';
import { events } from '~inngest/client';
import { forgetSiteHost } from './resolve-site-host';
import { deployments, livePointers } from './schema';

/**
 * After a project's address (slug) changed (the `project/address.changed` event, recorded with the
 * rename): the old host stops serving, and a published site is rebuilt for the new one — its files
 * carry the address in canonical, hreflang, Open Graph and sitemap links. Until that build is
 * live, the new host serves the previous build. Returns whether a rebuild was queued.
 *
 * System code (a job): the person's right to change the project was checked when they renamed it;
 * the rebuild is recorded as theirs (`created_by`).
 */
export async function moveSiteAddress(input: {
  projectId: string;
  slug: string;
  previousSlug: string;
  changedBy: string;
}): Promise<boolean> {
  forgetSiteHost(input.previousSlug);
  forgetSiteHost(input.slug);
  if (input.slug === input.previousSlug) return false;
  const db = await unsafeSystemDb('a job rebuilds a published site for its new address, on behalf of the person who moved it');
  const queued = await db
    .transaction(async (tx) => {
      const [live] = await tx
        .select({ isPublished: livePointers.isPublished })
        .from(livePointers)
        .where(eq(livePointers.projectId, input.projectId));
      const draft = live?.isPublished ? await latestVersionRefIn(tx, input.projectId) : null;
      if (!draft) return false;
      const [row] = await tx
        .insert(deployments)
        .values({ projectId: input.projectId, siteVersionId: draft.id, version: draft.version, createdBy: input.changedBy })
        .returning({ id: deployments.id });
      await enqueueEvents(tx, [eventOf(events.publishRequested, { deploymentId: row!.id }, { id: `publish:${row!.id}` })]);
      return true;
    })
    .catch((err: unknown) => mapDatabaseError(err))
    .catch((err: unknown) => {
      // A past-due owner can't rebuild; the site keeps serving (with the old links) at the new address.
      if (isAppError(err) && err.code === 'TIER_LIMIT' && err.details?.resource === 'subscription') return false;
      throw err;
    });
  if (queued) await flushEvents();
  return queued;
}
