import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolver } from 'node:dns/promises';
import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { withRls } from '@/lib/db/with-rls';
import { checkWebhookDestination, isWebhookTestLoopbackAllowed } from '@/modules/webhooks/check-webhook-url';
import { createWebhookEndpoint } from '@/modules/webhooks/create-webhook-endpoint';
import { deleteWebhookEndpoint } from '@/modules/webhooks/delete-webhook-endpoint';
import { unsafeAttemptWebhookDelivery } from '@/modules/webhooks/deliver-webhook-message';
import { SENT_WEBHOOK_EVENT_TYPES, WEBHOOK_EVENT_TYPES, WEBHOOK_EVENTS } from '@/modules/webhooks/event-catalogue';
import { leadFieldSpecs } from '@/modules/document/lead-forms';
import { listWebhookDeliveries } from '@/modules/webhooks/list-webhook-deliveries';
import { listWebhookEndpoints } from '@/modules/webhooks/list-webhook-endpoints';
import { regenerateWebhookSecret } from '@/modules/webhooks/regenerate-webhook-secret';
import { resendWebhookMessage } from '@/modules/webhooks/resend-webhook-message';
import { sendTestWebhook } from '@/modules/webhooks/send-test-webhook';
import { updateWebhookEndpoint } from '@/modules/webhooks/update-webhook-endpoint';
import { webhookAttempts, webhookEndpoints } from '@/modules/webhooks/schema';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { startReceiver } from './webhook-world';

let handle: DbHandle;
beforeAll(async () => {
  process.env.WEBHOOKS_TEST_LOOPBACK = '1';
  resetEnvCache();
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const HOOK = 'https://hooks.example.com/page-magic';

/** A resolver that answers what the test says (no DNS leaves the machine). */
const resolverAnswering = (v4: string[], v6: string[] = []) =>
  ({ resolve4: async () => v4, resolve6: async () => v6 }) as unknown as Resolver;

describe('webhook endpoints: one account’s, invisible to every other', () => {
  it('client B sees, changes and removes nothing of client A’s — also with UPDATE/DELETE without WHERE', async () => {
    const a = await createTestUser(handle);
    const b = await createTestUser(handle);
    const { endpoint, secret } = await createWebhookEndpoint(a.claims, { url: HOOK, eventTypes: ['lead.created', 'site.published'] });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    const before = await handle.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));

    expect(await listWebhookEndpoints(b.claims)).toEqual([]);
    const notFound = { code: 'NOT_FOUND' };
    await expect(updateWebhookEndpoint(b.claims, { id: endpoint.id, url: 'https://evil.example.com/x' })).rejects.toMatchObject(notFound);
    await expect(deleteWebhookEndpoint(b.claims, { id: endpoint.id })).rejects.toMatchObject(notFound);
    await expect(regenerateWebhookSecret(b.claims, { id: endpoint.id })).rejects.toMatchObject(notFound);
    await expect(listWebhookDeliveries(b.claims, { endpointId: endpoint.id })).rejects.toMatchObject(notFound);
    await expect(sendTestWebhook(b.claims, { endpointId: endpoint.id })).rejects.toMatchObject(notFound);
    await expect(resendWebhookMessage(b.claims, { endpointId: endpoint.id, messageId: 'msg_abcdefghijklmnop' })).rejects.toMatchObject(
      notFound,
    );

    // Raw statements as B: no WHERE at all, so only the UPDATE/DELETE policies decide.
    await withRls(b.claims, (tx) => tx.execute(sql`update public.webhook_endpoints set url = 'https://evil.example.com/all'`));
    await withRls(b.claims, (tx) => tx.execute(sql`delete from public.webhook_endpoints`));
    // Nor can B file an endpoint under A's name, read the secrets, or set A's secret.
    await expect(
      withRls(b.claims, (tx) =>
        tx.execute(
          sql`insert into public.webhook_endpoints (owner_id, url, event_types) values (${a.id}, 'https://evil.example.com/x', '{lead.created}')`,
        ),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(withRls(b.claims, (tx) => tx.execute(sql`select * from private.webhook_endpoint_secrets`))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      withRls(b.claims, (tx) => tx.execute(sql`select private.set_webhook_endpoint_secret(${endpoint.id}::uuid, 'whsec_stolen')`)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Even A reads no secret after it was shown once.
    await expect(withRls(a.claims, (tx) => tx.execute(sql`select * from private.webhook_endpoint_secrets`))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });

    expect(await handle.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id))).toEqual(before);
    expect(await listWebhookEndpoints(a.claims)).toHaveLength(1);
  });

  it('the owner changes and removes their own; the job’s columns are not theirs to write', async () => {
    const a = await createTestUser(handle);
    const { endpoint } = await createWebhookEndpoint(a.claims, { url: HOOK, description: 'CRM', eventTypes: ['lead.created'] });
    const updated = await updateWebhookEndpoint(a.claims, {
      id: endpoint.id,
      eventTypes: ['ticket.replied', 'ticket.replied'],
      isEnabled: false,
    });
    // What is not sent is left as it was (the description here).
    expect(updated).toMatchObject({ description: 'CRM', eventTypes: ['ticket.replied'], isEnabled: false, disabledReason: 'owner' });
    await expect(
      withRls(a.claims, (tx) =>
        tx.execute(sql`update public.webhook_endpoints set failure_streak = 0, failing_since = null where id = ${endpoint.id}`),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await deleteWebhookEndpoint(a.claims, { id: endpoint.id });
    expect(await listWebhookEndpoints(a.claims)).toEqual([]);
  });

  it('refuses unknown fields, unknown events and no events', async () => {
    const a = await createTestUser(handle);
    const invalid = { code: 'VALIDATION' };
    await expect(createWebhookEndpoint(a.claims, { url: HOOK, eventTypes: [] })).rejects.toMatchObject(invalid);
    // @ts-expect-error an event that is not in the catalogue
    await expect(createWebhookEndpoint(a.claims, { url: HOOK, eventTypes: ['lead.deleted'] })).rejects.toMatchObject(invalid);
    // @ts-expect-error an unknown field
    await expect(createWebhookEndpoint(a.claims, { url: HOOK, eventTypes: ['lead.created'], ownerId: a.id })).rejects.toMatchObject(
      invalid,
    );
  });
});

describe('webhook destinations: the public-address guard', () => {
  it('refuses private, metadata and loopback addresses, plain http, and names that resolve to them', async () => {
    const refused = { code: 'VALIDATION', key: 'errors.webhooks.forbiddenUrl' };
    const off = { allowLoopback: false };
    for (const url of [
      'https://10.0.0.1/hook',
      'https://192.168.1.10/hook',
      'https://169.254.169.254/latest/meta-data/',
      'https://[::ffff:10.0.0.1]/hook',
      'https://0x7f.1/hook',
      'https://localhost/hook',
      'http://localhost:4000/hook',
      'http://127.0.0.1:4000/hook',
      'https://user:pass@hooks.example.com/',
      'http://hooks.example.com/',
    ]) {
      await expect(checkWebhookDestination(url, off), url).rejects.toMatchObject(refused);
    }
    await expect(checkWebhookDestination(HOOK, { ...off, resolver: resolverAnswering(['10.1.2.3']) })).rejects.toMatchObject(refused);
    await expect(
      checkWebhookDestination(HOOK, { ...off, resolver: resolverAnswering(['93.184.215.14'], ['fd00::1']) }),
    ).rejects.toMatchObject(refused);
    // A public answer passes, pinned to the address that was checked.
    expect(await checkWebhookDestination(HOOK, { ...off, resolver: resolverAnswering(['93.184.215.14']) })).toMatchObject({
      address: '93.184.215.14',
      port: 443,
    });
  });

  it('refuses them when the endpoint is saved, too', async () => {
    const a = await createTestUser(handle);
    for (const url of [
      'https://10.0.0.1/hook',
      'https://169.254.169.254/latest',
      'http://hooks.example.com/x',
      'https://hooks.example.com:22/x',
    ]) {
      await expect(
        createWebhookEndpoint(a.claims, { url, eventTypes: ['lead.created'] }, { allowLoopback: false }),
        url,
      ).rejects.toMatchObject({
        code: 'VALIDATION',
      });
    }
    await expect(
      createWebhookEndpoint(a.claims, { url: 'http://localhost:9/x', eventTypes: ['lead.created'] }, { allowLoopback: false }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('without the test allowance, a delivery to loopback is refused and logged — the receiver gets nothing', async () => {
    const a = await createTestUser(handle);
    const receiver = await startReceiver();
    try {
      const { endpoint } = await createWebhookEndpoint(a.claims, { url: receiver.url, eventTypes: ['lead.created'] });
      const { messageId } = await sendTestWebhook(a.claims, { endpointId: endpoint.id });
      expect(await unsafeAttemptWebhookDelivery(messageId, { allowLoopback: false })).toEqual({ outcome: 'failed' });
      expect(receiver.requests).toEqual([]);
      const [attempt] = await handle.db.select().from(webhookAttempts).where(eq(webhookAttempts.messageId, messageId));
      expect(attempt).toMatchObject({ isSuccess: false, statusCode: null, error: 'forbiddenUrl' });
    } finally {
      await receiver.close();
    }
  });

  it('the test allowance is never on in production or with a real database', () => {
    expect(isWebhookTestLoopbackAllowed({ NODE_ENV: 'test', WEBHOOKS_TEST_LOOPBACK: '1', DATABASE_URL: undefined })).toBe(true);
    expect(isWebhookTestLoopbackAllowed({ NODE_ENV: 'production', WEBHOOKS_TEST_LOOPBACK: '1', DATABASE_URL: undefined })).toBe(false);
    expect(isWebhookTestLoopbackAllowed({ NODE_ENV: 'test', WEBHOOKS_TEST_LOOPBACK: '1', DATABASE_URL: 'postgres://db/app' })).toBe(false);
    expect(isWebhookTestLoopbackAllowed({ NODE_ENV: 'test', WEBHOOKS_TEST_LOOPBACK: undefined, DATABASE_URL: undefined })).toBe(false);
  });
});

describe('the event catalogue', () => {
  it('lists the issue’s events, each with a payload schema that refuses unknown fields', () => {
    expect(WEBHOOK_EVENT_TYPES).toEqual([
      'lead.created',
      'site.published',
      'site.down',
      'site.up',
      'ticket.created',
      'ticket.replied',
      'ticket.sla_breached',
      'invoice.paid',
      'invoice.payment_failed',
      'domain.verified',
      'domain.needs_attention',
      'usage.threshold',
      'generation.finished',
    ]);
    expect(WEBHOOK_EVENTS['invoice.payment_failed'].safeParse({ invoiceId: 'in_1', extra: 1 }).success).toBe(false);
  });

  it('lead.created takes every lead the form can store (its limits are the form’s), so raising it never fails a lead', () => {
    const longest = (name: keyof typeof leadFieldSpecs) => 'x'.repeat(leadFieldSpecs[name].maxLength);
    const lead = {
      leadId: '00000000-0000-4000-8000-000000000001',
      projectId: '00000000-0000-4000-8000-000000000002',
      kind: 'booking',
      name: longest('name'),
      email: longest('email'),
      phone: longest('phone'),
      message: longest('message'),
      details: { date: '2027-03-14', service: longest('service'), question1: { label: 'Glass?', answer: longest('question1') } },
      pagePath: '/'.repeat(200),
      createdAt: '2026-11-26T10:00:00.000Z',
    };
    expect(WEBHOOK_EVENTS['lead.created'].safeParse(lead).success).toBe(true);
  });
});

describe('the events offered are the events sent', () => {
  it('the settings page offers exactly the events some code raises', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const path = await import('node:path');
    const raised = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          const source = readFileSync(full, 'utf8');
          for (const call of source.matchAll(/unsafeRaiseWebhookEvent(?:InTx)?\([^)]*?type: '([a-z_.]+)'/gs)) raised.add(call[1]!);
        }
      }
    };
    walk(path.join(process.cwd(), 'src'));
    expect([...raised].sort()).toEqual([...SENT_WEBHOOK_EVENT_TYPES].sort());
  });
});
