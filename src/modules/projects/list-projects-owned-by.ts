import { desc, inArray } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { projects } from './schema';

/**
 * Projects owned by these people, newest first, as far as the caller may see them (RLS: an admin
 * sees every client's; anyone else only their own). For the agency's client pages.
 */
export async function listProjectsOwnedBy(claims: VerifiedClaims, ownerIds: readonly string[]) {
  if (ownerIds.length === 0) return [];
  return withRls(claims, (tx) =>
    tx
      .select({ id: projects.id, name: projects.name, slug: projects.slug, ownerId: projects.ownerId, createdAt: projects.createdAt })
      .from(projects)
      .where(inArray(projects.ownerId, [...ownerIds]))
      .orderBy(desc(projects.createdAt)),
  );
}
