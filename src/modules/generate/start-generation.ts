import type { VerifiedClaims } from '@/lib/auth/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { enforceRateLimit } from '@/lib/ratelimit/enforce-rate-limit';
import { generations, type GenerationKind } from './schema';

export type StartGenerationInput = { projectId: string; kind: GenerationKind; prompt: string; options?: Record<string, unknown> };

export const GENERATION_RATE_LIMIT = { limit: 12, windowSeconds: 60 };

function resetDate(details: Record<string, unknown> | undefined): string {
  const at = typeof details?.resets_at === 'string' ? new Date(details.resets_at) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at.toISOString().slice(0, 10) : 'the start of next month';
}

/**
 * Reserves one generation for the caller on a project they can edit. The
 * database counts it against the project owner's monthly quota atomically
 * (see private.reserve_generation); failed and cancelled generations are
 * released by finishGeneration, so they are never charged.
 */
export async function startGeneration(claims: VerifiedClaims, input: StartGenerationInput) {
  await enforceRateLimit('generate', claims.sub, GENERATION_RATE_LIMIT);
  try {
    return await withRls(claims, async (tx) => {
      const [row] = await tx
        .insert(generations)
        .values({ projectId: input.projectId, userId: claims.sub, kind: input.kind, prompt: input.prompt.slice(0, 4000), options: input.options ?? {} })
        .returning();
      return row!;
    });
  } catch (err) {
    if (isAppError(err) && err.code === 'TIER_LIMIT') {
      const what = err.details?.resource === 'ai_tokens' ? 'AI tokens' : 'generations';
      throw new AppError('QUOTA_EXCEEDED', `You have used this month's ${what} on your plan. It resets on ${resetDate(err.details)}. Upgrade for more.`, {
        ...err.details,
        upgradeUrl: '/dashboard/billing',
      });
    }
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'That project does not exist or you cannot edit it.');
    throw err;
  }
}
