import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { deleteCannedReply, listCannedReplies, saveCannedReply } from '@/modules/tickets/manage-canned-replies';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// The agency's saved answers: admins write and remove them, admins and developers read them to
// answer with, clients never see them — and bad input is refused with nothing stored.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe('canned replies', () => {
  it('an admin saves and removes them; agency staff list them by title; a client or a developer cannot change or read them wrongly', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const developer = await createTestUser(handle, { userType: 'developer' });
    const client = await createTestUser(handle, { tier: 'pro' });

    const dns = await saveCannedReply(admin.claims, { title: '  DNS: how to point a domain ', body: 'Create a CNAME record…' });
    await saveCannedReply(admin.claims, { title: 'A thank-you', body: 'Thanks for writing!' });
    expect(dns.title).toBe('DNS: how to point a domain');
    const titles = (await listCannedReplies(developer.claims)).map((reply) => reply.title);
    expect(titles.indexOf('A thank-you')).toBeLessThan(titles.indexOf('DNS: how to point a domain'));

    await expect(listCannedReplies(client.claims)).rejects.toMatchObject({ code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/) });
    await expect(saveCannedReply(client.claims, { title: 'Mine', body: 'x' })).rejects.toMatchObject({
      code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/),
    });
    await expect(saveCannedReply(developer.claims, { title: 'Dev', body: 'x' })).rejects.toMatchObject({
      code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/),
    });
    await expect(deleteCannedReply(developer.claims, { id: dns.id })).rejects.toMatchObject({
      code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/),
    });
    await expect(saveCannedReply(admin.claims, { title: ' ', body: 'x' })).rejects.toThrow();

    await deleteCannedReply(admin.claims, { id: dns.id });
    const after = (await listCannedReplies(admin.claims)).map((reply) => reply.title);
    expect(after).not.toContain('DNS: how to point a domain');
    expect(after).toContain('A thank-you');
    expect(after.filter((title) => title === 'Mine' || title === 'Dev' || title.trim() === '')).toEqual([]);
  });
});
