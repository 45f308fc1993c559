import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { unsafeMarkClaimsVerified } from '@/lib/claims';
import { createTargetResolver } from '@/modules/analyzer/check-target-url';
import { createProject } from '@/modules/projects/create-project';
import { emitNotification } from '@/modules/notifications/emit-notification';
import { checkPushEndpoint, isKnownPushServiceHost, isPushTestServiceAllowed } from '@/modules/notifications/push/check-push-endpoint';
import { listPushDevices, subscribeToPush } from '@/modules/notifications/push/manage-push-subscriptions';
import { sendPush } from '@/modules/notifications/push/send-push';
import { resetVapidKeysForTests } from '@/modules/notifications/push/vapid-keys';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { runJobs } from '@tests/helpers/jobs';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// Issue 33.1: a push endpoint is a URL the browser (or anyone posing as one) gives us, and every
// lead or publish makes the server POST to it. Only the browsers' push services are destinations;
// their names must resolve to public addresses, checked when subscribing and again when sending,
// and the connection goes to the checked address.

const KEYS = {
  p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
  auth: 'tBHItJI5svbpez7KI4CCXg',
};

let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
let internal: Server;
let internalHits = 0;
let internalPort = 0;
let handle: DbHandle;

beforeAll(async () => {
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'pm-push-guard-'));
  delete process.env.PUSH_TEST_SERVICE;
  resetEnvCache();
  resetVapidKeysForTests();
  // An "internal service" on a loopback address that is not the test allow-list's: any request
  // reaching it is the forgery the guard must prevent.
  internal = createServer((_req, res) => {
    internalHits += 1;
    res.writeHead(201).end();
  });
  await new Promise<void>((resolve) => internal.listen(0, '127.0.0.9', resolve));
  internalPort = (internal.address() as AddressInfo).port;
  [dns, handle] = await Promise.all([startTestDnsServer(), createTestDb()]);
});
afterAll(async () => {
  await Promise.all([dns.close(), handle.close(), new Promise((r) => internal.close(r))]);
});

describe('push endpoint guard', () => {
  it.each([
    ['fcm.googleapis.com', true],
    ['FCM.googleapis.com.', true],
    ['android.googleapis.com', true],
    ['updates.push.services.mozilla.com', true],
    ['wns2-by3p.notify.windows.com', true],
    ['web.push.apple.com', true],
    ['api.push.apple.com', true],
    ['googleapis.com', false],
    ['fcm.googleapis.com.evil.example', false],
    ['evil-fcm.googleapis.com', false],
    ['a.b.notify.windows.com', false],
    ['notify.windows.com', false],
    ['push.apple.com.attacker.net', false],
    ['localhost', false],
    ['127.0.0.1', false],
  ])('%s is a known push service: %s', (host, known) => {
    expect(isKnownPushServiceHost(host)).toBe(known);
  });

  it.each([
    'http://127.0.0.1:9000/push/abc',
    'https://127.0.0.1/push/abc',
    'https://localhost/push',
    'https://push.localhost/push',
    'https://10.0.0.7/wp/abc',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/x',
    'https://[::ffff:127.0.0.1]/x',
    'https://2130706433/x',
    'https://fcm.googleapis.com:8443/wp/abc',
    'http://fcm.googleapis.com/wp/abc',
    'https://user@fcm.googleapis.com/wp/abc',
    'https://example.com/wp/abc',
    'ftp://fcm.googleapis.com/wp/abc',
  ])('refuses %s without looking it up', async (endpoint) => {
    const before = dns.queries();
    await expect(
      checkPushEndpoint(endpoint, { allowTestService: false, resolver: createTargetResolver(dns.server) }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      key: 'errors.notifications.unknownPushService',
    });
    expect(dns.queries()).toBe(before);
  });

  it('a push service name that resolves to a private or metadata address is refused; a public answer is pinned', async () => {
    const resolver = createTargetResolver(dns.server);
    dns.set('fcm.googleapis.com', { A: ['142.250.74.106'] });
    await expect(checkPushEndpoint('https://fcm.googleapis.com/wp/abc', { allowTestService: false, resolver })).resolves.toMatchObject({
      address: '142.250.74.106',
    });
    for (const address of ['10.1.2.3', '169.254.169.254', '127.0.0.1', '100.64.0.1']) {
      dns.set('fcm.googleapis.com', { A: [address] });
      await expect(checkPushEndpoint('https://fcm.googleapis.com/wp/abc', { allowTestService: false, resolver })).rejects.toMatchObject({
        key: 'errors.notifications.unknownPushService',
      });
    }
    dns.set('fcm.googleapis.com', { A: ['142.250.74.106'], AAAA: ['fd00::1'] });
    await expect(checkPushEndpoint('https://fcm.googleapis.com/wp/abc', { allowTestService: false, resolver })).rejects.toMatchObject({
      key: 'errors.notifications.unknownPushService',
    });
    dns.remove('fcm.googleapis.com');
  });

  it('the test-only allowance takes loopback http, and is off whenever the app has a real database', async () => {
    await expect(checkPushEndpoint(`http://127.0.0.1:${internalPort}/push/x`, { allowTestService: true })).resolves.toMatchObject({
      address: '127.0.0.1',
    });
    // Still only the two test loopback addresses: 127.0.0.9 stays an internal service.
    await expect(checkPushEndpoint(`http://127.0.0.9:${internalPort}/push/x`, { allowTestService: true })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(isPushTestServiceAllowed({ PUSH_TEST_SERVICE: '1', DATABASE_URL: undefined })).toBe(true);
    expect(isPushTestServiceAllowed({ PUSH_TEST_SERVICE: '1', DATABASE_URL: 'postgres://db.internal/app' })).toBe(false);
    expect(isPushTestServiceAllowed({ PUSH_TEST_SERVICE: undefined, DATABASE_URL: undefined })).toBe(false);
  });

  it('subscribing refuses an internal endpoint, and nothing is stored', async () => {
    const user = await createTestUser(handle);
    for (const endpoint of [`http://127.0.0.9:${internalPort}/push/x`, 'https://169.254.169.254/latest', 'https://localhost:3000/api']) {
      await expect(subscribeToPush(user.claims, { endpoint, keys: KEYS })).rejects.toMatchObject({
        code: 'VALIDATION',
        key: 'errors.notifications.unknownPushService',
      });
    }
    expect(await listPushDevices(user.claims)).toEqual([]);
  });

  it('an admin acting as a client cannot subscribe a browser to the client’s pushes', async () => {
    const user = await createTestUser(handle);
    const admin = await createTestUser(handle, { userType: 'admin' });
    const acting = unsafeMarkClaimsVerified({ ...user.claims, act: { sub: admin.id } });
    await expect(subscribeToPush(acting, { endpoint: 'https://fcm.googleapis.com/wp/abc', keys: KEYS })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      key: 'errors.notifications.notWhileImpersonating',
    });
    expect(await listPushDevices(user.claims)).toEqual([]);
  });

  it('sending re-checks: a stored endpoint to an internal address gets no request and the device is removed', async () => {
    const user = await createTestUser(handle);
    const project = await createProject(user.claims, { name: `Studio ${user.id.slice(0, 4)}` });
    // A row written before the guard existed (or by anything that skipped it).
    await handle.db.execute(sql`insert into public.push_subscriptions (user_id, endpoint, p256dh, auth, device_label)
      values (${user.id}, ${`http://127.0.0.9:${internalPort}/push/x`}, ${KEYS.p256dh}, ${KEYS.auth}, 'planted')`);
    expect(await listPushDevices(user.claims)).toHaveLength(1);
    await emitNotification({
      kind: 'lead.created',
      eventId: `lead.created:${randomUUID()}`,
      projectId: project.id,
      leadName: 'Maria',
      messagePreview: 'Hello',
    });
    await runJobs();
    expect(internalHits).toBe(0);
    expect(await listPushDevices(user.claims)).toEqual([]);
  });

  it('a name that later resolves to loopback (rebinding) is refused at send time, not connected to', async () => {
    dns.set('fcm.googleapis.com', { A: ['127.0.0.9'] });
    const result = await sendPush(
      { endpoint: 'https://fcm.googleapis.com/wp/abc', ...KEYS },
      { title: 't', body: 'b', url: '/', tag: 'x' },
      { allowTestService: false, resolver: createTargetResolver(dns.server) },
    );
    expect(result.outcome).toBe('refused');
    expect(internalHits).toBe(0);
    dns.remove('fcm.googleapis.com');
  });
});
