import { and, eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { unsafeFindProjectBySlug } from '@/modules/projects/unsafe-find-projects';
import { deployments, livePointers, type StoredManifest } from './schema';
import { slugFromHost } from './site-host-name';

export type LiveSite = { projectId: string; slug: string; deploymentId: string; manifest: StoredManifest };

const TTL_MS = 5_000;
// On globalThis: Next.js bundles server actions and route handlers separately,
// and "forget" (after publish/unpublish) must reach the cache serving uses.
const g = globalThis as typeof globalThis & { __pmSiteHostCache?: Map<string, { site: LiveSite | null; at: number }> };
const cache = (g.__pmSiteHostCache ??= new Map());

/**
 * The live deployment for a site host. Public sites are public, so this is a
 * privileged read limited to published projects' manifests; cached for a few
 * seconds per host so serving does not query the database per request
 * (publish/rollback/unpublish in this process clear the entry at once; other
 * instances see the change within the TTL).
 * Custom domains plug in here (a later issue): look the host up in domains.
 */
export async function resolveSiteHost(hostHeader: string | null | undefined): Promise<LiveSite | null> {
  const slug = slugFromHost(hostHeader);
  if (!slug) return null;
  const hit = cache.get(slug);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.site;
  const site = await findLiveSite(slug);
  cache.set(slug, { site, at: Date.now() });
  return site;
}

async function findLiveSite(slug: string): Promise<LiveSite | null> {
  const project = await unsafeFindProjectBySlug(slug);
  if (!project) return null;
  const db = await unsafeSystemDb('serving public sites: read the live manifest of a published project');
  const [row] = await db
    .select({ deploymentId: deployments.id, manifest: deployments.manifest })
    .from(livePointers)
    .innerJoin(deployments, eq(deployments.id, livePointers.activeDeploymentId))
    .where(and(eq(livePointers.projectId, project.id), eq(livePointers.isPublished, true), eq(deployments.status, 'ready')));
  return row?.manifest ? { projectId: project.id, slug: project.slug, deploymentId: row.deploymentId, manifest: row.manifest } : null;
}

export function forgetSiteHost(slug: string): void {
  cache.delete(slug);
}
