import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

const limit = z.number().int().nonnegative().nullable();
const count = z.coerce.number().nonnegative();
const raw = z.object({
  user_id: z.uuid(),
  tier: z.enum(['free', 'basic', 'pro', 'enterprise']),
  subscription_status: z.enum(['none', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'incomplete']),
  account_status: z.enum(['active', 'suspended']),
  period_start: z.coerce.date(),
  period_end: z.coerce.date(),
  limits: z.object({
    projects: limit,
    domains: limit,
    storage_bytes: limit,
    file_bytes: limit,
    team_members: limit,
    tickets_per_month: limit,
    generations_per_month: limit,
    ai_tokens_per_month: limit,
  }),
  usage: z.object({
    projects: count,
    generations: count,
    ai_tokens: count,
    storage_bytes: count,
    bandwidth_bytes: count,
    container_hours: count,
  }),
});

/** A limit and what is used of it; `limit` null means unlimited. */
export type Quota = { used: number; limit: number | null; remaining: number | null; isAtLimit: boolean };

export type Entitlements = {
  userId: string;
  tier: z.infer<typeof raw>['tier'];
  subscriptionStatus: z.infer<typeof raw>['subscription_status'];
  /** Past-due or unpaid owners can't put anything live (their live sites keep serving). */
  canPublish: boolean;
  isSuspended: boolean;
  /** The usage period every monthly quota counts in (the calendar month, UTC). */
  period: { start: Date; end: Date };
  projects: Quota;
  generations: Quota;
  aiTokens: Quota;
  /** Bytes of files plus uploads in progress, against the plan's storage (the upload trigger's sum). */
  storage: Quota;
  limits: {
    domains: number | null;
    storageBytes: number | null;
    /** The largest single file the plan takes. */
    fileBytes: number | null;
    teamMembers: number | null;
    ticketsPerMonth: number | null;
  };
  usage: { bandwidthBytes: number; containerHours: number };
};

function quota(used: number, max: number | null): Quota {
  return { used, limit: max, remaining: max === null ? null : Math.max(max - used, 0), isAtLimit: max !== null && used >= max };
}

/**
 * The one answer to "what may this client do now": their plan's limits (tier_limits) and this
 * period's usage, computed by private.entitlements — the same SQL helpers the quota triggers use,
 * so a quota line can't disagree with what the database enforces. `userId` defaults to the caller;
 * an admin may ask about any client (RLS and the function refuse anyone else).
 */
export async function getEntitlements(claims: VerifiedClaims, input: { userId?: string } = {}): Promise<Entitlements> {
  return withRls(claims, (tx) => readEntitlements(tx, input.userId ?? claims.sub));
}

/** The same, for system code (jobs) on the privileged connection. */
export async function unsafeGetEntitlements(db: Db, userId: string): Promise<Entitlements> {
  return readEntitlements(db, userId);
}

async function readEntitlements(db: Db, userId: string): Promise<Entitlements> {
  const [row] = rowsOf<{ e: unknown }>(await db.execute(sql`select private.entitlements(${userId}::uuid) as e`));
  if (!row?.e) throw new AppError('NOT_FOUND', 'errors.accounts.accountNotFound');
  const e = raw.parse(row.e);
  return {
    userId: e.user_id,
    tier: e.tier,
    subscriptionStatus: e.subscription_status,
    canPublish: e.subscription_status !== 'past_due' && e.subscription_status !== 'unpaid',
    isSuspended: e.account_status === 'suspended',
    period: { start: e.period_start, end: e.period_end },
    projects: quota(e.usage.projects, e.limits.projects),
    generations: quota(e.usage.generations, e.limits.generations_per_month),
    aiTokens: quota(e.usage.ai_tokens, e.limits.ai_tokens_per_month),
    storage: quota(e.usage.storage_bytes, e.limits.storage_bytes),
    limits: {
      domains: e.limits.domains,
      storageBytes: e.limits.storage_bytes,
      fileBytes: e.limits.file_bytes,
      teamMembers: e.limits.team_members,
      ticketsPerMonth: e.limits.tickets_per_month,
    },
    usage: { bandwidthBytes: e.usage.bandwidth_bytes, containerHours: e.usage.container_hours },
  };
}
