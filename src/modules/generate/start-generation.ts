import type { VerifiedClaims } from '@/lib/claims';
import { AppError, isAppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { enforceRateLimit } from '@/lib/ratelimit/enforce-rate-limit';
import { generations, type GenerationKind } from './schema';

export type StartGenerationInput = {
  projectId: string;
  kind: GenerationKind;
  prompt: string;
  options?: Record<string, unknown>;
  /** Tokens to hold against the monthly budget while it runs (see token-estimates.ts). */
  reservedTokens?: number;
  /** The stopped generation this one continues (its partial result is the starting point). */
  continuedFrom?: string;
};

export const GENERATION_RATE_LIMIT = { limit: 12, windowSeconds: 60 };

/** The reset day as YYYY-MM-DD, or `nextMonth` (the message says "the start of next month" in each language). */
function resetDate(details: Record<string, unknown> | undefined): string {
  const at = typeof details?.resets_at === 'string' ? new Date(details.resets_at) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at.toISOString().slice(0, 10) : 'nextMonth';
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
        .values({
          projectId: input.projectId,
          userId: claims.sub,
          kind: input.kind,
          prompt: input.prompt.slice(0, 4000),
          options: input.options ?? {},
          reservedTokens: Math.max(Math.round(input.reservedTokens ?? 0), 0),
          continuedFrom: input.continuedFrom ?? null,
        })
        .returning();
      return row!;
    });
  } catch (err) {
    // The month's generations or AI tokens used up. Other limits the database refuses with (a
    // project beyond the plan is read-only, a payment is past due) keep their own reason.
    const resource = isAppError(err) ? err.details?.resource : undefined;
    if (isAppError(err) && err.code === 'TIER_LIMIT' && (resource === 'generations' || resource === 'ai_tokens')) {
      throw new AppError('QUOTA_EXCEEDED', 'errors.generate.quotaExceeded', {
        values: { resource, resetsOn: resetDate(err.details) },
        details: {
          ...err.details,
          upgradeUrl: '/dashboard/billing',
        },
      });
    }
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'errors.generate.editNotFound');
    throw err;
  }
}
