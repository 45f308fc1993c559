import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import type { Tier } from './plans';

const row = z.object({ project_id: z.uuid(), max_projects: z.coerce.number().int(), tier: z.enum(['free', 'basic', 'pro', 'enterprise']) });

export type ReadOnlyProject = { projectId: string; maxProjects: number; tier: Tier };

/**
 * The caller's projects that are read-only because their owner has more projects than the plan
 * includes (after a subscription ended or a downgrade): the oldest ones up to the limit stay
 * editable, the rest can't be edited, generated or published, but stay live. The database decides
 * and enforces it (private.read_only_projects and the triggers of
 * supabase/migrations/20261201000100_read_only_over_plan.sql); this only reads it for the UI.
 */
export async function listReadOnlyProjects(claims: VerifiedClaims): Promise<Map<string, ReadOnlyProject>> {
  const rows = await withRls(claims, async (tx) =>
    rowsOf<unknown>(await tx.execute(sql`select project_id, max_projects, tier from private.read_only_projects()`)),
  );
  return new Map(
    rows.map((raw) => {
      const r = row.parse(raw);
      return [r.project_id, { projectId: r.project_id, maxProjects: r.max_projects, tier: r.tier }];
    }),
  );
}
