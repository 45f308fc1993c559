import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { generations, type GenerationKind, type GenerationStatus } from './schema';

export type GenerationSummary = {
  id: string;
  projectId: string;
  kind: GenerationKind;
  status: GenerationStatus;
  startedAt: Date;
  finishedAt: Date | null;
};

/**
 * One generation the caller may see, without its prompt, options or partial document (what a
 * status check needs). RLS decides who sees it; a generation of a project the caller cannot see
 * is a NOT_FOUND, never "forbidden", so its existence is not told.
 */
export async function getGeneration(claims: VerifiedClaims, generationId: string): Promise<GenerationSummary> {
  const [row] = await withRls(claims, (tx) =>
    tx
      .select({
        id: generations.id,
        projectId: generations.projectId,
        kind: generations.kind,
        status: generations.status,
        startedAt: generations.startedAt,
        finishedAt: generations.finishedAt,
      })
      .from(generations)
      .where(eq(generations.id, generationId)),
  );
  if (!row) throw new AppError('NOT_FOUND', 'errors.common.notFound');
  return row;
}
