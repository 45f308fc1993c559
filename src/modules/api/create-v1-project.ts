import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { createProject } from '@/modules/projects/create-project';
import type { createProjectBody } from './v1-schemas';
import { V1Reply } from './v1-reply';
import { toWireProject } from './wire-project';

/**
 * POST /api/v1/projects: a new project (site) owned by the key's owner, through projects'
 * createProject — the dashboard's own path, so the plan's project limit (a trigger that
 * serialises concurrent creates per owner) answers TIER_LIMIT (403) here too, and a taken slug
 * CONFLICT (409). The creator is the owner (projects' insert trigger makes the membership).
 */
export async function createV1Project(claims: VerifiedClaims, body: z.infer<typeof createProjectBody>): Promise<V1Reply> {
  const project = await createProject(claims, { name: body.name, slug: body.slug });
  return new V1Reply(201, toWireProject({ ...project, role: 'owner' }));
}
