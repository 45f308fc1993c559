import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { getProject } from '@/modules/projects/get-project';
import { listProjects } from '@/modules/projects/list-projects';
import { decodeCursor, encodeCursor } from './cursor';
import type { listProjectsQuery, projectListSchema } from './v1-schemas';
import { toWireProject, type WireProject } from './wire-project';

/**
 * GET /api/v1/projects: the projects the key's owner works on (projects.listProjects, under RLS),
 * newest first, a page at a time. An account has few projects (its plan caps them), so the page
 * is cut from the whole list rather than in SQL.
 */
export async function listV1Projects(
  claims: VerifiedClaims,
  query: z.infer<typeof listProjectsQuery>,
  options: { onlyProjectId?: string | null } = {},
): Promise<z.infer<typeof projectListSchema>> {
  const after = decodeCursor(query.cursor);
  // A key restricted to one project lists that project only (api/key-project.ts).
  const all = (await listProjects(claims))
    .filter((p) => !options.onlyProjectId || p.id === options.onlyProjectId)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (b.id < a.id ? -1 : 1));
  const start = after
    ? all.findIndex((p) => p.createdAt.getTime() < Number(after.at) || (p.createdAt.getTime() === Number(after.at) && p.id < after.id))
    : 0;
  const page = start < 0 ? [] : all.slice(start, start + query.limit);
  const last = page.at(-1);
  const hasMore = start >= 0 && start + query.limit < all.length;
  return {
    data: page.map(toWireProject),
    next_cursor: hasMore && last ? encodeCursor({ at: String(last.createdAt.getTime()), id: last.id }) : null,
  };
}

/** GET /api/v1/projects/{id}: one project of the key's owner; 404 when it does not exist or RLS hides it (the same answer, on purpose). */
export async function getV1Project(claims: VerifiedClaims, projectId: string): Promise<WireProject> {
  const project = await getProject(claims, { projectId });
  if (!project) throw new AppError('NOT_FOUND', 'errors.common.notFound');
  return toWireProject(project);
}
