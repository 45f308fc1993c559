import { createHash } from 'node:crypto';
import type { Resolver } from 'node:dns/promises';
import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import { events } from '~inngest/client';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { ErrorKey } from '@/lib/i18n/error-key';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { flushEvents } from '@/lib/jobs/send-events';
import { getRateLimiter } from '@/lib/ratelimit/get-rate-limiter';
import type { RateLimitRule } from '@/lib/ratelimit/types';
import { checkTargetUrl } from './check-target-url';
import { analyzerAnalyses } from './schema';
import type { Locale } from '@/lib/i18n/translate';

/**
 * A visitor (no account) asks for an analysis of a URL. The URL is checked first (a refusal is
 * immediate and says why); the same normalized URL analyzed in the last 24 h is answered from
 * that result, and one already queued or running is joined rather than run twice. Otherwise the
 * client IP and the target host must be within their limits, and a queued row plus the job's
 * event are written in one transaction.
 */
export type RequestAnalysisInput = { url: string; clientIp: string; locale: Locale };
export type RequestedAnalysis = { id: string; cached: boolean };

export const CACHE_HOURS = 24;
export const ANALYZER_LIMITS = {
  ipHour: { limit: 5, windowSeconds: 60 * 60 },
  ipDay: { limit: 20, windowSeconds: 24 * 60 * 60 },
  // Our browser must not become someone's load generator.
  hostHour: { limit: 10, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

const IN_FLIGHT = ['queued', 'loading', 'measuring', 'scoring'] as const;

/** A visitor's limit under the analyzer's prefix; over it, RATE_LIMITED with the minutes to wait. */
export async function limit(key: string, rule: RateLimitRule, message: ErrorKey): Promise<void> {
  const scaled = { ...rule, limit: rule.limit * getEnv().RATE_LIMIT_SCALE };
  const result = await (await getRateLimiter()).limit(`analyzer:${key}`, scaled);
  if (!result.success) {
    const seconds = Math.max(1, Math.ceil((result.reset - Date.now()) / 1000));
    throw new AppError('RATE_LIMITED', message, { values: { minutes: Math.ceil(seconds / 60) }, details: { retryAfterSeconds: seconds } });
  }
}

/** The IP kept for abuse review, salted so the table alone does not give it back. */
export function hashIp(ip: string): string {
  return createHash('sha256')
    .update(`${getEnv().AUTH_SECRET ?? 'page-magic-analyzer'}:${ip}`)
    .digest('hex');
}

export async function requestAnalysis(
  input: RequestAnalysisInput,
  options: { resolver?: Resolver; now?: Date } = {},
): Promise<RequestedAnalysis> {
  const target = await checkTargetUrl(input.url, { resolver: options.resolver });
  const now = options.now ?? new Date();
  const db = await unsafeSystemDb('visitors have no account: the analyzer queue is written by system code only');
  const since = new Date(now.getTime() - CACHE_HOURS * 60 * 60 * 1000);
  const [recent] = await db
    .select({ id: analyzerAnalyses.id, status: analyzerAnalyses.status })
    .from(analyzerAnalyses)
    .where(
      and(
        eq(analyzerAnalyses.url, target.url),
        gt(analyzerAnalyses.createdAt, since),
        inArray(analyzerAnalyses.status, ['done', ...IN_FLIGHT]),
      ),
    )
    .orderBy(desc(analyzerAnalyses.createdAt))
    .limit(1);
  if (recent) return { id: recent.id, cached: recent.status === 'done' };

  await limit(`ip-hour:${input.clientIp}`, ANALYZER_LIMITS.ipHour, 'errors.analyzer.rateLimitedIp');
  await limit(`ip-day:${input.clientIp}`, ANALYZER_LIMITS.ipDay, 'errors.analyzer.rateLimitedIp');
  await limit(`host:${target.host}`, ANALYZER_LIMITS.hostHour, 'errors.analyzer.rateLimitedHost');

  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(analyzerAnalyses)
      .values({ url: target.url, host: target.host, locale: input.locale, clientIpHash: hashIp(input.clientIp), createdAt: now })
      .returning({ id: analyzerAnalyses.id });
    await enqueueEvents(tx, [eventOf(events.analysisRequested, { analysisId: row!.id }, { id: `analysis:${row!.id}` })]);
    return row!.id;
  });
  await flushEvents();
  return { id, cached: false };
}
