import { eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { unsafeGetProjects } from '@/modules/projects/unsafe-find-projects';
import { canonicalSiteOrigin } from './canonical-site-origin';
import { livePointers } from './schema';

export type LiveSite = { projectId: string; ownerId: string; slug: string; name: string; origin: string };

/**
 * Every site live now, with the origin it is served at (its primary custom domain while that is
 * served, else `<slug>.<ROOT_DOMAIN>`), for monitoring jobs. Privileged: a cron has no session and
 * looks at every client's sites; it returns only where they answer.
 */
export async function unsafeListLiveSites(): Promise<LiveSite[]> {
  const db = await unsafeSystemDb('a monitoring cron lists every live site');
  const live = await db.select({ projectId: livePointers.projectId }).from(livePointers).where(eq(livePointers.isPublished, true));
  const projects = await unsafeGetProjects(live.map((l) => l.projectId));
  const sites: LiveSite[] = [];
  for (const p of projects) {
    sites.push({
      projectId: p.id,
      ownerId: p.ownerId,
      slug: p.slug,
      name: p.name,
      origin: await canonicalSiteOrigin({ projectId: p.id, slug: p.slug }),
    });
  }
  return sites.sort((a, b) => a.projectId.localeCompare(b.projectId));
}
