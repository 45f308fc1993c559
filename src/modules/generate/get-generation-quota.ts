import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { withRls } from '@/lib/db/with-rls';
import { tierLimits, userProfiles, type Tier } from '@/modules/accounts/schema';
import { projects } from '@/modules/projects/schema';
import { generations, usageEvents } from './schema';

export type GenerationQuota = {
  tier: Tier;
  generationsUsed: number;
  generationsLimit: number | null;
  tokensUsed: number;
  tokensLimit: number | null;
  resetsAt: Date;
};

/** The caller's own monthly generation and token usage against their tier (display; the database enforces it). */
export async function getGenerationQuota(claims: VerifiedClaims, now = new Date()): Promise<GenerationQuota> {
  const periodStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const resetsAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return withRls(claims, async (tx) => {
    const [limits] = await tx
      .select({ tier: userProfiles.tier, gen: tierLimits.maxGenerationsPerMonth, tok: tierLimits.maxAiTokensPerMonth })
      .from(userProfiles)
      .innerJoin(tierLimits, eq(tierLimits.tier, userProfiles.tier))
      .where(eq(userProfiles.id, claims.sub));
    const [gen] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(generations)
      .innerJoin(projects, eq(projects.id, generations.projectId))
      .where(and(eq(projects.ownerId, claims.sub), gte(generations.createdAt, periodStart), inArray(generations.status, ['running', 'succeeded'])));
    const [tok] = await tx
      .select({ n: sql<number>`coalesce(sum(${usageEvents.quantity}), 0)::bigint` })
      .from(usageEvents)
      .where(and(eq(usageEvents.userId, claims.sub), eq(usageEvents.metric, 'ai_token'), gte(usageEvents.occurredAt, periodStart)));
    return {
      tier: limits?.tier ?? 'free',
      generationsUsed: Number(gen?.n ?? 0),
      generationsLimit: limits ? limits.gen : 0,
      tokensUsed: Number(tok?.n ?? 0),
      tokensLimit: limits ? limits.tok : 0,
      resetsAt,
    };
  });
}
