import { eq, inArray } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { projects } from './schema';

export type ProjectRef = { id: string; slug: string; name: string; ownerId: string };

const columns = { id: projects.id, slug: projects.slug, name: projects.name, ownerId: projects.ownerId };

/**
 * The project at a site address. Privileged: serving a public site has no session; it returns
 * only what the address already tells (the project behind it), for the host to look up its live
 * deployment.
 */
export async function unsafeFindProjectBySlug(slug: string): Promise<ProjectRef | null> {
  const db = await unsafeSystemDb('serving public sites: which project lives at this address');
  const [row] = await db.select(columns).from(projects).where(eq(projects.slug, slug));
  return row ?? null;
}

/** Projects by id, for system code (jobs, metering) acting on rows it was handed. */
export async function unsafeGetProjects(ids: readonly string[]): Promise<ProjectRef[]> {
  if (ids.length === 0) return [];
  const db = await unsafeSystemDb('a system job reads the projects it was asked to act on');
  return db
    .select(columns)
    .from(projects)
    .where(inArray(projects.id, [...ids]));
}
