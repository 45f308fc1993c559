import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import type { DbHandle } from '@/lib/db/client';
import { emailOutbox } from '@/lib/email/schema';
import { resetEnvCache } from '@/lib/env';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { recordLead } from '@/modules/host/record-lead';
import { leads } from '@/modules/host/schema';
import { requestPublish } from '@/modules/host/request-publish';
import { listNotifications } from '@/modules/notifications/list-notifications';
import { createProject } from '@/modules/projects/create-project';
import { createTicket } from '@/modules/tickets/create-ticket';
import { replyToTicket } from '@/modules/tickets/reply-to-ticket';
import { createWebhookEndpoint } from '@/modules/webhooks/create-webhook-endpoint';
import { listWebhookDeliveries } from '@/modules/webhooks/list-webhook-deliveries';
import { listWebhookEndpoints } from '@/modules/webhooks/list-webhook-endpoints';
import { regenerateWebhookSecret } from '@/modules/webhooks/regenerate-webhook-secret';
import { resendWebhookMessage } from '@/modules/webhooks/resend-webhook-message';
import { sendTestWebhook } from '@/modules/webhooks/send-test-webhook';
import { updateWebhookEndpoint } from '@/modules/webhooks/update-webhook-endpoint';
import { RETRY_DELAYS } from '@/modules/webhooks/deliver-webhook-message';
import type { WebhookEventType } from '@/modules/webhooks/event-catalogue';
import { webhookAttempts } from '@/modules/webhooks/schema';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { clockedEngine, HOUR, startReceiver, type Fate, type Receiver } from './webhook-world';

let handle: DbHandle;
const receivers: Receiver[] = [];
beforeAll(async () => {
  process.env.ROOT_DOMAIN = 'sites.test';
  process.env.APP_URL = 'http://app.test';
  process.env.WEBHOOKS_TEST_LOOPBACK = '1';
  resetEnvCache();
  handle = await createTestDb();
  setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-hooks-'))));
  setRateLimiterForTests(createMemoryLimiter());
});
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});
afterAll(async () => {
  await handle.close();
});

async function receiver(answer?: (n: number) => Fate) {
  const r = await startReceiver(answer);
  receivers.push(r);
  return r;
}

async function endpointFor(user: TestUser, r: Receiver, eventTypes: WebhookEventType[] = ['lead.created']) {
  const { endpoint, secret } = await createWebhookEndpoint(user.claims, { url: r.url, eventTypes });
  r.setSecret(secret);
  return endpoint;
}

const attemptsOf = (messageId: string) => handle.db.select().from(webhookAttempts).where(eq(webhookAttempts.messageId, messageId));

/** Every wait of the schedule, and then some: the job's whole day passes without real waiting. */
async function runTheWholeSchedule(clock: ReturnType<typeof clockedEngine>) {
  await clock.drain();
  for (let i = 0; i <= RETRY_DELAYS.length; i++) await clock.advance(11 * HOUR);
}

describe('outgoing webhooks: delivery', () => {
  it('signs per Standard Webhooks: the reference library verifies the test event, and refuses it with another secret', async () => {
    const user = await createTestUser(handle);
    const r = await receiver();
    const endpoint = await endpointFor(user, r);
    const clock = clockedEngine();
    const { messageId } = await sendTestWebhook(user.claims, { endpointId: endpoint.id });
    await clock.drain();
    expect(r.requests).toHaveLength(1);
    const [request] = r.requests;
    expect(request!.headers['webhook-id']).toBe(messageId);
    expect(request!.headers['webhook-timestamp']).toMatch(/^\d{10}$/);
    expect(request!.headers['webhook-signature']).toMatch(/^v1,/);
    expect(request!.verified).toMatchObject({ type: 'webhook.test', data: { endpointId: endpoint.id } });
    const other = new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`);
    expect(() => other.verify(request!.body, request!.headers as Record<string, string>)).toThrow();

    // A regenerated secret signs what follows; the old one no longer verifies.
    const { secret } = await regenerateWebhookSecret(user.claims, { id: endpoint.id });
    r.setSecret(secret);
    await sendTestWebhook(user.claims, { endpointId: endpoint.id });
    await clock.drain();
    expect(r.requests[1]!.verified).toMatchObject({ type: 'webhook.test' });
    expect((await listWebhookEndpoints(user.claims))[0]!.secretHint).toBe(`${secret.slice(0, 10)}…`);
  });

  it('a receiver that fails 3 times then succeeds: 4 attempts with one webhook-id, logged, and one effect', async () => {
    const user = await createTestUser(handle);
    // It applies the event and then answers 500 (its own timeout, say) three times.
    const r = await receiver((n) => (n <= 3 ? 500 : 204));
    const endpoint = await endpointFor(user, r);
    const clock = clockedEngine();
    const { messageId } = await sendTestWebhook(user.claims, { endpointId: endpoint.id });
    await runTheWholeSchedule(clock);

    expect(r.requests).toHaveLength(4);
    expect(new Set(r.requests.map((q) => q.headers['webhook-id']))).toEqual(new Set([messageId]));
    expect(r.requests.every((q) => q.verified !== null)).toBe(true);
    expect([...r.effects.keys()]).toEqual([messageId]);

    const attempts = await attemptsOf(messageId);
    expect(attempts.map((a) => a.statusCode)).toEqual([500, 500, 500, 204]);
    expect(attempts.map((a) => a.isSuccess)).toEqual([false, false, false, true]);
    expect(attempts[0]!.responseExcerpt).toMatch(/^answer 1: x+$/);
    expect(attempts[0]!.responseExcerpt.length).toBe(500);
    expect(attempts.every((a) => a.latencyMs >= 0)).toBe(true);

    const [delivery] = await listWebhookDeliveries(user.claims, { endpointId: endpoint.id });
    expect(delivery).toMatchObject({ messageId, status: 'delivered' });
    expect(delivery!.attempts).toHaveLength(4);
    // The success cleared the streak.
    expect((await listWebhookEndpoints(user.claims))[0]).toMatchObject({ isEnabled: true, failureStreak: 0, failingSince: null });

    // Resend: the same message, the same webhook-id, once more; the receiver dedupes it.
    await resendWebhookMessage(user.claims, { endpointId: endpoint.id, messageId });
    await clock.drain();
    expect(r.requests).toHaveLength(5);
    expect(r.requests[4]!.headers['webhook-id']).toBe(messageId);
    expect(r.effects.size).toBe(1);
    expect(await attemptsOf(messageId)).toHaveLength(5);
  });

  it('an endpoint that fails for the whole schedule is switched off, and its owner is told', async () => {
    const user = await createTestUser(handle);
    const r = await receiver(() => 503);
    const endpoint = await endpointFor(user, r);
    const clock = clockedEngine();
    const { messageId } = await sendTestWebhook(user.claims, { endpointId: endpoint.id });
    await runTheWholeSchedule(clock);

    expect(await attemptsOf(messageId)).toHaveLength(RETRY_DELAYS.length + 1);
    const [after] = await listWebhookEndpoints(user.claims);
    expect(after).toMatchObject({ isEnabled: false, disabledReason: 'failing', failureStreak: RETRY_DELAYS.length + 1 });
    const inbox = await listNotifications(user.claims);
    expect(inbox.map((n) => n.kind)).toEqual(['webhook.disabled']);
    expect(inbox[0]!.params).toMatchObject({ host: new URL(r.url).host });
    const mails = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, user.email));
    expect(mails.map((m) => [m.template, m.subject])).toEqual([['notification_webhook.disabled', 'A webhook endpoint was switched off']]);

    // Switched off, it receives nothing more; switched back on by its owner, it works again.
    await expect(sendTestWebhook(user.claims, { endpointId: endpoint.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await updateWebhookEndpoint(user.claims, { id: endpoint.id, isEnabled: true });
    r.answer = () => 200;
    await sendTestWebhook(user.claims, { endpointId: endpoint.id });
    await clock.drain();
    expect(r.requests.at(-1)!.verified).toMatchObject({ type: 'webhook.test' });
  });

  it('one good delivery in between keeps a flaky endpoint on', async () => {
    const user = await createTestUser(handle);
    // Everything fails except the second request overall (the second message's first attempt).
    const r = await receiver((n) => (n === 2 ? 200 : 503));
    const endpoint = await endpointFor(user, r);
    const clock = clockedEngine();
    await sendTestWebhook(user.claims, { endpointId: endpoint.id });
    await clock.drain();
    await sendTestWebhook(user.claims, { endpointId: endpoint.id });
    await runTheWholeSchedule(clock);
    const [after] = await listWebhookEndpoints(user.claims);
    expect(after!.isEnabled).toBe(true);
    expect(await listNotifications(user.claims)).toEqual([]);
  });
});

describe('outgoing webhooks: events from the product', () => {
  async function publishedSite(user: TestUser, clock: ReturnType<typeof clockedEngine>) {
    const project = await createProject(user.claims, { name: `Hooks ${user.id.slice(0, 6)}` });
    await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
    await requestPublish(user.claims, { projectId: project.id });
    await clock.drain();
    return { project, host: `${project.slug}.sites.test` };
  }

  it('a lead saved while the receiver is down is stored, the owner told, and the webhook delivered later', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const clock = clockedEngine();
    const r = await receiver(() => 'down');
    await endpointFor(user, r, ['lead.created']);
    const { project, host } = await publishedSite(user, clock);
    // Only lead.created was asked for: the publish sent nothing.
    expect(r.requests).toHaveLength(0);

    const form = {
      name: 'Maria',
      email: 'maria@example.com',
      message: 'Do you deliver on Sundays?',
      section_id: 'contact',
      page: '',
      locale: 'pt-BR',
      company_website: '',
    };
    expect((await recordLead({ host, ip: '203.0.113.9', form })).status).toBe('stored');
    await clock.drain();
    const [lead] = await handle.db.select().from(leads).where(eq(leads.projectId, project.id));
    expect(lead).toBeDefined();
    expect(r.requests).toHaveLength(1);
    expect(r.effects.size).toBe(0);
    expect((await listNotifications(user.claims)).map((n) => n.kind)).toContain('lead.created');

    r.answer = () => 200;
    await clock.advance(HOUR);
    expect([...r.effects.values()]).toEqual([
      expect.objectContaining({
        type: 'lead.created',
        data: expect.objectContaining({
          leadId: lead!.id,
          projectId: project.id,
          name: 'Maria',
          email: 'maria@example.com',
          kind: 'contact',
        }),
      }),
    ]);
  });

  it('a publish reaches the endpoints that subscribe to site.published', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const clock = clockedEngine();
    const r = await receiver();
    await endpointFor(user, r, ['site.published']);
    const { project } = await publishedSite(user, clock);
    expect(r.requests).toHaveLength(1);
    expect(r.requests[0]!.verified).toMatchObject({ type: 'site.published', data: { projectId: project.id, version: 1 } });
  });

  it('an agency reply to a ticket reaches the client’s endpoints for ticket.replied; the client’s own message does not', async () => {
    const client = await createTestUser(handle);
    const admin = await createTestUser(handle, { userType: 'admin' });
    const clock = clockedEngine();
    const r = await receiver();
    await endpointFor(client, r, ['ticket.replied']);
    const ticket = await createTicket(client.claims, { subject: 'Slow site', description: 'Since Monday' });
    await replyToTicket(client.claims, { ticketId: ticket.id, body: 'Still slow' });
    const { messageId } = await replyToTicket(admin.claims, { ticketId: ticket.id, body: 'Fixed it' });
    await clock.drain();
    expect(r.requests.map((q) => q.verified)).toEqual([
      expect.objectContaining({
        type: 'ticket.replied',
        data: expect.objectContaining({ ticketId: ticket.id, replyId: messageId, subject: 'Slow site' }),
      }),
    ]);
  });
});
