import { and, eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { inSpan } from '@/lib/telemetry/with-span';
import { unsafeFindProjectBySlug, unsafeGetProjects, type ProjectRef } from '@/modules/projects/unsafe-find-projects';
import { peekCustomHost, peekPrimaryHostOf, unsafeFindCustomHost, unsafePrimaryHostOf } from '@/modules/domains/unsafe-domain-routing';
import { deployments, livePointers, type StoredManifest } from './schema';
import { slugFromHost } from './site-host-name';

export type LiveSite = {
  projectId: string;
  slug: string;
  deploymentId: string;
  manifest: StoredManifest;
  /** The host pages should redirect to (301): the project's primary custom domain, when this host is another of its addresses. */
  redirectTo?: string;
};

const TTL_MS = 5_000;
// On globalThis: Next.js bundles server actions and route handlers separately,
// and "forget" (after publish/unpublish) must reach the cache serving uses.
const g = globalThis as typeof globalThis & { __pmSiteHostCache?: Map<string, { site: LiveSite | null; at: number }> };
const cache = (g.__pmSiteHostCache ??= new Map());

// Bumped by every forget/remember: a lookup that started before one (it read the database before
// an activation committed) must not store its stale answer over the fresher state for a TTL.
const gen = globalThis as typeof globalThis & { __pmSiteHostGeneration?: { value: number } };
const generation = (gen.__pmSiteHostGeneration ??= { value: 0 });

async function cached(key: string, load: () => Promise<LiveSite | null>): Promise<LiveSite | null> {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.site;
  const startedAt = generation.value;
  const site = await load();
  if (generation.value === startedAt) cache.set(key, { site, at: Date.now() });
  return site;
}

/**
 * The live deployment for a site host: `<slug>.<ROOT_DOMAIN>` or a served custom domain. Public
 * sites are public, so this is a privileged read limited to published projects' manifests; cached
 * for a few seconds per site so serving does not query the database per request
 * (publish/rollback/unpublish in this process clear the entry at once; other instances see the
 * change within the TTL). Custom domains are looked up through the domains module, whose cache is
 * invalidated across processes. When the project has a served primary custom domain, every other
 * address of it (the `<slug>` host, the apex/www pair) carries `redirectTo`.
 */
export async function resolveSiteHost(hostHeader: string | null | undefined): Promise<LiveSite | null> {
  const slug = slugFromHost(hostHeader);
  if (slug) {
    const site = await cached(slug, () => inSpan('host.find-live-site', () => findLiveSite(slug)));
    if (!site) return null;
    const primary = await unsafePrimaryHostOf(site.projectId);
    return primary ? { ...site, redirectTo: primary } : site;
  }
  const route = await unsafeFindCustomHost(hostHeader);
  if (!route?.isServing) return null;
  const site = await cached(`project:${route.projectId}`, async () => {
    const [project] = await unsafeGetProjects([route.projectId]);
    return project ? liveSiteOf(project) : null;
  });
  if (!site) return null;
  return route.primary && route.primary !== route.name ? { ...site, redirectTo: route.primary } : site;
}

function peekCached(key: string): LiveSite | null | undefined {
  const hit = cache.get(key);
  return hit && Date.now() - hit.at < TTL_MS ? hit.site : undefined;
}

/**
 * resolveSiteHost's answer from this process's caches alone, the same decisions in the same order;
 * undefined when any of them would need the database (the caller then awaits resolveSiteHost,
 * which fills the caches). The site server's hot path, with no promise per request.
 */
export function peekSiteHost(hostHeader: string | null | undefined): LiveSite | null | undefined {
  const slug = slugFromHost(hostHeader);
  if (slug) {
    const site = peekCached(slug);
    if (!site) return site;
    const primary = peekPrimaryHostOf(site.projectId);
    if (primary === undefined) return undefined;
    return primary ? withRedirect(site, primary) : site;
  }
  const route = peekCustomHost(hostHeader);
  if (!route?.isServing) return route === undefined ? undefined : null;
  const site = peekCached(`project:${route.projectId}`);
  if (!site) return site;
  return route.primary && route.primary !== route.name ? withRedirect(site, route.primary) : site;
}

// One redirecting copy per (site, primary) instead of one per request.
const redirecting = new WeakMap<LiveSite, Map<string, LiveSite>>();
function withRedirect(site: LiveSite, primary: string): LiveSite {
  let byPrimary = redirecting.get(site);
  if (!byPrimary) redirecting.set(site, (byPrimary = new Map()));
  let copy = byPrimary.get(primary);
  if (!copy) byPrimary.set(primary, (copy = { ...site, redirectTo: primary }));
  return copy;
}

async function findLiveSite(slug: string): Promise<LiveSite | null> {
  const project = await unsafeFindProjectBySlug(slug);
  return project ? liveSiteOf(project) : null;
}

async function liveSiteOf(project: ProjectRef): Promise<LiveSite | null> {
  const db = await unsafeSystemDb('serving public sites: read the live manifest of a published project');
  const [row] = await db
    .select({ deploymentId: deployments.id, manifest: deployments.manifest })
    .from(livePointers)
    .innerJoin(deployments, eq(deployments.id, livePointers.activeDeploymentId))
    .where(and(eq(livePointers.projectId, project.id), eq(livePointers.isPublished, true), eq(deployments.status, 'ready')));
  return row?.manifest ? { projectId: project.id, slug: project.slug, deploymentId: row.deploymentId, manifest: row.manifest } : null;
}

/** Drops a site's cached live deployment, under its `<slug>` and under its project (custom domains). */
export function forgetSiteHost(slug: string): void {
  generation.value++;
  cache.delete(slug);
  for (const [key, entry] of cache) if (entry.site?.slug === slug) cache.delete(key);
}

/**
 * The deployment this process just made live, served from here on without reading it back: the
 * publish job has its manifest in hand, so the `<slug>` host answers from the new deployment at
 * once (its custom-domain entries are dropped and looked up again). Other processes see the
 * change within the TTL, as before; a rollback or unpublish forgets it. (The project's primary
 * domain is not looked up here: a domain taken live right after the publish must not find a
 * cached "none" — the domains module's own cache decides when that is read.)
 */
export function rememberLiveSite(site: Pick<LiveSite, 'projectId' | 'slug' | 'deploymentId' | 'manifest'>): void {
  forgetSiteHost(site.slug);
  cache.set(site.slug, {
    site: { projectId: site.projectId, slug: site.slug, deploymentId: site.deploymentId, manifest: site.manifest },
    at: Date.now(),
  });
}
