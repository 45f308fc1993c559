import { randomBytes } from 'node:crypto';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { projects } from './schema';
import { slugify, slugSchema } from './project-input';

export type CreateProjectInput = { name: string; slug?: string };
export type Project = typeof projects.$inferSelect;

/**
 * Creates a project owned by the caller. The tier's project limit is enforced
 * by the database (a trigger that serialises concurrent creates per owner),
 * which surfaces here as AppError('TIER_LIMIT'). A slug derived from the name
 * gets a short suffix when taken; an explicitly chosen slug that is taken is
 * a CONFLICT the person can fix.
 */
export async function createProject(claims: VerifiedClaims, input: CreateProjectInput): Promise<Project> {
  const explicit = input.slug?.trim();
  const derived = slugify(input.name);
  // A name like "Admin" or "Blog" derives a reserved address: skip straight to the suffixed ones.
  const suffixed = Array.from({ length: 3 }, () => `${derived.slice(0, 44)}-${randomBytes(3).toString('hex')}`);
  const candidates = explicit ? [slugSchema.parse(explicit)] : [...(slugSchema.safeParse(derived).success ? [derived] : []), ...suffixed];
  for (const slug of candidates) {
    try {
      return await withRls(claims, async (tx) => {
        const [row] = await tx.insert(projects).values({ name: input.name.trim(), slug, ownerId: claims.sub }).returning();
        return row!;
      });
    } catch (err) {
      if (isAppError(err) && err.code === 'CONFLICT' && !explicit) continue;
      if (isAppError(err) && err.code === 'CONFLICT') {
        throw new AppError('CONFLICT', 'errors.projects.slugTakenNamed', { values: { slug }, details: { field: 'slug' } });
      }
      throw err;
    }
  }
  throw new AppError('CONFLICT', 'errors.projects.noFreeSlug', { details: { field: 'slug' } });
}
