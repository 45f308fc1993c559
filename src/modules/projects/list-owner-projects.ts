import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/with-rls';
import { projects } from './schema';

export type OwnerProject = { id: string; name: string; slug: string; createdAt: Date };

/**
 * One account's projects, oldest first, in the caller's transaction: under RLS a client gets only
 * their own (an admin any client's); the privileged connection (the monthly report job) any.
 */
export async function listOwnerProjects(tx: Tx | Db, ownerId: string): Promise<OwnerProject[]> {
  return tx
    .select({ id: projects.id, name: projects.name, slug: projects.slug, createdAt: projects.createdAt })
    .from(projects)
    .where(eq(projects.ownerId, ownerId))
    .orderBy(asc(projects.createdAt), asc(projects.id));
}
