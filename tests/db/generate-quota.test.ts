import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { raceIt } from '@tests/helpers/race';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createProject } from '@/modules/projects/create-project';
import { startGeneration } from '@/modules/generate/start-generation';
import { finishGeneration } from '@/modules/generate/finish-generation';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { getDraft } from '@/modules/drafts/get-draft';
import { getEntitlements } from '@/modules/billing/get-entitlements';
import { unsafeReleaseStaleGenerations } from '@/modules/generate/release-stale-generations';
import { generations } from '@/modules/generate/schema';
import { siteVersions } from '@/modules/drafts/schema';
import { usageEvents } from '@/modules/metering/schema';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

async function userWithProject(tier: 'free' | 'pro' = 'free'): Promise<TestUser & { projectId: string }> {
  // A fresh limiter per user keeps the per-user generation rate limit out of quota tests.
  setRateLimiterForTests(createMemoryLimiter());
  const user = await createTestUser(handle, { tier });
  const project = await createProject(user.claims, { name: `Site ${user.id.slice(0, 6)}` });
  return { ...user, projectId: project.id };
}

async function usageOf(userId: string) {
  return handle.db.select().from(usageEvents).where(eq(usageEvents.userId, userId));
}

describe('generation quota and charging', () => {
  it('records page_generate and ai_token usage once, only for a successful generation', async () => {
    const u = await userWithProject();
    const g = await startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: 'a bakery' });
    expect(g.status).toBe('running');
    await finishGeneration(u.claims, {
      generationId: g.id,
      status: 'succeeded',
      provider: 'vllm',
      model: 'm',
      inputTokens: 1200,
      outputTokens: 3400,
    });
    // Finishing twice (a retry) must not double-charge.
    await finishGeneration(u.claims, {
      generationId: g.id,
      status: 'succeeded',
      provider: 'vllm',
      model: 'm',
      inputTokens: 1200,
      outputTokens: 3400,
    });
    const usage = await usageOf(u.id);
    expect(usage.map((e) => [e.metric, Number(e.quantity)]).sort()).toEqual([
      ['ai_token', 4600],
      ['page_generate', 1],
    ]);
    expect(new Set(usage.map((e) => e.idempotencyKey)).size).toBe(2);
  });

  it('does not charge failed or cancelled generations, and they do not count against the quota', async () => {
    const u = await userWithProject();
    for (const status of ['failed', 'cancelled'] as const) {
      const g = await startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: 'x' });
      await finishGeneration(u.claims, { generationId: g.id, status, error: 'boom' });
    }
    expect(await usageOf(u.id)).toEqual([]);
    const entitlements = await getEntitlements(u.claims);
    expect(entitlements.generations.used).toBe(0);
  });

  it('a cancelled generation pays for the tokens it spent (its sections reached the person) and keeps its partial result', async () => {
    const u = await userWithProject();
    const partial = { document: { pages: [] }, plan: { sections: [] } };
    const cancelled = await startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: 'x', reservedTokens: 12_000 });
    await finishGeneration(u.claims, { generationId: cancelled.id, status: 'cancelled', inputTokens: 700, outputTokens: 2300, partial });
    const failed = await startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: 'y', reservedTokens: 12_000 });
    await finishGeneration(u.claims, { generationId: failed.id, status: 'failed', inputTokens: 500, outputTokens: 500, partial });
    const usage = await usageOf(u.id);
    expect(usage.map((e) => [e.metric, Number(e.quantity), e.properties.generation_id])).toEqual([['ai_token', 3000, cancelled.id]]);
    const [row] = await handle.db.select().from(generations).where(eq(generations.id, cancelled.id));
    expect(row!.partialDocument).toEqual(partial);
    const e = await getEntitlements(u.claims);
    expect([e.generations.used, e.aiTokens.used]).toEqual([0, 3000]);
  });

  it('a generation whose request died is released by the cron job: not charged, no longer holding quota', async () => {
    const u = await userWithProject();
    const g = await startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: 'x', reservedTokens: 12_000 });
    expect(await unsafeReleaseStaleGenerations(new Date(Date.now() + 10 * 60_000))).toBe(0); // still young
    expect(await unsafeReleaseStaleGenerations(new Date(Date.now() + 31 * 60_000))).toBeGreaterThanOrEqual(1);
    const [row] = await handle.db.select().from(generations).where(eq(generations.id, g.id));
    expect(row!.status).toBe('failed');
    const e = await getEntitlements(u.claims);
    expect([e.generations.used, e.aiTokens.used]).toEqual([0, 0]);
    expect(await usageOf(u.id)).toEqual([]);
  });

  it('reserves a token budget at admission: running generations count, and the reservation is released at the end', async () => {
    const u = await userWithProject();
    const g = await startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: 'x', reservedTokens: 12_000 });
    expect(g.reservedTokens).toBe(12_000);
    expect((await getEntitlements(u.claims)).aiTokens.used).toBe(12_000);
    await finishGeneration(u.claims, { generationId: g.id, status: 'succeeded', inputTokens: 4000, outputTokens: 5000 });
    expect((await getEntitlements(u.claims)).aiTokens.used).toBe(9000);
  });

  raceIt('holds the monthly token cap under concurrent admissions (one generation may run into the last tokens)', async () => {
    const u = await userWithProject();
    await handle.db
      .insert(usageEvents)
      .values({ userId: u.id, projectId: u.projectId, metric: 'ai_token', quantity: 299_999, idempotencyKey: `seed:${u.id}` });
    // Ten at once (the per-user rate limit allows twelve a minute).
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: 'race', reservedTokens: 12_000 }),
      ),
    );
    const admitted = results.filter((r) => r.status === 'fulfilled');
    expect(admitted).toHaveLength(1);
    expect((admitted[0] as PromiseFulfilledResult<{ reservedTokens: number }>).value.reservedTokens).toBe(1);
    for (const r of results)
      if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'QUOTA_EXCEEDED', details: { resource: 'ai_tokens' } });
  });

  it('stops at the monthly generation limit with a clear message and the reset date', async () => {
    const u = await userWithProject();
    // Use up the free tier's generations directly (privileged setup), all succeeded this month.
    const [limit] = await handle.executor.query<{ n: number }>(
      `select max_generations_per_month as n from public.tier_limits where tier = 'free'`,
    );
    await handle.executor.query(
      `insert into public.generations (project_id, user_id, kind, status) select $1, $2, 'site', 'succeeded' from generate_series(1, $3)`,
      [u.projectId, u.id, limit!.n],
    );
    const attempt = startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: 'one more' });
    await expect(attempt).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    await expect(attempt).rejects.toThrow(/resets on \d{4}-\d{2}-01/);
  });

  it('counts only whole sites: at the limit a rewrite or a new language still runs, paid in tokens only', async () => {
    const u = await userWithProject();
    const [limit] = await handle.executor.query<{ n: number }>(
      `select max_generations_per_month as n from public.tier_limits where tier = 'free'`,
    );
    await handle.executor.query(
      `insert into public.generations (project_id, user_id, kind, status) select $1, $2, 'site', 'succeeded' from generate_series(1, $3)`,
      [u.projectId, u.id, limit!.n - 1],
    );
    // Rewrites don't count: with one site left, three rewrites leave that site available.
    for (const kind of ['rewrite_section', 'add_locale', 'add_section'] as const) {
      const g = await startGeneration(u.claims, { projectId: u.projectId, kind, prompt: 'shorter' });
      await finishGeneration(u.claims, { generationId: g.id, status: 'succeeded', inputTokens: 100, outputTokens: 50 });
    }
    expect((await getEntitlements(u.claims)).generations.used).toBe(limit!.n - 1);
    const last = await startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: 'the last site' });
    await finishGeneration(u.claims, { generationId: last.id, status: 'succeeded', inputTokens: 100, outputTokens: 50 });
    await expect(startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: 'one more' })).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
    });
    // …but a rewrite at the limit still runs, and is metered in tokens, not as a generation.
    const rewrite = await startGeneration(u.claims, { projectId: u.projectId, kind: 'rewrite_section', prompt: 'friendlier' });
    await finishGeneration(u.claims, { generationId: rewrite.id, status: 'succeeded', inputTokens: 100, outputTokens: 50 });
    const events = await handle.db.select().from(usageEvents).where(eq(usageEvents.userId, u.id));
    expect(events.filter((e) => e.metric === 'page_generate')).toHaveLength(1);
    expect(events.filter((e) => e.metric === 'ai_token').reduce((sum, e) => sum + e.quantity, 0)).toBe(5 * 150);
  });

  it('stops when the monthly AI token budget is spent', async () => {
    const u = await userWithProject();
    await handle.db
      .insert(usageEvents)
      .values({ userId: u.id, projectId: u.projectId, metric: 'ai_token', quantity: 300000, idempotencyKey: `seed:${u.id}` });
    await expect(startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: 'x' })).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
      details: expect.objectContaining({ resource: 'ai_tokens' }),
    });
  });

  it('the token cap holds for edits too: with the month’s tokens spent, a rewrite, a new section or a language is refused', async () => {
    const u = await userWithProject();
    const [limit] = await handle.executor.query<{ n: number }>(
      `select max_ai_tokens_per_month as n from public.tier_limits where tier = 'free'`,
    );
    await handle.db
      .insert(usageEvents)
      .values({ userId: u.id, projectId: u.projectId, metric: 'ai_token', quantity: limit!.n, idempotencyKey: `seed:${u.id}` });
    for (const kind of ['rewrite_section', 'add_section', 'add_locale'] as const) {
      await expect(startGeneration(u.claims, { projectId: u.projectId, kind, prompt: 'shorter' })).rejects.toMatchObject({
        code: 'QUOTA_EXCEEDED',
        details: expect.objectContaining({ resource: 'ai_tokens' }),
      });
    }
  });

  it('a rewrite under way holds its token reservation, so a second edit cannot overspend the last tokens', async () => {
    const u = await userWithProject();
    const [limit] = await handle.executor.query<{ n: number }>(
      `select max_ai_tokens_per_month as n from public.tier_limits where tier = 'free'`,
    );
    await handle.db
      .insert(usageEvents)
      .values({ userId: u.id, projectId: u.projectId, metric: 'ai_token', quantity: limit!.n - 500, idempotencyKey: `seed:${u.id}` });
    const first = await startGeneration(u.claims, {
      projectId: u.projectId,
      kind: 'rewrite_section',
      prompt: 'shorter',
      reservedTokens: 2000,
    });
    expect(first.reservedTokens).toBe(500);
    await expect(
      startGeneration(u.claims, { projectId: u.projectId, kind: 'rewrite_section', prompt: 'more formal', reservedTokens: 2000 }),
    ).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED', details: expect.objectContaining({ resource: 'ai_tokens' }) });
    await finishGeneration(u.claims, { generationId: first.id, status: 'succeeded', inputTokens: 300, outputTokens: 150 });
    const events = await handle.db.select().from(usageEvents).where(eq(usageEvents.userId, u.id));
    expect(events.filter((e) => e.metric === 'ai_token').reduce((sum, e) => sum + e.quantity, 0)).toBe(limit!.n - 500 + 450);
    expect(events.filter((e) => e.metric === 'page_generate')).toHaveLength(0);
  });

  raceIt('holds under concurrent requests: only the remaining quota is granted', async () => {
    const u = await userWithProject();
    const [limit] = await handle.executor.query<{ n: number }>(
      `select max_generations_per_month as n from public.tier_limits where tier = 'free'`,
    );
    await handle.executor.query(
      `insert into public.generations (project_id, user_id, kind, status) select $1, $2, 'site', 'succeeded' from generate_series(1, $3)`,
      [u.projectId, u.id, limit!.n - 2],
    );
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: 'race' })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'QUOTA_EXCEEDED' });
  });

  it('applies a per-user rate limit to generation requests', async () => {
    const u = await userWithProject('pro');
    const outcomes = [];
    for (let i = 0; i < 14; i++) {
      outcomes.push(
        await startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: 'x' }).then(
          () => 'ok',
          (e: { code: string }) => e.code,
        ),
      );
    }
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(12);
    expect(outcomes.slice(12)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('a client cannot fake a finished generation or delete usage through the API roles', async () => {
    const u = await userWithProject();
    const g = await startGeneration(u.claims, { projectId: u.projectId, kind: 'site', prompt: 'x' });
    await expect(
      withRls(u.claims, (tx) => tx.update(generations).set({ status: 'failed' }).where(eq(generations.id, g.id))),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await finishGeneration(u.claims, { generationId: g.id, status: 'succeeded', inputTokens: 1, outputTokens: 1 });
    await expect(withRls(u.claims, (tx) => tx.delete(usageEvents).where(eq(usageEvents.userId, u.id)))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      withRls(u.claims, (tx) =>
        tx.insert(usageEvents).values({ userId: u.id, metric: 'ai_token', quantity: 0, idempotencyKey: `fake:${u.id}` }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await usageOf(u.id)).toHaveLength(2);
    const [row] = await handle.db.select().from(generations).where(eq(generations.id, g.id));
    expect(row!.status).toBe('succeeded');
  });
});

describe('drafts and usage across tenants', () => {
  it('another client sees none of my drafts, generations or usage, and cannot add versions to my project', async () => {
    const a = await userWithProject();
    const b = await userWithProject('pro');
    const g = await startGeneration(a.claims, { projectId: a.projectId, kind: 'site', prompt: 'mine' });
    await saveSiteVersion(a.claims, { projectId: a.projectId, document: veganBakery, source: 'generate', generationId: g.id });
    await finishGeneration(a.claims, { generationId: g.id, status: 'succeeded', inputTokens: 10, outputTokens: 20 });

    expect(await getDraft(b.claims, { projectId: a.projectId })).toBeNull();
    const seen = await withRls(b.claims, async (tx) => ({
      versions: await tx.select().from(siteVersions).where(eq(siteVersions.projectId, a.projectId)),
      generations: await tx.select().from(generations).where(eq(generations.projectId, a.projectId)),
      usage: await tx.select().from(usageEvents).where(eq(usageEvents.userId, a.id)),
    }));
    expect(seen).toEqual({ versions: [], generations: [], usage: [] });

    await expect(saveSiteVersion(b.claims, { projectId: a.projectId, document: veganBakery, source: 'edit' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(startGeneration(b.claims, { projectId: a.projectId, kind: 'site', prompt: 'theirs' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const versions = await handle.db.select().from(siteVersions).where(eq(siteVersions.projectId, a.projectId));
    expect(versions.map((v) => v.version)).toEqual([1]);
    expect((await usageOf(a.id)).length).toBe(2);
    expect(await usageOf(b.id)).toEqual([]);
  });

  it('an admin impersonating the owner generates on their behalf: charged to the client, audited with both ids', async () => {
    const a = await userWithProject();
    const admin = await createTestUser(handle, { userType: 'admin' });
    const { claimsFor } = await import('@tests/helpers/test-db');
    const acting = claimsFor(a.id, a.email, { sub: admin.id });
    const g = await startGeneration(acting, { projectId: a.projectId, kind: 'site', prompt: 'support' });
    await finishGeneration(acting, { generationId: g.id, status: 'succeeded', inputTokens: 1, outputTokens: 1 });
    expect((await usageOf(a.id)).length).toBe(2);
    const audit = await handle.executor.query<{ actor_id: string; subject_id: string }>(
      `select actor_id, subject_id from public.audit_log where action = 'generations.insert' and target_id = $1`,
      [g.id],
    );
    expect(audit).toEqual([{ actor_id: admin.id, subject_id: a.id }]);
  });
});
