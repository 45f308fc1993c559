import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import { recordRequestUsageIn } from '@/modules/metering/record-request-usage';
import { recordUsage } from '@/modules/metering/record-usage';
import { createProject } from '@/modules/projects/create-project';
import { projectMembers } from '@/modules/projects/schema';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// Usage recorded inside the request's own transaction (as the caller, under RLS): it commits or
// rolls back with the request's work, the project's owner pays, only people working on the
// project can record it, and a request can never take a key system code will use.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => handle.close());

async function usageOf(userId: string) {
  return rowsOf<{ user_id: string; metric: string; quantity: string; idempotency_key: string }>(
    await handle.db.execute(
      sql`select user_id, metric, quantity::text, idempotency_key from public.usage_events where user_id = ${userId}::uuid order by id`,
    ),
  );
}

describe('recordRequestUsageIn', () => {
  it('records in the request’s transaction, paid by the project’s owner, once per key', async () => {
    const owner = await createTestUser(handle, { tier: 'pro' }); // Free has no team members
    const editor = await createTestUser(handle);
    const project = await createProject(owner.claims, { name: 'Metered' });
    await handle.db.insert(projectMembers).values({ projectId: project.id, userId: editor.id, role: 'editor' });
    const key = `req-test:${randomUUID()}`;

    const recorded = await withRls(owner.claims, (tx) =>
      recordRequestUsageIn(tx, [
        { projectId: project.id, metric: 'page_generate', quantity: 1, idempotencyKey: key },
        { projectId: project.id, metric: 'page_generate', quantity: 1, idempotencyKey: key }, // a double submit
      ]),
    );
    expect(recorded).toBe(1);
    // An editor's usage of the project is the owner's; usage without a project is the caller's.
    await withRls(editor.claims, async (tx) => {
      await recordRequestUsageIn(tx, [{ projectId: project.id, metric: 'ai_token', quantity: 120, idempotencyKey: `${key}:editor` }]);
      await recordRequestUsageIn(tx, [{ metric: 'storage_gb', quantity: 2, idempotencyKey: `${key}:own` }]);
    });
    expect((await usageOf(owner.id)).map((r) => [r.metric, Number(r.quantity), r.idempotency_key])).toEqual([
      ['page_generate', 1, `req:${key}`],
      ['ai_token', 120, `req:${key}:editor`],
    ]);
    expect((await usageOf(editor.id)).map((r) => r.metric)).toEqual(['storage_gb']);
  });

  it('rolls back with the request: no usage without the work', async () => {
    const owner = await createTestUser(handle);
    const project = await createProject(owner.claims, { name: 'Rolled back' });
    await expect(
      withRls(owner.claims, async (tx) => {
        await recordRequestUsageIn(tx, [
          { projectId: project.id, metric: 'page_generate', quantity: 1, idempotencyKey: `rb:${randomUUID()}` },
        ]);
        throw new Error('the request fails after recording');
      }),
    ).rejects.toThrow('the request fails after recording');
    expect(await usageOf(owner.id)).toEqual([]);
  });

  it('refuses usage of someone else’s project, and anonymous callers', async () => {
    const owner = await createTestUser(handle);
    const stranger = await createTestUser(handle);
    const project = await createProject(owner.claims, { name: 'Not yours' });
    await expect(
      withRls(stranger.claims, (tx) =>
        recordRequestUsageIn(tx, [{ projectId: project.id, metric: 'ai_token', quantity: 1e6, idempotencyKey: `x:${randomUUID()}` }]),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      withRls(null, (tx) => recordRequestUsageIn(tx, [{ metric: 'ai_token', quantity: 1, idempotencyKey: `anon:${randomUUID()}` }])),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await usageOf(owner.id)).toEqual([]);
    expect(await usageOf(stranger.id)).toEqual([]);
  });

  it('cannot take a key system code will use, so real usage is never suppressed', async () => {
    const owner = await createTestUser(handle);
    const project = await createProject(owner.claims, { name: 'Keys' });
    const systemKey = `gen:${randomUUID()}:ai_token`;
    await withRls(owner.claims, (tx) =>
      recordRequestUsageIn(tx, [{ projectId: project.id, metric: 'ai_token', quantity: 0, idempotencyKey: systemKey }]),
    );
    expect(
      await recordUsage([{ userId: owner.id, projectId: project.id, metric: 'ai_token', quantity: 900, idempotencyKey: systemKey }]),
    ).toBe(1);
    expect((await usageOf(owner.id)).map((r) => [r.idempotency_key, Number(r.quantity)])).toEqual([
      [`req:${systemKey}`, 0],
      [systemKey, 900],
    ]);
  });
});
