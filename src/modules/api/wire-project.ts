import type { z } from 'zod';
import type { projectSchema } from './v1-schemas';

export type WireProject = z.infer<typeof projectSchema>;

/** A project as /api/v1 shows it (snake_case, ISO dates), whichever route returns it. */
export function toWireProject(p: { id: string; name: string; slug: string; role: string; createdAt: Date; updatedAt: Date }): WireProject {
  return {
    id: p.id,
    name: p.name,
    slug: p.slug,
    role: p.role,
    created_at: p.createdAt.toISOString(),
    updated_at: p.updatedAt.toISOString(),
  };
}
