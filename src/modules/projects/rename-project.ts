import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { flushEvents } from '@/lib/jobs/send-events';
import { events } from '~inngest/client';
import { projects } from './schema';

export type RenameProjectInput = { projectId: string; name: string; slug?: string };

/**
 * Renames a project and optionally moves it to a new address; returns the row and the address it
 * had. A move is announced (`project/address.changed`, recorded in the same transaction): the
 * host stops serving the old address and rebuilds a published site for the new one.
 */
export async function renameProject(claims: VerifiedClaims, input: RenameProjectInput) {
  const renamed = await withRls(claims, async (tx) => {
    // A taken slug is a CONFLICT (unique index), mapped to a message by the action.
    const [before] = await tx.select({ slug: projects.slug }).from(projects).where(eq(projects.id, input.projectId)).for('update');
    const [row] = await tx
      .update(projects)
      .set({ name: input.name.trim(), ...(input.slug ? { slug: input.slug } : {}) })
      .where(eq(projects.id, input.projectId))
      .returning();
    // RLS hides projects the caller cannot change: same answer as "does not exist".
    if (!row || !before) throw new AppError('NOT_FOUND', 'errors.projects.changeNotFound');
    if (row.slug !== before.slug) {
      const moved = { projectId: row.id, slug: row.slug, previousSlug: before.slug, changedBy: claims.sub };
      await enqueueEvents(tx, [eventOf(events.projectAddressChanged, moved)]);
    }
    return { ...row, previousSlug: before.slug };
  });
  if (renamed.slug !== renamed.previousSlug) await flushEvents();
  return renamed;
}
