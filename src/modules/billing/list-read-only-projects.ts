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
 *
 * `ifTier` asks the same rule about a plan the caller does not have yet (a downgrade's preview):
 * which of the caller's own projects would be read-only on it. The database answers that too
 * (private.read_only_projects_at shares the ranking with the guards), so the preview and what
 * happens after the change cannot disagree.
 */
export async function listReadOnlyProjects(
  claims: VerifiedClaims,
  { ifTier }: { ifTier?: Tier } = {},
): Promise<Map<string, ReadOnlyProject>> {
  const rows = await withRls(claims, async (tx) =>
    rowsOf<unknown>(
      await tx.execute(
        ifTier
          ? sql`select project_id, max_projects, tier from private.read_only_projects_at(${ifTier}::public.tier)`
          : sql`select project_id, max_projects, tier from private.read_only_projects()`,
      ),
    ),
  );
  return new Map(
    rows.map((raw) => {
      const r = row.parse(raw);
      return [r.project_id, { projectId: r.project_id, maxProjects: r.max_projects, tier: r.tier }];
    }),
  );
}
