import { desc, eq, gte, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { aiCalls, type AiCallOutcome } from './schema';

export type AiUsageMonth = {
  accountId: string | null;
  /** The calendar month in UTC, `YYYY-MM`. */
  month: string;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  /** The sum of the calls' estimates (USD); null when no call of the month had a price. */
  costUsd: number | null;
  /** Calls whose model has no price in model-prices.json: the cost is a lower bound when > 0. */
  unpricedCalls: number;
  fallbacks: number;
  p50LatencyMs: number;
};

/**
 * Model calls per client and calendar month (UTC), newest month first. Admins only: RLS gives
 * anyone else no rows of ai_calls at all (the page also answers 404 to them, requireAdmin).
 */
export async function listAiUsageByClientMonth(claims: VerifiedClaims, input: { since: Date }): Promise<AiUsageMonth[]> {
  const month = sql<string>`to_char(date_trunc('month', ${aiCalls.createdAt} at time zone 'UTC'), 'YYYY-MM')`;
  const rows = await withRls(claims, (tx) =>
    tx
      .select({
        accountId: aiCalls.accountId,
        month,
        calls: sql<number>`count(*)::int`,
        inputTokens: sql<number>`coalesce(sum(${aiCalls.inputTokens}), 0)::bigint`,
        outputTokens: sql<number>`coalesce(sum(${aiCalls.outputTokens}), 0)::bigint`,
        costUsd: sql<string | null>`sum(${aiCalls.costUsd})::text`,
        unpricedCalls: sql<number>`(count(*) filter (where ${aiCalls.costUsd} is null))::int`,
        fallbacks: sql<number>`(count(*) filter (where ${aiCalls.outcome} = 'fallback'))::int`,
        p50LatencyMs: sql<number>`percentile_cont(0.5) within group (order by ${aiCalls.latencyMs})`,
      })
      .from(aiCalls)
      .where(gte(aiCalls.createdAt, input.since))
      .groupBy(aiCalls.accountId, month)
      .orderBy(desc(month), aiCalls.accountId),
  );
  return rows.map((row) => ({
    ...row,
    calls: Number(row.calls),
    inputTokens: Number(row.inputTokens),
    outputTokens: Number(row.outputTokens),
    costUsd: row.costUsd === null ? null : Number(row.costUsd),
    unpricedCalls: Number(row.unpricedCalls),
    fallbacks: Number(row.fallbacks),
    p50LatencyMs: Math.round(Number(row.p50LatencyMs)),
  }));
}

export type AiCallRow = {
  id: string;
  createdAt: Date;
  accountId: string | null;
  projectId: string | null;
  traceId: string;
  provider: string;
  model: string;
  endpointHost: string | null;
  templateName: string;
  templateVersion: number;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  firstTokenMs: number | null;
  fallbackStep: number;
  attempt: number;
  outcome: AiCallOutcome;
  errorCode: string | null;
  costUsd: number | null;
};

/** The latest model calls (admins only, by RLS), or those of one trace in the order they were made. */
export async function listAiCalls(claims: VerifiedClaims, input: { traceId?: string; limit: number }): Promise<AiCallRow[]> {
  const rows = await withRls(claims, (tx) =>
    tx
      .select({
        id: aiCalls.id,
        createdAt: aiCalls.createdAt,
        accountId: aiCalls.accountId,
        projectId: aiCalls.projectId,
        traceId: aiCalls.traceId,
        provider: aiCalls.provider,
        model: aiCalls.model,
        endpointHost: aiCalls.endpointHost,
        templateName: aiCalls.templateName,
        templateVersion: aiCalls.templateVersion,
        inputTokens: aiCalls.inputTokens,
        outputTokens: aiCalls.outputTokens,
        latencyMs: aiCalls.latencyMs,
        firstTokenMs: aiCalls.firstTokenMs,
        fallbackStep: aiCalls.fallbackStep,
        attempt: aiCalls.attempt,
        outcome: aiCalls.outcome,
        errorCode: aiCalls.errorCode,
        costUsd: aiCalls.costUsd,
      })
      .from(aiCalls)
      .where(input.traceId === undefined ? undefined : eq(aiCalls.traceId, input.traceId))
      .orderBy(input.traceId === undefined ? desc(aiCalls.createdAt) : aiCalls.createdAt)
      .limit(Math.min(Math.max(input.limit, 1), 500)),
  );
  return rows.map((row) => ({ ...row, costUsd: row.costUsd === null ? null : Number(row.costUsd) }));
}
