import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { createProject } from '@/modules/projects/create-project';
import { emitNotification } from '@/modules/notifications/emit-notification';
import { savePreferences } from '@/modules/notifications/manage-preferences';
import { listPushDevices, removePushDevice, subscribeToPush } from '@/modules/notifications/push/manage-push-subscriptions';
import { getVapidKeys, resetVapidKeysForTests } from '@/modules/notifications/push/vapid-keys';
import { startTestPushService, type TestPushService } from '@tests/fakes/push/push-service';
import { runJobs } from '@tests/helpers/jobs';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { createTicket } from '@/modules/tickets/create-ticket';
import { replyToTicket } from '@/modules/tickets/reply-to-ticket';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/lib/db/rows-of';

// Web Push end to end against a real push service implementation (web-push-testing): it checks
// the VAPID signature against the subscription's application server key and decrypts the
// aes128gcm payload, so what it reports is what a browser's service worker would receive.

let handle: DbHandle;
let push: TestPushService;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'pm-push-'));
  process.env.DATA_DIR = dataDir;
  process.env.APP_URL = 'http://app.test';
  // The local push service listens on plain http on loopback: the guard's test-only allowance.
  process.env.PUSH_TEST_SERVICE = '1';
  resetEnvCache();
  resetVapidKeysForTests();
  [handle, push] = await Promise.all([createTestDb(), startTestPushService()]);
});
afterAll(async () => {
  await Promise.all([handle.close(), push.stop()]);
});

async function subscribedOwner() {
  const user = await createTestUser(handle);
  const project = await createProject(user.claims, { name: `Studio ${user.id.slice(0, 4)}` });
  const browser = await push.subscribe(getVapidKeys().publicKey);
  await subscribeToPush(user.claims, { endpoint: browser.endpoint, keys: browser.keys, deviceLabel: 'Chrome on Linux' });
  return { user, project, browser };
}

const lead = (projectId: string) => ({
  kind: 'lead.created' as const,
  eventId: `lead.created:${randomUUID()}`,
  projectId,
  leadName: 'Maria',
  messagePreview: 'Can I book for Friday?',
});

describe('web push', () => {
  it('the embedded default generates a VAPID pair once and keeps it in the data directory', () => {
    const keys = getVapidKeys();
    expect(JSON.parse(readFileSync(path.join(dataDir, 'vapid.json'), 'utf8'))).toEqual({
      publicKey: keys.publicKey,
      privateKey: keys.privateKey,
    });
    resetVapidKeysForTests();
    expect(getVapidKeys().publicKey).toBe(keys.publicKey);
  });

  it('the agency’s answer to a ticket reaches the client’s phone and inbox: a push with the ticket’s number, subject and link, and an email', async () => {
    const { user, browser } = await subscribedOwner();
    const admin = await createTestUser(handle, { userType: 'admin' });
    const ticket = await createTicket(user.claims, { subject: 'Menu prices', description: 'Please update' });
    await replyToTicket(admin.claims, { ticketId: ticket.id, body: 'Done — have a look.' });
    await runJobs();
    const messages = (await push.messages(browser.clientHash)).map((m) => JSON.parse(String(m)) as Record<string, string>);
    expect(messages).toEqual([
      expect.objectContaining({
        title: `New reply on ticket #${ticket.number}`,
        body: '“Menu prices”: the agency answered. Open the ticket to read and reply.',
        url: `/dashboard/tickets/${ticket.id}`,
      }),
    ]);
    const mails = rowsOf<{ subject: string }>(
      await handle.db.execute(sql`select subject from public.email_outbox where user_id = ${user.id} and template like 'notification%'`),
    );
    expect(mails.map((m) => m.subject)).toEqual([`New reply on ticket #${ticket.number}`]);
  });

  it('a new lead arrives on the subscribed device with its title, text and link', async () => {
    const { project, browser } = await subscribedOwner();
    await emitNotification(lead(project.id));
    await runJobs();
    const messages = await push.messages(browser.clientHash);
    expect(messages).toHaveLength(1);
    expect(JSON.parse(String(messages[0]))).toMatchObject({
      title: `New lead on ${project.name}`,
      body: 'Maria wrote: “Can I book for Friday?”',
      url: '/dashboard/leads',
    });
  });

  it('push off for a kind: nothing is pushed', async () => {
    const { user, project, browser } = await subscribedOwner();
    await savePreferences(user.claims, [{ kind: 'lead.created', channel: 'push', setting: 'off' }]);
    await emitNotification(lead(project.id));
    await runJobs();
    expect(await push.messages(browser.clientHash)).toEqual([]);
  });

  it('a subscription the push service reports gone (410) is removed', async () => {
    const { user, project, browser } = await subscribedOwner();
    const second = await push.subscribe(getVapidKeys().publicKey);
    await subscribeToPush(user.claims, { endpoint: second.endpoint, keys: second.keys, deviceLabel: 'Phone' });
    expect(await listPushDevices(user.claims)).toHaveLength(2);
    await push.expire(browser.clientHash);
    await emitNotification(lead(project.id));
    await runJobs();
    expect((await listPushDevices(user.claims)).map((d) => d.deviceLabel)).toEqual(['Phone']);
    expect(await push.messages(second.clientHash)).toHaveLength(1);
  });

  it('devices are per person: another person cannot see or remove mine; a device re-subscribed by someone else moves to them', async () => {
    const { user, browser } = await subscribedOwner();
    const other = await createTestUser(handle);
    expect(await listPushDevices(other.claims)).toEqual([]);
    const [device] = await listPushDevices(user.claims);
    await expect(removePushDevice(other.claims, { id: device!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await listPushDevices(user.claims)).toHaveLength(1);
    await subscribeToPush(other.claims, { endpoint: browser.endpoint, keys: browser.keys });
    expect(await listPushDevices(user.claims)).toEqual([]);
    expect(await listPushDevices(other.claims)).toHaveLength(1);
  });

  it('refuses a subscription that is not one', async () => {
    const user = await createTestUser(handle);
    await expect(
      subscribeToPush(user.claims, { endpoint: 'javascript:alert(1)', keys: { p256dh: 'x'.repeat(40), auth: 'y'.repeat(16) } }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
