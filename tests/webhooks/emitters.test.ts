import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { unsafeDetectUsageThresholds } from '@/modules/billing/detect-usage-thresholds';
import { addDomain } from '@/modules/domains/add-domain';
import { domains } from '@/modules/domains/schema';
import { unsafeApplyDomainCheck } from '@/modules/domains/unsafe-apply-domain-check';
import { finishGeneration } from '@/modules/generate/finish-generation';
import { startGeneration } from '@/modules/generate/start-generation';
import { recordUptimeCheck } from '@/modules/insights/unsafe-run-uptime-checks';
import { uptimeIncidents } from '@/modules/insights/uptime-schema';
import { recordUsage } from '@/modules/metering/record-usage';
import { createProject } from '@/modules/projects/create-project';
import { createTicket } from '@/modules/tickets/create-ticket';
import { supportTickets } from '@/modules/tickets/schema';
import { unsafeRunSlaChecks } from '@/modules/tickets/unsafe-run-sla-checks';
import { WEBHOOK_EVENTS } from '@/modules/webhooks/event-catalogue';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { endpointOf, expectOneQueued, failCommitOf, messagesOf } from './emitter-world';

// Each webhook event is raised by the domain function where its fact is recorded: driving that
// function queues one message (payload valid against the catalogue) for the owner's subscribed
// endpoint, none for another account's, and none when the change rolls back at commit.
// (invoice.* go through the Stripe webhook route: billing-emitters.test.ts.)

let handle: DbHandle;
beforeAll(async () => {
  process.env.ROOT_DOMAIN = 'sites.test';
  resetEnvCache();
  handle = await createTestDb();
  setRateLimiterForTests(createMemoryLimiter());
});
afterAll(async () => {
  await handle.close();
});

/** Two accounts, each with an endpoint that wants every event; `own` is the one the change belongs to. */
async function twoAccounts(tier?: 'pro') {
  const owner = await createTestUser(handle, tier ? { tier } : {});
  const stranger = await createTestUser(handle, tier ? { tier } : {});
  return { owner, endpoints: { own: await endpointOf(owner), other: await endpointOf(stranger) } };
}

const projectOf = async (user: TestUser) => (await createProject(user.claims, { name: 'Padaria' })).id;
const base = Date.now();
const later = (ms: number) => new Date(base + ms);

describe('site.down / site.up (the uptime monitor)', () => {
  const down = (at: Date) => ({ at, isUp: false, cause: 'timeout' as const, statusCode: null });

  it('opens an incident on the 2nd failure and resolves it on the first success: one message each', async () => {
    const { owner, endpoints } = await twoAccounts();
    const target = { projectId: await projectOf(owner), host: `padaria-${randomUUID().slice(0, 8)}.sites.test` };
    expect(await recordUptimeCheck(handle.db, target, down(later(1_000)), 0)).toBe('none');
    expect(await recordUptimeCheck(handle.db, target, down(later(2_000)), 0)).toBe('open');
    expect(await recordUptimeCheck(handle.db, target, down(later(3_000)), 0)).toBe('extend');
    const data = await expectOneQueued(handle, endpoints, 'site.down');
    expect(data).toMatchObject({ projectId: target.projectId, host: target.host, cause: 'timeout' });

    expect(await recordUptimeCheck(handle.db, target, { at: later(62_000), isUp: true, cause: null, statusCode: null }, 5)).toBe('resolve');
    expect(await expectOneQueued(handle, endpoints, 'site.up')).toMatchObject({ host: target.host, downForMs: 61_000 });
  });

  it('queues nothing when the incident’s transaction rolls back', async () => {
    const { owner, endpoints } = await twoAccounts();
    const target = { projectId: await projectOf(owner), host: `padaria-${randomUUID().slice(0, 8)}.sites.test` };
    await recordUptimeCheck(handle.db, target, down(later(1_000)), 0);
    const undo = await failCommitOf(handle, 'public.uptime_incidents', `new.project_id = '${target.projectId}'`);
    try {
      await expect(recordUptimeCheck(handle.db, target, down(later(2_000)), 0)).rejects.toThrow();
    } finally {
      await undo();
    }
    expect(await messagesOf(handle, endpoints.own)).toEqual([]);
    expect(await handle.db.select().from(uptimeIncidents).where(eq(uptimeIncidents.projectId, target.projectId))).toEqual([]);
  });
});

describe('ticket.created / ticket.sla_breached (tickets and the SLA cron)', () => {
  it('announces a new ticket to its owner’s endpoints once', async () => {
    const { owner, endpoints } = await twoAccounts();
    const ticket = await createTicket(owner.claims, { subject: 'Formulário não chega', description: 'Desde ontem' });
    const data = await expectOneQueued(handle, endpoints, 'ticket.created');
    expect(data).toEqual({ ticketId: ticket.id, ticketNumber: ticket.number, subject: 'Formulário não chega' });
  });

  it('announces no ticket that rolled back', async () => {
    const { owner, endpoints } = await twoAccounts();
    const undo = await failCommitOf(handle, 'public.support_tickets', `new.owner_id = '${owner.id}'`);
    try {
      await expect(createTicket(owner.claims, { subject: 'Nunca existiu', description: 'x' })).rejects.toThrow();
    } finally {
      await undo();
    }
    expect(await messagesOf(handle, endpoints.own)).toEqual([]);
  });

  it('announces a breach once, however often the cron runs, and nothing when the claim rolls back', async () => {
    const { owner, endpoints } = await twoAccounts('pro');
    const ticket = await createTicket(owner.claims, { subject: 'Site fora', description: 'Urgente', priority: 'urgent' });
    const afterDue = new Date(ticket.firstResponseDueAt!.getTime() + 60_000);

    const undo = await failCommitOf(handle, 'public.support_tickets', `new.id = '${ticket.id}' and new.sla_breached_at is not null`);
    try {
      await expect(unsafeRunSlaChecks(afterDue)).rejects.toThrow();
    } finally {
      await undo();
    }
    expect(await messagesOf(handle, endpoints.own, 'ticket.sla_breached')).toEqual([]);
    const [unchanged] = await handle.db.select().from(supportTickets).where(eq(supportTickets.id, ticket.id));
    expect(unchanged!.slaBreachedAt).toBeNull();

    await unsafeRunSlaChecks(afterDue);
    await unsafeRunSlaChecks(new Date(afterDue.getTime() + 3_600_000));
    const data = await expectOneQueued(handle, endpoints, 'ticket.sla_breached');
    expect(data).toMatchObject({ ticketId: ticket.id, dueAt: ticket.firstResponseDueAt!.toISOString() });
  });
});

describe('domain.verified / domain.needs_attention (the domain check)', () => {
  const check = (routingOk: boolean) => ({ records: [], ownershipOk: true, routingOk });
  const newDomain = async (owner: TestUser) => {
    const [row] = await addDomain(owner.claims, {
      projectId: await projectOf(owner),
      domain: `padaria-${randomUUID().slice(0, 8)}.com.br`,
    });
    return row!;
  };

  it('announces the proof of ownership once, and a live domain failing once per episode', async () => {
    const { owner, endpoints } = await twoAccounts('pro');
    const domain = await newDomain(owner);
    await unsafeApplyDomainCheck(domain.id, check(true), later(1_000));
    await unsafeApplyDomainCheck(domain.id, check(true), later(2_000));
    const verified = await expectOneQueued(handle, endpoints, 'domain.verified');
    expect(verified).toEqual({ domainId: domain.id, projectId: domain.projectId, domain: domain.displayName });

    await unsafeApplyDomainCheck(domain.id, check(false), later(3_000));
    await unsafeApplyDomainCheck(domain.id, check(false), later(4_000)); // still failing: the same episode
    const attention = await expectOneQueued(handle, endpoints, 'domain.needs_attention');
    expect(attention).toMatchObject({ domainId: domain.id, reason: 'routing' });
  });

  it('announces nothing when the check’s transaction rolls back', async () => {
    const { owner, endpoints } = await twoAccounts('pro');
    const domain = await newDomain(owner);
    const undo = await failCommitOf(handle, 'public.domains', `new.id = '${domain.id}'`);
    try {
      await expect(unsafeApplyDomainCheck(domain.id, check(true), later(1_000))).rejects.toThrow();
    } finally {
      await undo();
    }
    expect(await messagesOf(handle, endpoints.own)).toEqual([]);
    const [row] = await handle.db.select().from(domains).where(eq(domains.id, domain.id));
    expect(row!.status).toBe('waiting');
  });
});

describe('usage.threshold (the usage-threshold check)', () => {
  const generations = (userId: string, count: number, at: Date) =>
    Array.from({ length: count }, () => ({
      userId,
      metric: 'page_generate' as const,
      quantity: 1,
      idempotencyKey: `hook:${randomUUID()}`,
      occurredAt: at,
    }));

  it('is raised once per threshold when 10 usage records crossing 80 % are each checked at once', async () => {
    const now = new Date();
    const { owner, endpoints } = await twoAccounts(); // Free: 30 generations included
    await recordUsage(generations(owner.id, 21, now)); // 70 %
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        await recordUsage(generations(owner.id, 1, now));
        await unsafeDetectUsageThresholds(now);
      }),
    ); // 31: past 80, 90 and 100 %

    const own = await messagesOf(handle, endpoints.own, 'usage.threshold');
    const data = own.map((m) => WEBHOOK_EVENTS['usage.threshold'].parse(m.payload.data));
    expect(data.map((d) => d.percent).sort((a, b) => a - b)).toEqual([80, 90, 100]);
    const periodStart = `${now.toISOString().slice(0, 7)}-01`;
    expect(data.every((d) => d.meter === 'page_generate' && d.periodStart === periodStart)).toBe(true);
    expect(await messagesOf(handle, endpoints.other, 'usage.threshold')).toEqual([]);
  });

  it('is raised with nothing recorded when the crossing rolls back, and once when it is recorded', async () => {
    const now = new Date();
    const { owner, endpoints } = await twoAccounts();
    await recordUsage(generations(owner.id, 25, now)); // 83 %
    const undo = await failCommitOf(handle, 'public.usage_threshold_crossings', `new.user_id = '${owner.id}'`);
    try {
      await expect(unsafeDetectUsageThresholds(now)).rejects.toThrow();
    } finally {
      await undo();
    }
    expect(await messagesOf(handle, endpoints.own)).toEqual([]);
    await unsafeDetectUsageThresholds(now);
    expect(await expectOneQueued(handle, endpoints, 'usage.threshold')).toMatchObject({ meter: 'page_generate', percent: 80 });
  });
});

describe('generation.finished (finishing a generation)', () => {
  it('announces a success and a failure once each, and not a stopped generation', async () => {
    const { owner, endpoints } = await twoAccounts();
    const projectId = await projectOf(owner);
    const start = () => startGeneration(owner.claims, { projectId, kind: 'site', prompt: 'Uma padaria vegana' });

    const succeeded = await start();
    await finishGeneration(owner.claims, { generationId: succeeded.id, status: 'succeeded', inputTokens: 10, outputTokens: 20 });
    await finishGeneration(owner.claims, { generationId: succeeded.id, status: 'failed' }); // a repeat changes nothing
    expect(await expectOneQueued(handle, endpoints, 'generation.finished')).toEqual({
      generationId: succeeded.id,
      projectId,
      status: 'succeeded',
    });

    const stopped = await start();
    await finishGeneration(owner.claims, { generationId: stopped.id, status: 'cancelled' });
    const failed = await start();
    await finishGeneration(owner.claims, { generationId: failed.id, status: 'failed', error: 'provider down' });
    const all = await messagesOf(handle, endpoints.own, 'generation.finished');
    expect(all.map((m) => m.payload.data)).toEqual([
      { generationId: succeeded.id, projectId, status: 'succeeded' },
      { generationId: failed.id, projectId, status: 'failed' },
    ]);
  });

  it('announces nothing when the finish rolls back', async () => {
    const { owner, endpoints } = await twoAccounts();
    const generation = await startGeneration(owner.claims, { projectId: await projectOf(owner), kind: 'site', prompt: 'Uma oficina' });
    const undo = await failCommitOf(handle, 'public.generations', `new.id = '${generation.id}' and new.status <> 'running'`);
    try {
      await expect(finishGeneration(owner.claims, { generationId: generation.id, status: 'succeeded' })).rejects.toThrow();
    } finally {
      await undo();
    }
    expect(await messagesOf(handle, endpoints.own)).toEqual([]);
  });
});
